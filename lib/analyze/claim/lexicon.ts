/**
 * Cue lexicons for check-worthy claims (Indonesian first, English too), matched in ONE pass over
 * the lower-cased text: words are hashed as they are read and looked up, with phrases of up to
 * five words chained through a prefix table. Linear in the text, no regex backtracking.
 *
 * Word characters are ../text/words.ts's, plus ² and an inner - or ' (se-indonesia, dengar²).
 *
 * Phrase syntax: entries separated by "|"; "{a,b,}" expands to the alternatives (empty allowed).
 */
import { isWordCode } from '../text/words';

import { type CueKind, KI, KIND_COUNT, KIND_INDEX, KINDS, LEXICON } from './cue-words';

export { type CueKind, KI, KIND_COUNT, KINDS, LEXICON };

/** Brace expansion: "a {b,c,}d" → ["a bd", "a cd", "a d"]. */
export function expand(p: string): string[] {
  const i = p.indexOf('{');
  if (i < 0) return [p.replace(/\s+/g, ' ').trim()];
  const j = p.indexOf('}', i);
  const head = p.slice(0, i);
  const tail = p.slice(j + 1);
  const out: string[] = [];
  for (const alt of p.slice(i + 1, j).split(',')) for (const rest of expand(head + alt + tail)) out.push(rest);
  return out;
}

// ---- the hashed phrase table ----------------------------------------------------------------

const MAX_WORDS = 5;
const POW = new Int32Array(64);
POW[0] = 1;
for (let i = 1; i < 64; i++) POW[i] = Math.imul(POW[i - 1], 31);

interface Entry {
  /** phrases that end here, with their kinds (the text is compared on a hit, so collisions are harmless) */
  full: Array<{ phrase: string; kinds: number[] }>;
  prefix: boolean;
}

/** Build-time view of the table: hash → entry. Frozen into typed arrays below for the scan. */
const BUILD = new Map<number, Entry>();

function h1Of(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function entryOf(h: number): Entry {
  let e = BUILD.get(h);
  if (!e) {
    e = { full: [], prefix: false };
    BUILD.set(h, e);
  }
  return e;
}

for (const kind of KINDS) {
  const k = KIND_INDEX[kind];
  for (const raw of LEXICON[kind].split('|')) {
    for (const phrase of expand(raw)) {
      if (!phrase) continue;
      const words = phrase.split(' ');
      if (words.length > MAX_WORDS) continue;
      for (let n = 1; n < words.length; n++) entryOf(h1Of(words.slice(0, n).join(' '))).prefix = true;
      const e = entryOf(h1Of(phrase));
      let f = e.full.find((x) => x.phrase === phrase);
      if (!f) e.full.push((f = { phrase, kinds: [] }));
      if (!f.kinds.includes(k)) f.kinds.push(k);
    }
  }
}

// The scan looks up every word of the text, and most words are not cues, so the lookup is an
// open-addressing table over typed arrays (at most a quarter full, so a miss usually costs one
// probe) rather than a Map: same answers, about a tenth off the whole scan.
const SLOT_BITS = 31 - Math.clz32(BUILD.size * 4 - 1) + 1;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const SLOT_KEY = new Int32Array(SLOTS);
/** 1 + index into ENTRIES; 0 = empty slot */
const SLOT_ENTRY = new Int32Array(SLOTS);
const ENTRIES: Entry[] = [];

function slotOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

for (const [h, e] of BUILD) {
  let i = slotOf(h);
  while (SLOT_ENTRY[i] !== 0) i = (i + 1) & SLOT_MASK;
  SLOT_KEY[i] = h;
  ENTRIES.push(e);
  SLOT_ENTRY[i] = ENTRIES.length;
}

/** The entry for a word or phrase hash, or undefined. */
function lookup(h: number): Entry | undefined {
  let i = slotOf(h);
  for (;;) {
    const v = SLOT_ENTRY[i];
    if (v === 0) return undefined;
    if (SLOT_KEY[i] === h) return ENTRIES[v - 1];
    i = (i + 1) & SLOT_MASK;
  }
}

export interface CueHit {
  /** index into KINDS */
  kind: number;
  start: number;
  end: number;
}

// pending phrase prefixes: two banks of 16 slots × (hash, start, words), reused between calls
const PEND = new Int32Array(2 * 16 * 3);

function record(hits: CueHit[], e: Entry, lower: string, start: number, end: number): void {
  const full = e.full;
  for (let i = 0; i < full.length; i++) {
    const f = full[i];
    if (f.phrase.length === end - start ? sameText(lower, start, f.phrase) : sameWords(lower, start, end, f.phrase)) {
      const kinds = f.kinds;
      for (let j = 0; j < kinds.length; j++) hits.push({ kind: kinds[j], start, end });
    }
  }
}

/** lower[start, start + phrase.length) === phrase, without a call into the runtime. */
function sameText(lower: string, start: number, phrase: string): boolean {
  for (let j = 0; j < phrase.length; j++) if (lower.charCodeAt(start + j) !== phrase.charCodeAt(j)) return false;
  return true;
}

/** "kabar   beredar" equals "kabar beredar": compare with runs of spaces as one. */
function sameWords(lower: string, start: number, end: number, phrase: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) {
      if (phrase.charCodeAt(j) !== 32) return false;
      j++;
      while (i + 1 < end && (lower.charCodeAt(i + 1) === 32 || lower.charCodeAt(i + 1) === 9 || lower.charCodeAt(i + 1) === 0xa0)) i++;
    } else if (phrase.charCodeAt(j++) !== c) return false;
  }
  return j === phrase.length;
}

/**
 * Every cue in `lower`, in reading order of their ends. Phrases only chain across plain spaces
 * (not punctuation or line breaks).
 */
export function scanCues(lower: string): CueHit[] {
  const hits: CueHit[] = [];
  const n = lower.length;
  let na = 0; // pending prefixes in the current bank
  let bank = 0; // offset of the current bank in PEND
  let i = 0;
  let gapClean = true; // only spaces since the last word
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c !== 32 && c !== 9 && c !== 0xa0) gapClean = false;
      i++;
      continue;
    }
    // read one word: letters/digits, joined by an inner - or '
    const start = i;
    let h = 0;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (isWordCode(d) || d === 0xb2 || ((d === 45 || d === 39 || d === 0x2019) && i > start && i + 1 < n && isWordCode(lower.charCodeAt(i + 1)))) {
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      } else break;
    }
    const end = i;
    const len = end - start;
    const other = bank === 0 ? 48 : 0;
    let nb = 0;
    // extend the phrases that were waiting for another word
    if (na !== 0 && gapClean && len < 64) {
      for (let a = 0; a < na; a++) {
        const o = bank + a * 3;
        const ph = (Math.imul((Math.imul(PEND[o], 31) + 32) | 0, POW[len]) + h) | 0;
        const e = lookup(ph);
        if (e === undefined) continue;
        if (e.full.length !== 0) record(hits, e, lower, PEND[o + 1], end);
        if (e.prefix && PEND[o + 2] + 1 < MAX_WORDS && nb < 16) {
          const q = other + nb * 3;
          PEND[q] = ph;
          PEND[q + 1] = PEND[o + 1];
          PEND[q + 2] = PEND[o + 2] + 1;
          nb++;
        }
      }
    }
    // the word on its own
    const e = lookup(h);
    if (e !== undefined) {
      if (e.full.length !== 0) record(hits, e, lower, start, end);
      if (e.prefix && nb < 16) {
        const q = other + nb * 3;
        PEND[q] = h;
        PEND[q + 1] = start;
        PEND[q + 2] = 1;
        nb++;
      }
    }
    // word shapes a table cannot hold: "se-indonesia", "permendagri", "kepmenkes"
    if (len >= 6) {
      if (c === 115 && lower.charCodeAt(start + 1) === 101 && lower.charCodeAt(start + 2) === 45) hits.push({ kind: KI.scope, start, end });
      else if (len > 6 && (c === 112 || c === 107) && (lower.startsWith('permen', start) || lower.startsWith('kepmen', start)))
        hits.push({ kind: KI.lawRef, start, end });
    }
    bank = other;
    na = nb;
    gapClean = true;
  }
  return hits;
}

/** Suggested softer wording for an absolute, keyed by the cue as matched. */
export function softenAbsolute(cue: string, en: boolean): string | undefined {
  const c = cue.replace(/\s+/g, ' ');
  if (en) {
    if (c === 'never') return 'has not, as far as our records show,';
    if (c.startsWith('guarantee')) return 'designed to be';
    if (c.startsWith('100')) return 'largely';
    if (c === 'not a single') return 'no recorded';
    if (c.startsWith('completely')) return c.replace('completely', 'largely');
    return undefined;
  }
  if (/^(?:tidak|tak|gak|nggak|ngga|ga|gk) pernah ada$/.test(c)) return 'sejauh ini belum ditemukan';
  if (/^(?:tidak|tak|gak|nggak|ngga|ga|gk) pernah$/.test(c)) return 'sejauh ini belum pernah';
  if (c === 'dijamin' || c === 'terjamin') return 'dirancang untuk';
  if (c === 'pasti' || c === 'sudah pasti') return 'kemungkinan besar';
  if (c.startsWith('100') || c === 'seratus persen') return 'sangat';
  if (c === 'mustahil') return 'kecil kemungkinannya';
  if (c === 'berapa pun' || c === 'berapapun') return 'hingga batas yang diuji';
  if (c.startsWith('tanpa')) return 'pada umumnya';
  if (c.startsWith('sama sekali')) return c.replace('sama sekali ', 'hampir ');
  return undefined;
}
