/**
 * Verified facts: the office's own list of figures with their source ("angka stunting 14,2 %,
 * sumber SSGI 2024"). A figure in the draft on the same subject either matches (fine) or
 * contradicts it (a warning that names the verified value and source).
 */
import type { VerifiedFact } from '../types';
import type { NumberHit, NumClass } from './numbers';

export interface FactMatcher {
  fact: VerifiedFact;
  /** lower-case phrases that name the subject */
  phrases: string[];
  cls: NumClass | 'any';
}

/** Words too generic to name a subject on their own. */
const GENERIC = new Set(
  ('angka jumlah tingkat total rata-rata rata persentase persen nilai data kasus indeks rasio laju tahun bulan minggu pekan hari kota kabupaten provinsi ' +
    'daerah kami warga di dan yang per the of rate number total level average').split(' '),
);

export function unitClass(unit: string | undefined): NumClass | 'any' {
  const u = (unit || '').trim().toLowerCase();
  if (!u) return 'any';
  if (u === '%' || u === 'persen' || u === 'percent' || u === 'pct') return 'pct';
  if (u === 'rp' || u === 'idr' || u === 'rupiah' || u.startsWith('rp')) return 'money';
  return 'count';
}

export function compileFacts(facts: ReadonlyArray<VerifiedFact> | undefined): FactMatcher[] {
  if (!facts || !facts.length) return [];
  const out: FactMatcher[] = [];
  for (const f of facts) {
    if (!f || typeof f.value !== 'number' || !Number.isFinite(f.value) || typeof f.label !== 'string') continue;
    const phrases: string[] = [];
    const label = f.label.trim().toLowerCase();
    if (label) phrases.push(label);
    for (const k of f.keywords ?? []) if (typeof k === 'string' && k.trim()) phrases.push(k.trim().toLowerCase());
    // without explicit keywords, the distinctive words of the label name the subject too
    if (!f.keywords || !f.keywords.length) {
      for (const word of label.split(/\s+/)) if (word.length >= 4 && !GENERIC.has(word)) phrases.push(word);
    }
    if (!phrases.length) continue;
    out.push({ fact: f, phrases: [...new Set(phrases)], cls: unitClass(f.unit) });
  }
  return out;
}

function containsWord(hay: string, needle: string): boolean {
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const a = i === 0 ? 32 : hay.charCodeAt(i - 1);
    const b = i + needle.length >= hay.length ? 32 : hay.charCodeAt(i + needle.length);
    const isW = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!isW(a) && !isW(b)) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}

export function mentions(m: FactMatcher, sentenceLower: string): boolean {
  for (const p of m.phrases) if (containsWord(sentenceLower, p)) return true;
  return false;
}

/** How the draft qualifies a figure: "lebih dari 80%", "sekitar 14%", "hampir separuh". */
type Qual = 'exact' | 'above' | 'below' | 'approx';
const ABOVE_RE = /(?:lebih dari|di atas|diatas|melebihi|over|more than|above|at least|minimal|sedikitnya|setidaknya)\s?$/;
const BELOW_RE = /(?:kurang dari|di bawah|dibawah|under|less than|below|at most|maksimal|tidak sampai)\s?$/;
const APPROX_RE = /(?:sekitar|kira-kira|kurang lebih|hampir|nyaris|sekira|±|\+\/-|about|around|nearly|almost|approximately|roughly|~)\s?$/;
/** a change rather than a level: "turun 12%", "naik sebesar 3%" (but "turun ke 10%", "naik jadi 5%" are levels) */
const DELTA_RE = new RegExp('(?:naik|turun|meningkat|menurun|berkurang|bertambah|melonjak|anjlok|merosot|kenaikan|penurunan|selisih|rose|fell|dropped|' +
  'increased|decreased|declined|down|up|by)(?:\\s(?:sebesar|sekitar|hampir|lebih dari|hingga|sampai|by))?\\s?$');

export type FactVerdict = { kind: 'match' | 'contradict'; matcher: FactMatcher; hit: NumberHit };

/**
 * Judge the figures of one sentence against the facts it mentions. A sentence that holds a figure
 * equal to the fact is a match; otherwise the first figure of the fact's kind (not a change, not a
 * year) contradicts it.
 */
export function judgeFacts(matchers: ReadonlyArray<FactMatcher>, lower: string, sStart: number, sEnd: number, nums: ReadonlyArray<NumberHit>): FactVerdict[] {
  if (!matchers.length || !nums.length) return [];
  const sent = lower.slice(sStart, sEnd);
  const out: FactVerdict[] = [];
  for (const m of matchers) {
    if (!mentions(m, sent)) continue;
    let candidate: NumberHit | null = null;
    let matched: NumberHit | null = null;
    for (const n of nums) {
      if (n.start < sStart || n.start >= sEnd) continue;
      if (!(n.stat || n.cls === 'other')) continue;
      if (n.cls === 'other') continue;
      const cls = n.cls === 'decimal' ? (m.cls === 'any' ? 'any' : m.cls) : n.cls;
      if (m.cls !== 'any' && cls !== m.cls && !(m.cls === 'count' && cls === 'any')) continue;
      const before = lower.slice(Math.max(sStart, n.start - 28), n.start);
      if (DELTA_RE.test(before)) continue;
      const q: Qual = ABOVE_RE.test(before) ? 'above' : BELOW_RE.test(before) ? 'below' : APPROX_RE.test(before) ? 'approx' : 'exact';
      if (agrees(n.value, n.step, m.fact.value, q)) {
        matched = n;
        break;
      }
      if (!candidate) candidate = n;
    }
    if (matched) out.push({ kind: 'match', matcher: m, hit: matched });
    else if (candidate) out.push({ kind: 'contradict', matcher: m, hit: candidate });
  }
  return out;
}

/** Equal within the precision the draft wrote it with (14 ≈ 14,2; 14,0 ≠ 14,2), or as qualified. */
export function agrees(draft: number, step: number, fact: number, q: Qual = 'exact'): boolean {
  if (q === 'above') return fact >= draft;
  if (q === 'below') return fact <= draft;
  const tol = step / 2 + Math.abs(fact) * 1e-9;
  if (q === 'approx') return Math.abs(draft - fact) <= Math.max(tol, Math.abs(fact) * 0.1);
  return Math.abs(draft - fact) <= tol;
}
