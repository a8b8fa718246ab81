/**
 * ASN political neutrality (SKB 2022): a civil servant's account may not campaign for or against a
 * candidate or party — no "pilih nomor 2", no support or attacks, no campaign hashtags, no requests
 * to like or share campaign content, no candidate hand signs. Neutral election information passes
 * ("Lokasi TPS bisa dicek…", "ASN dilarang…"). The election's own candidates, parties, slogans and
 * hashtags come from settings.neutralityTerms.
 */
import type { RawFinding, Rule, RuleContext } from '../types';
import { compile, runPatterns } from '../tone/compile';
import { KIND_HASHTAG, KIND_PUNCT, KIND_WORD, viewOf, type Tok } from '../tone/normalize';
import { NEUTRALITY_PATTERNS, type NeutralityPattern } from './patterns';
import { NEUTRALITY_MESSAGES as MSG } from './messages';

const PATTERNS = compile<NeutralityPattern>(NEUTRALITY_PATTERNS);

/** Regulatory or reporting sentences: neutral information about the rules, not a campaign. */
const GUARD = new Set(
  'dilarang larangan melanggar pelanggaran ditertibkan menertibkan penertiban bawaslu sanksi mengimbau diimbau imbauan netralitas netral laporkan dugaan aturan sesuai regulasi prohibited banned'.split(
    ' ',
  ),
);
/** Words of support or a call to act, used with candidate names and the office's own terms. */
const SUPPORT = new Set(
  'pilih pilihlah coblos dukung mendukung dukunglah menangkan memenangkan kawal unggul menang jagoan relawan pemenangan gabung ayo yuk mari follow ikuti like share retweet repost sebarkan ramaikan vote support win deserves lanjutkan terbaik hebat hidup jaya 👍 ✌'.split(
    ' ',
  ),
);

/** Words that place a post in an election: without one, a pair of capitalised words is a menu path or a place. */
const ELECTION = new Set(
  'pemilu pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilihan paslon capres cawapres cagub cawagub cabup cawabup cawalkot calon kandidat kampanye relawan pemenangan coblos nyoblos tps dpt partai koalisi periode menang memenangkan menangkan election candidate campaign vote'.split(
    ' ',
  ),
);

function sentenceOf(toks: Tok[], t: number): [number, number] {
  let a = t;
  while (a > 0 && !(toks[a - 1].k === KIND_PUNCT && (toks[a - 1].w === '.' || toks[a - 1].w === '!' || toks[a - 1].w === '?'))) a--;
  let b = t;
  while (b + 1 < toks.length && !(toks[b + 1].k === KIND_PUNCT && (toks[b + 1].w === '.' || toks[b + 1].w === '!' || toks[b + 1].w === '?'))) b++;
  return [a, b];
}
function anyIn(toks: Tok[], a: number, b: number, set: Set<string>): boolean {
  for (let i = a; i <= b; i++) if (set.has(toks[i].n) || set.has(toks[i].w)) return true;
  return false;
}

/** The sentence ending at token b is a question. */
function isQuestion(toks: Tok[], b: number): boolean {
  const next = toks[b + 1];
  return next !== undefined && next.k === KIND_PUNCT && next.w === '?';
}

function add(out: RawFinding[], rule: string, start: number, end: number, text: string, severity: 'warning' | 'info' = 'warning'): void {
  for (const f of out) if (f.start < end && start < f.end) return;
  out.push({ rule, category: 'neutrality', severity, start, end, msg: MSG[rule](text.slice(start, end)) });
}

/** Paired names of a candidate ticket: "Budi–Sari", "Hendra-Wati". Common pairs (days, places) are not names. */
const PAIR = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,})\s?[–—-]\s?(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu;
const NOT_NAMES = new Set(
  ('senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember ' +
    'jawa bali sumatra sumatera kalimantan sulawesi papua jakarta bogor bandung depok bekasi tangerang surabaya medan sabang merauke utara selatan barat timur tengah ' +
    'pusat daerah kota kabupaten provinsi desa kelurahan kecamatan pagi siang sore malam').split(' '),
);

const CAMPAIGN_TAG = /(?:pilih|dukung|menang|coblos|lanjut|periode|gantipresiden|tetap|paslon|capres|cagub|cabup|nomor|presiden20|for ?president|for ?presiden)/i;
const COMMON_SEGMENTS = new Set(
  'lawan kita jaga hadapi membangun bangun pulih bisa sehat kuat maju covid indonesia lindungi cegah perangi warga rakyat masyarakat pemuda anak guru negeri bangsa semua lebih baik hebat bersih hijau aman damai'.split(
    ' ',
  ),
);

function campaignHashtag(tag: string, amplified: boolean): boolean {
  const body = tag.slice(1);
  if (/\d{4}\s?(?:ganti|tetap)/i.test(body) || /(?:ganti|tetap)\s?presiden/i.test(body) || /\d\s?periode/i.test(body)) return true;
  if (!amplified) return false;
  if (CAMPAIGN_TAG.test(body)) return true;
  // #KotaBersamaBudiSari: "Bersama"/"For" followed by names, not by common words
  const segs = body.split(/(?=[A-Z])/);
  const i = segs.findIndex((s) => /^(?:bersama|for|untuk|with)$/i.test(s));
  if (i < 0 || i === segs.length - 1) return false;
  const rest = segs.slice(i + 1);
  return rest.every((s) => /^[A-Z][a-z]{2,}$/.test(s) && !COMMON_SEGMENTS.has(s.toLowerCase()));
}

let termCache: { key: string[]; terms: string[] } | null = null;
function termsOf(list: string[]): string[] {
  if (!termCache || termCache.key !== list) {
    termCache = { key: list, terms: list.filter((t) => typeof t === 'string').map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 2) };
  }
  return termCache.terms;
}

function run(ctx: RuleContext): RawFinding[] {
  const { text, lower } = ctx;
  const view = viewOf(text, lower);
  const toks = view.toks;
  const out: RawFinding[] = [];

  // 1. phrases
  let postGuarded: boolean | null = null;
  for (const h of runPatterns(PATTERNS, toks, view)) {
    const [a, b] = sentenceOf(toks, h.a);
    if (h.def.rule !== 'neutrality.hand_sign' && anyIn(toks, a, b, GUARD)) continue;
    // a question about the rules answered in the same post ("ASN boleh ikut kampanye? Nggak boleh! ASN wajib netral")
    if (h.def.rule !== 'neutrality.hand_sign' && isQuestion(toks, b) && (postGuarded ??= anyIn(toks, 0, toks.length - 1, GUARD))) continue;
    add(out, h.def.rule, toks[h.a].s, toks[h.b].e, text);
  }

  // 2. campaign hashtags
  let amplified = false;
  for (const t of toks)
    if (t.k === KIND_WORD && (t.w === 'trending' || t.w === 'tagar' || t.w === 'ramaikan' || t.w === 'gaungkan' || t.w === 'hashtag' || t.w === 'trend')) {
      amplified = true;
      break;
    }
  for (let t = 0; t < toks.length; t++) {
    if (toks[t].k !== KIND_HASHTAG) continue;
    const tag = text.slice(toks[t].s, toks[t].e);
    if (campaignHashtag(tag, amplified)) add(out, 'neutrality.hashtag', toks[t].s, toks[t].e, text);
  }

  // 3. a ticket's paired names with support ("Pilih Ratna–Joko!", "gabung relawan Hendra–Wati")
  if ((text.includes('–') || text.includes('-') || text.includes('—')) && toks.some((t) => ELECTION.has(t.n) || ELECTION.has(t.w))) {
    PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR.exec(text))) {
      if (NOT_NAMES.has(m[1].toLowerCase()) || NOT_NAMES.has(m[2].toLowerCase())) continue;
      const t = toks.findIndex((x) => x.s >= m!.index);
      if (t < 0) continue;
      const [a, b] = sentenceOf(toks, t);
      if (anyIn(toks, a, b, GUARD)) continue;
      if (anyIn(toks, a, b, SUPPORT) || anyIn(toks, Math.max(0, a - 12), a, SUPPORT)) add(out, 'neutrality.candidate_support', m.index, m.index + m[0].length, text);
    }
  }

  // 4. the office's list of candidates, parties, slogans and hashtags
  const terms = ctx.settings.neutralityTerms?.length ? termsOf(ctx.settings.neutralityTerms) : null;
  if (terms) {
    for (const term of terms) {
      let from = 0;
      let i: number;
      while ((i = lower.indexOf(term, from)) >= 0) {
        from = i + term.length;
        const before = i > 0 ? lower.charCodeAt(i - 1) : 32;
        const after = from < lower.length ? lower.charCodeAt(from) : 32;
        const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
        if ((isWordChar(before) && term[0] !== '#') || isWordChar(after)) continue;
        const t = toks.findIndex((x) => x.e > i);
        const [a, b] = t >= 0 ? sentenceOf(toks, t) : [0, toks.length - 1];
        const guarded = t >= 0 && anyIn(toks, a, b, GUARD);
        const backed = term[0] === '#' || (t >= 0 && anyIn(toks, a, b, SUPPORT));
        add(out, 'neutrality.' + (backed && !guarded ? 'term' : 'mention'), i, from, text, backed && !guarded ? 'warning' : 'info');
      }
    }
  }
  return out;
}

export const neutralityRules: Rule[] = [{ id: 'neutrality', category: 'neutrality', run }];
