/**
 * pii.address: a street cue (Jl., Jalan, Gg., Komp., Perum, Dusun, Kp., Lr. …) followed by a
 * capitalised name and at least one house-level element (No. 12, RT 02/RW 04, Blok C3). The span runs
 * from the cue to the last element. Public buildings (Kantor, Balai Kota, Puskesmas, RSUD, Sekolah,
 * Masjid …) and event venues right before the address are not personal addresses.
 * Parsing is a bounded token walk with sticky regexes, so the cost is linear in the text.
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { maskAllDigits } from './mask';

/** Street cues; the word scan (words.ts) calls scanAddresses at each of them. */
export const ADDRESS_CUE_WORDS = [
  'jl', 'jln', 'jalan', 'gg', 'gang', 'komp', 'kompleks', 'komplek', 'perum', 'perumahan', 'dusun', 'dsn', 'kp', 'kampung', 'lr', 'lorong', 'griya',
  'cluster', 'rusun', 'rusunawa', 'asrama', 'desa', 'ds', 'kel', 'kelurahan', 'kampong', 'blok',
];

const SP = '[ \\t]{0,3}';
const LEAD = `${SP}(?:,${SP})?`;
const NO_RE = new RegExp(`${LEAD}(?:no|nomor|nmr|nomer)\\.?${SP}\\d{1,4}[a-z]?(?:${SP}[/-]${SP}\\d{1,4}[a-z]?)?(?![a-z0-9])`, 'y');
const RTRW_SLASH_RE = new RegExp(`${LEAD}rt${SP}/${SP}rw\\.?${SP}\\d{1,3}${SP}/${SP}\\d{1,3}(?![0-9])`, 'y');
const RT_RE = new RegExp(`${LEAD}rt\\.?${SP}\\d{1,3}(?:${SP}[/,]?${SP}rw\\.?${SP}\\d{1,3})?(?![a-z0-9])`, 'y');
const RW_RE = new RegExp(`${LEAD}rw\\.?${SP}\\d{1,3}(?![a-z0-9])`, 'y');
const BLOK_RE = new RegExp(`${LEAD}(?:blok|blk|kav|kavling)\\.?${SP}[a-z0-9]{1,3}(?:[ -]?\\d{1,3})?(?![a-z0-9])`, 'y');
const NESTED_RE = /[ \t]{0,3}(?:,[ \t]{0,3})?(?:gg|gang|lr|lorong|jl|jln|jalan|komp|perum|dusun|kp|kampung)(?:\.[ \t]?|[ \t])/y;
/** one word of a street name, checked on the original text: Capitalised, a number, roman numeral, H., KH., Dr. */
const NAME_RE = /[ \t]{0,3}(?:[A-Z][A-Za-z'’-]{0,24}\.?|\d{1,3}[A-Z]?|[IVX]{1,4}|[A-Z]{1,3}\.)(?=[\s,.;:)]|$)/y;

const PUBLIC =
  /(?<![a-z])(?:kantor|balai|puskesmas|pustu|polindes|rsud|rsu|rs|rumah sakit|klinik|sekolah|sd|sdn|smp|smpn|sma|sman|smk|smkn|mts|kampus|universitas|politeknik|masjid|musala|mushola|musholla|gereja|pura|vihara|klenteng|kelurahan|kecamatan|camat|dinas|dishub|disdukcapil|dukcapil|gedung|pasar|polres|polresta|polsek|polda|kodim|koramil|lapas|rutan|pengadilan|kejaksaan|kejari|stadion|gor|lapangan|taman|alun-alun|terminal|stasiun|bandara|pelabuhan|hotel|mall|mal|plaza|posko|posyandu|perpustakaan|museum|kpu|bawaslu|mpp|samsat|pemkot|pemkab|pemda|dprd|setda|bappeda|upt|uptd|pdam|pln|bank|kantor pos|bpjs|kemenag|kua|aula|sekretariat|acara|kegiatan|lokasi|festival|bazar|pameran|event|titik kumpul|venue|gerai|cabang|dinsos|panti|rumah singgah|rumah aman|shelter|berlokasi|bertempat|terletak)(?![a-z])/g;
const HOME =
  /(?<![a-z])(?:rumah|tinggal|kediaman|domisili|alamat|warga|pemilik|milik|a\.n\.|atas nama|sdr|sdri|pak|bu|ibu|bapak|mbah|keluarga|kos|kost|kontrakan|korban|pelaku|pasien|pemohon)(?![a-z])/g;
const HOME_TEST = /(?<![a-z])(?:rumah|tinggal|kediaman|domisili|alamat|beralamat|warga)(?:nya|ku|mu)?(?![a-z])/;

/** `hits`: flat [start, end) pairs of cue words in ctx.lower, in order. */
export function scanAddresses(ctx: RuleContext, out: RawFinding[], hits: number[]): void {
  const L = ctx.lower;
  const T = ctx.text;
  let lastEnd = 0;
  for (let h = 0; h < hits.length; h += 2) {
    const cueStart = hits[h];
    let p = hits[h + 1];
    if (cueStart < lastEnd) continue;
    // the cue is followed by "." and/or a space
    const c = L.charCodeAt(p);
    if (c === 46) {
      p++;
      if (L.charCodeAt(p) === 32 || L.charCodeAt(p) === 9) p++;
    } else if (c === 32 || c === 9) p++;
    else continue;
    const cue = L.slice(cueStart, hits[h + 1]);
    const end = parse(L, T, p, cue);
    if (end < 0) continue;
    const r = judge(ctx, cueStart, end);
    if (!r) continue;
    // "Blok C No. 14" opens an address only after "alamat(nya)", "rumah", "tinggal di" (a market's "Blok M" is not one)
    if (cue === 'blok' && !HOME_TEST.test(L.slice(Math.max(0, cueStart - 24), cueStart))) continue;
    lastEnd = end;
    const f = piiFinding(ctx, 'address', cueStart, end, r, maskAllDigits(T.slice(cueStart, end)));
    if (f) out.push(f);
  }
}

let hasNo = false;
let hasRt = false;

/** Walks the tokens after a cue; returns the end of the last house-level element, or -1. */
function parse(L: string, T: string, p: number, cue: string): number {
  hasNo = false;
  hasRt = false;
  let lastEl = -1;
  let names = 0;
  let sinceEl = 0;
  const limit = Math.min(L.length, p + 120);
  for (let steps = 0; steps < 24 && p < limit; steps++) {
    let q = stick(RTRW_SLASH_RE, L, p);
    if (q < 0) q = stick(RT_RE, L, p);
    if (q < 0) q = stick(RW_RE, L, p);
    if (q >= 0) {
      if (names === 0 && lastEl < 0 && !isAreaCue(cue)) return -1;
      hasRt = true;
      lastEl = p = q;
      sinceEl = 0;
      continue;
    }
    q = stick(NO_RE, L, p);
    if (q < 0) q = stick(BLOK_RE, L, p);
    if (q >= 0) {
      if (names === 0) return lastEl;
      hasNo = true;
      lastEl = p = q;
      sinceEl = 0;
      continue;
    }
    q = stick(NESTED_RE, L, p);
    if (q >= 0) {
      p = q;
      continue;
    }
    q = stick(NAME_RE, T, p);
    if (q >= 0) {
      names++;
      sinceEl++;
      if (sinceEl > 7) break;
      p = q;
      continue;
    }
    break;
  }
  if (lastEl < 0) return -1;
  if (isAreaCue(cue) && !hasRt) return -1;
  return lastEl;
}

/** cues that name a neighbourhood, not a street: only an address with RT/RW */
const AREA_CUES = new Set(['dusun', 'dsn', 'kp', 'kampung', 'kampong', 'desa', 'ds', 'kel', 'kelurahan']);

function isAreaCue(cue: string): boolean {
  return AREA_CUES.has(cue);
}

function stick(re: RegExp, s: string, p: number): number {
  re.lastIndex = p;
  return re.test(s) ? re.lastIndex : -1;
}

/** Confidence for the address [start, end), or 0 when it belongs to a public building or venue. */
function judge(ctx: RuleContext, start: number, end: number): number {
  const L = ctx.lower;
  // the clause before the address
  let from = Math.max(0, start - 60);
  for (let i = start - 1; i >= from; i--) {
    const c = L.charCodeAt(i);
    if (c === 10 || c === 59 /* ; */ || c === 33 || c === 63 || (c === 46 && i + 1 < L.length && L.charCodeAt(i + 1) === 32 && !abbrevBefore(L, i))) {
      from = i + 1;
      break;
    }
  }
  const left = L.slice(from, start);
  let pub = -1;
  PUBLIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PUBLIC.exec(left)) !== null) pub = m.index;
  if (pub >= 0) {
    let home = -1;
    HOME.lastIndex = 0;
    while ((m = HOME.exec(left)) !== null) home = m.index;
    if (home < pub) return 0;
  }
  // "Jl. X No. 1 (Kantor Y)" / ", Balai Kota"
  const right = L.slice(end, Math.min(L.length, end + 24));
  const rp = /^[ \t]*[(,–-][ \t]*([a-z-]+(?: [a-z]+)?)/.exec(right);
  if (rp) {
    PUBLIC.lastIndex = 0;
    if (PUBLIC.test(rp[1])) return 0;
  }
  let conf = hasNo && hasRt ? 0.82 : hasRt ? 0.72 : 0.58;
  if (HOME_TEST.test(left)) conf += 0.1;
  return conf;
}

function abbrevBefore(L: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && L.charCodeAt(s - 1) >= 97 && L.charCodeAt(s - 1) <= 122) s--;
  const w = L.slice(s, dot);
  return w.length <= 3 || w === 'komp' || w === 'perum' || w === 'kamp';
}

/** For tests. */
export const ADDRESS_REGEXES: RegExp[] = [NO_RE, RTRW_SLASH_RE, RT_RE, RW_RE, BLOK_RE, NESTED_RE, NAME_RE, PUBLIC, HOME, HOME_TEST];
