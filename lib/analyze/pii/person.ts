/**
 * Is there an identifiable person near a span? Used by the specific-data rules (health, criminal,
 * child): "Bapak Yusuf yang positif HIV" is personal data, "ODGJ berhak diobati" is health education.
 * Checked per sentence, cached for the call.
 */
import { sentenceAt } from '../text/fold';
import type { RuleContext } from '../types';

export const HONORIFICS = new Set([
  'Pak', 'Bapak', 'Bpk', 'Bu', 'Ibu', 'Sdr', 'Sdri', 'Saudara', 'Saudari', 'Tn', 'Ny', 'Nn', 'Nona', 'Mbah', 'Nenek', 'Kakek', 'Kak', 'Mas', 'Mbak',
  'Bang', 'Abang', 'Adik', 'Dik', 'Om', 'Tante', 'Bunda', 'Ananda', 'Almarhum', 'Almarhumah', 'Alm', 'Almh', 'H', 'Hj', 'Ustadz', 'Ustaz', 'Pdt',
  'Romo', 'Ms', 'Mr', 'Mrs', 'Yth', 'Dek', 'Adek', 'An', 'Kakak', 'Eyang', 'Opa', 'Oma', 'Teh', 'Aa', 'Akang', 'Kang', 'Uda', 'Uni', 'Bli', 'Mama', 'Papa',
]);

/** Capitalised words that follow an honorific or a child cue but are not a person's name. */
export const NOT_NAME = new Set([
  'Kota', 'Kabupaten', 'Kab', 'Desa', 'Kelurahan', 'Kecamatan', 'Dinas', 'Negara', 'Presiden', 'Menteri', 'Gubernur', 'Bupati', 'Wali', 'Walikota',
  'Wakil', 'Camat', 'Lurah', 'Kepala', 'Ketua', 'Sekretaris', 'Kapolres', 'Kapolsek', 'Kades', 'Indonesia', 'Nasional', 'Negeri', 'Sekolah',
  'Puskesmas', 'Posyandu', 'Hari', 'Kesehatan', 'Dokter', 'Guru', 'Bidan', 'Perawat', 'Direktur', 'Kadis', 'Sekda', 'Menkes', 'Pemerintah',
  'Berprestasi', 'Teladan', 'Baru', 'Kelas', 'Kurang', 'Mampu', 'Yatim', 'Piatu', 'Disabilitas', 'Berkebutuhan', 'Usia', 'Dini', 'Didik',
  'Bangsa', 'Daerah', 'Kampus', 'Muda', 'Milenial', 'Hebat', 'Sehat', 'Pertiwi', 'Kartini', 'Asuh', 'Angkat', 'Kandung', 'Semua', 'Seluruh', 'Para',
  'Warga', 'Masyarakat', 'Yang', 'Dan', 'Atau', 'Dari', 'Untuk', 'Dengan', 'Di', 'Ke', 'Pada', 'Ini', 'Itu', 'Kami', 'Anda', 'Kita', 'Mereka',
  'Sebagai', 'Juga', 'Sudah', 'Belum', 'Akan', 'Tidak', 'Mohon', 'Silakan', 'Terima', 'Kasih', 'Selamat', 'Bersama', 'Tim', 'Program',
  'Kegiatan', 'Bantuan', 'Penerima', 'Peserta', 'Pendaftaran', 'Sekolah', 'Sabtu', 'Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat',
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember', 'Nusantara',
  'Raya', 'Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Besar', 'Kecil', 'Putra', 'Putri', 'Siswa', 'Siswi', 'Anak', 'Balita', 'Bayi',
  'Pelajar', 'Murid', 'Santri', 'Bupati', 'Camat', 'Covid', 'Stunting', 'Pancasila', 'Merdeka', 'Prakerja', 'Kemerdekaan', 'Dewan', 'Ibu',
  'He', 'She', 'His', 'Her', 'They', 'We', 'It', 'Dia', 'Ia', 'Lapas', 'Rutan', 'Bandara', 'Pengadilan', 'Imigrasi', 'Kantor',
  'Bapak', 'Polisi', 'Satpol', 'Pemkot', 'Pemkab', 'Pemda', 'Rumah', 'Sakit', 'Jalan', 'Jl', 'Gang', 'Gg', 'Se', 'Dukcapil', 'Disdukcapil',
]);

const HON_NAME =
  /(?<![A-Za-z])(?:Pak|Bapak|Bpk|Bu|Ibu|Sdr|Sdri|sdr|sdri|Saudara|Saudari|Tn|Ny|Nn|Nona|Mbah|Nenek|Kakek|Kak|Mas|Mbak|Bang|Abang|Adik|Dik|Om|Tante|Bunda|Ananda|ananda|Almarhum|Almarhumah|almarhum|almarhumah|Alm|Almh|alm|H|Hj|Ustadz|Ustaz|Pdt|Romo|Ms|Mr|Mrs|Eyang|Teh|Kang|Akang)\.?[ \t]{1,2}([A-Z][a-z'’]{1,30}|[A-Z]{1,3}(?![A-Za-z]))/g;
const AN_NAME = /(?<![a-z])(?:a\.[ ]?n\.|a\/n|atas nama|bernama|berinisial|inisial|name:|nama:)[ \t]{0,2}(?=\S)/g;
const NAME_AGE = /[A-Z][a-z'’]{1,30}[ \t]{0,2}\((?:\d{1,3}\)|\d{1,2}[ \t]{0,2}(?:th|thn|tahun|bln|bulan|y))/;
const PLACE_BEFORE =
  /(?<![a-z])(?:jl|jln|jalan|gg|gang|lr|lorong|rsud|rs|rsu|rumah sakit|masjid|musala|sekolah|sd|smp|sma|smk|universitas|univ|yayasan|stadion|gedung|bandara|lapangan|taman|museum|pesantren|ponpes|aula|pasar|terminal|stasiun)\.?(?:[ ]{1,2}[a-z]{1,4}\.)?[ ]{1,2}$/;
/** the writer's or someone's relative: "suami sy", "anak saya", "my daughter" — a person the reader can identify */
const KIN =
  /(?<![a-z])(?:(?:suami|istri|isteri|anak|putra|putri|nenek|kakek|mbah|ibu|bapak|ayah|mama|papa|kakak|adik|pacar|cucu|keponakan|mertua|tetangga)[ ](?:saya|sy|aku|gue|gw|kami|ku)|(?:my|our|his|her)[ ](?:wife|husband|son|daughter|mother|father|mom|dad|brother|sister|child|kid|grandmother|grandfather|grandma|grandpa|neighbou?r))(?![a-z])|(?<![a-z])namanya[ ][a-z]|(?<![a-z])(?:suami|istri|isteri|anak|putra|putri|ibu|ayah|bapak|nenek|kakek|mertua|cucu|adik|kakak)(?:nya|mu)(?![a-z])/;
const PRONOUN = /(?<![a-z])(?:beliau|yang bersangkutan|ybs)(?![a-z])/;
const SECOND = /(?<![A-Za-z])(?:Bapak|Ibu|Anda|Kakak|Kak|Bunda|Saudara|Saudari|Bu|Pak)(?![A-Za-z])/;
// case-sensitive on purpose: with /i, [A-Z] would also take "Ibu hamil …" (a group) for "Ibu Hamidah"
const ADDRESSEE =
  /^[ \t\n]{0,4}(?:@[A-Za-z0-9_]{2,30}|(?:[Yy][Tt][Hh]\.?[ ]{1,2})?(?:(?:[Hh]alo|HALO|[Hh]ai|[Hh]i|[Ss]elamat (?:[Pp]agi|[Ss]iang|[Ss]ore|[Mm]alam))[ ,]{1,3})?(?:[Pp]ak|[Bb]u|[Bb]apak|[Ii]bu|[Kk]ak|[Ss]dr\.?|[Mm]as|[Mm]bak|PAK|BU|IBU|BAPAK|KAK)[ ]{1,2}[A-Z])/;

export class PersonIndex {
  private cache = new Map<number, boolean>();
  private addressee: boolean | null = null;
  constructor(private ctx: RuleContext) {}

  /** An identifiable person is named or addressed in the sentence around index i. */
  near(i: number): boolean {
    const s = sentenceAt(this.ctx.sentences, i);
    let start = s ? s.start : Math.max(0, i - 120);
    let end = s ? s.end : Math.min(this.ctx.text.length, i + 120);
    // "… a.n. Ny." + "Sumiati (72) …": a sentence cut after a short abbreviation continues
    for (let k = 0; k < 3 && s; k++) {
      const next = this.abbrevEnd(end);
      if (next < 0) break;
      end = next;
    }
    // a sentence split after a short abbreviation ("Tn. Slamet", "Ny. Ani") belongs to the one before
    for (let k = 0; k < 3 && start > 0; k++) {
      const prev = this.abbrevStart(start);
      if (prev < 0) break;
      start = prev;
    }
    const hit = this.cache.get(start);
    if (hit !== undefined) return hit;
    const v = this.check(start, end);
    this.cache.set(start, v);
    return v;
  }

  /** If the text right before `start` ends in "Xx." (≤ 3 letters), the start of that sentence, else -1. */
  private abbrevStart(start: number): number {
    const T = this.ctx.text;
    let j = start;
    while (j > 0 && (T.charCodeAt(j - 1) === 32 || T.charCodeAt(j - 1) === 9)) j--;
    if (j === 0 || T.charCodeAt(j - 1) !== 46) return -1;
    let w = j - 1;
    while (w > 0 && isNameChar(T.charCodeAt(w - 1)) && j - 1 - w < 4) w--;
    const len = j - 1 - w;
    if (len < 1 || len > 3 || (w > 0 && isNameChar(T.charCodeAt(w - 1)))) return -1;
    const s = sentenceAt(this.ctx.sentences, w);
    return s && s.start < start ? s.start : -1;
  }

  /** If the sentence ending at `end` ends in "Xx." (≤ 3 letters), the end of the next sentence, else -1. */
  private abbrevEnd(end: number): number {
    const T = this.ctx.text;
    if (end === 0 || T.charCodeAt(end - 1) !== 46) return -1;
    let w = end - 1;
    while (w > 0 && isNameChar(T.charCodeAt(w - 1)) && end - 1 - w < 4) w--;
    const len = end - 1 - w;
    if (len < 1 || len > 3 || (w > 0 && isNameChar(T.charCodeAt(w - 1)))) return -1;
    let j = end;
    while (j < T.length && (T.charCodeAt(j) === 32 || T.charCodeAt(j) === 9)) j++;
    const s = sentenceAt(this.ctx.sentences, j);
    return s && s.end > end ? s.end : -1;
  }

  private check(start: number, end: number): boolean {
    const T = this.ctx.text.slice(start, end);
    const L = this.ctx.lower.slice(start, end);
    HON_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HON_NAME.exec(T)) !== null) {
      if (NOT_NAME.has(m[1])) continue;
      // "Jl. Ir. H. Juanda", "RSUD dr. Soetomo", "Masjid H. Agus Salim": a place, not a person
      if (PLACE_BEFORE.test(L.slice(Math.max(0, m.index - 16), m.index))) continue;
      return true;
    }
    AN_NAME.lastIndex = 0;
    while ((m = AN_NAME.exec(L)) !== null) {
      const p = m.index + m[0].length;
      if (nameAfter(T, p) >= 0) return true;
      // initials: "berinisial RS (24)", "a.n. Sdr. K"
      if (/^(?:(?:Sdr|Sdri|Tn|Ny|Nn)\.?[ ]?)?[A-Z]{1,3}(?![A-Za-z])/.test(T.slice(p, p + 10))) return true;
    }
    if (NAME_AGE.test(T) || PRONOUN.test(L) || KIN.test(L)) return true;
    if (SECOND.test(T)) {
      if (this.addressee === null) this.addressee = ADDRESSEE.test(this.ctx.text.slice(0, 160));
      if (this.addressee) return true;
    }
    return false;
  }
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

function isCapName(w: string): boolean {
  const c = w.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || w.length < 2) return false;
  const c1 = w.charCodeAt(1);
  return (c1 >= 97 && c1 <= 122) || c1 === 39 || c1 === 0x2019;
}

/** Start of a capitalised name (≤ 4 words) ending right before `pos` (spaces skipped), or -1. */
export function nameBefore(T: string, pos: number): number {
  let i = pos;
  while (i > 0 && (T.charCodeAt(i - 1) === 32 || T.charCodeAt(i - 1) === 9)) i--;
  let start = -1;
  for (let words = 0; words < 4; words++) {
    let j = i;
    while (j > 0 && i - j < 30 && isNameChar(T.charCodeAt(j - 1))) j--;
    if (j === i) break;
    if (j > 0 && (T.charCodeAt(j - 1) === 46 || (T.charCodeAt(j - 1) >= 48 && T.charCodeAt(j - 1) <= 57))) break;
    const w = T.slice(j, i);
    if (!isCapName(w) || (NOT_NAME.has(w) && !(SURNAME_TOO.has(w) && capWordBefore(T, j))) || HONORIFICS.has(w)) {
      // initials right after "inisial": "berinisial AR (14)"
      if (words === 0 && /^[A-Z]{1,3}$/.test(w) && /(?:^|[^a-z])(?:ber)?inisial[ ]$/i.test(T.slice(Math.max(0, j - 12), j))) start = j;
      break;
    }
    start = j;
    if (j > 0 && T.charCodeAt(j - 1) === 32) i = j - 1;
    else break;
  }
  return start;
}

/** words for a child that are also the last part of a name ("Aurel Putri", "Dimas Putra") */
const SURNAME_TOO = new Set(['Putra', 'Putri']);

/** A capitalised name word (not a NOT_NAME word or an honorific) ends one space before j. */
function capWordBefore(T: string, j: number): boolean {
  if (j < 2 || T.charCodeAt(j - 1) !== 32) return false;
  const i = j - 1;
  let k = i;
  while (k > 0 && i - k < 30 && isNameChar(T.charCodeAt(k - 1))) k--;
  const w = T.slice(k, i);
  return isCapName(w) && !NOT_NAME.has(w) && !HONORIFICS.has(w);
}

/** End of a capitalised name (≤ 4 words) starting at `pos` (spaces skipped), or -1. */
export function nameAfter(T: string, pos: number): number {
  let i = pos;
  while (i < T.length && (T.charCodeAt(i) === 32 || T.charCodeAt(i) === 9)) i++;
  let end = -1;
  for (let words = 0; words < 4; words++) {
    let j = i;
    while (j < T.length && j - i < 30 && isNameChar(T.charCodeAt(j))) j++;
    if (j === i) break;
    const w = T.slice(i, j);
    if (!isCapName(w) || NOT_NAME.has(w) || (words === 0 && HONORIFICS.has(w))) break;
    end = j;
    if (j < T.length && T.charCodeAt(j) === 32) i = j + 1;
    else break;
  }
  return end;
}

/** For tests. */
export const PERSON_REGEXES: RegExp[] = [KIN, PLACE_BEFORE, HON_NAME, AN_NAME, NAME_AGE, PRONOUN, SECOND, ADDRESSEE];
