/**
 * Tone normaliser: one pass over the lower-cased view, producing tokens that carry their span in the
 * original text (so findings point at what the writer typed) and a de-obfuscated form:
 *   anjiiing → anjing (repeated letters), g0bl0k → goblok (leetspeak 0 1 3 4 5 7 @ $),
 *   b*ngsat → bangsat (masked letters, resolved against the word lists), g.o.b.l.o.k → goblok
 *   (separated letters), bngst → bangsat (dropped vowels), dibego-begoin → bego (affixes),
 *   gak → tidak (slang, for the phrase rules).
 * Matching is on whole tokens, never substrings, so pantai, asuransi and bangsal stay clean.
 * Linear in the text; every lookup is memoised.
 */
import { ANIMAL, GUARD, INSULT, PROFANITY, SARA_SLUR, SLANG, TARGETED, TARGETED_SARA } from './lexicon';

export const KIND_WORD = 0;
export const KIND_NUM = 1;
export const KIND_PUNCT = 2;
export const KIND_EMOJI = 3;
export const KIND_MENTION = 4;
export const KIND_HASHTAG = 5;
export const KIND_QUOTE = 6;

/** Word classes. */
export const C_PROFANITY = 1;
export const C_INSULT = 2;
export const C_SARA = 3;
export const C_TARGETED = 4;
export const C_TARGETED_SARA = 5;

export interface Entry {
  /** canonical form */
  w: string;
  c: number;
  /** an animal name: literal next to animal words */
  animal: boolean;
}

export interface Tok {
  s: number;
  e: number;
  k: number;
  /** de-obfuscated lower-case form (words); the punctuation mark or emoji otherwise */
  w: string;
  /** slang-standardised form for the phrase rules */
  n: string;
  /** lexicon hit, if any */
  hit: Entry | null;
}

// ---- lexicon tables, built once at module load ---------------------------------------------------
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const EXACT = new Map<string, Entry>();
const SQUEEZED = new Map<string, Entry>();
const SKELETON = new Map<string, Entry>();
const MASKABLE: Entry[] = [];
const GUARD_SET = new Set(words(GUARD));
const ANIMALS = new Set(words(ANIMAL));

function put(list: string, c: number): void {
  for (const w of words(list)) {
    if (EXACT.has(w)) continue; // first list wins: profanity > sara > insult > targeted
    const e: Entry = { w, c, animal: ANIMALS.has(w) };
    EXACT.set(w, e);
  }
}
put(PROFANITY, C_PROFANITY);
put(SARA_SLUR, C_SARA);
put(INSULT, C_INSULT);
put(TARGETED_SARA, C_TARGETED_SARA);
put(TARGETED, C_TARGETED);
put(ANIMAL, C_INSULT);
for (const w of ['tikus', 'kerbau', 'keledai', 'kadal', 'bangkai']) {
  const e = EXACT.get(w);
  if (e) e.c = C_TARGETED;
}

const VOWELS = /[aeiou]/;
/**
 * Words also typed without vowels (bngst, kmprt, gblk). Only these: a generated skeleton of every
 * listed word collides with everyday abbreviations (krng = kurang, plng = pulang, kmpng = kampung).
 */
const DISEMVOWEL = new Set(
  'goblok goblog bangsat bangsad kampret kontol anjing anjir bajingan brengsek ngentot jancuk jancok bacot keparat sompret kunyuk kampungan dongok sinting pecundang penjilat fuck fucking shit bitch bastard asshole'.split(
    ' ',
  ),
);
export function squeeze(w: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}
function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return true;
  return false;
}
function skeleton(w: string): string {
  return w[0] + w.slice(1).replace(/[aeiou]/g, '');
}
for (const e of EXACT.values()) {
  const sq = squeeze(e.w);
  if (!SQUEEZED.has(sq)) SQUEEZED.set(sq, e);
  if (e.c === C_PROFANITY || e.c === C_INSULT || e.c === C_SARA) {
    if (e.w.length >= 3) MASKABLE.push(e);
    const sk = skeleton(squeeze(e.w));
    if (DISEMVOWEL.has(e.w) && sk.length >= 4 && sk !== e.w && !SKELETON.has(sk)) SKELETON.set(sk, e);
  }
}

const SUFFIXES = ['nya', 'nye', 'ny', 'lah', 'kah', 'mu', 'ku', 'lu', 'in', 'an', 'kan', 'x'];
const SHORT_SUFFIXES = new Set(['nya', 'mu', 'lah', 'lu']);
const PREFIXES = ['nge', 'ng', 'di', 'me', 'ter', 'men', 'mem', 'meng', 'ke', 'si'];
/** Suffixes that only follow a prefix: ke-tolol-an, ke-bodoh-an-mu, men-dungu-kan (not di-bodoh-i: "fooled"). */
const PREFIXED_SUFFIXES = ['in', 'an', 'kan', 'annya', 'anmu', 'anku', 'kannya'];

function base(w: string): Entry | undefined {
  if (GUARD_SET.has(w)) return undefined;
  const e = EXACT.get(w);
  if (e) return e;
  if (hasDouble(w)) {
    const sq = squeeze(w);
    if (!GUARD_SET.has(sq)) return SQUEEZED.get(sq);
  }
  return undefined;
}

function withSuffix(w: string): Entry | undefined {
  const e = base(w);
  if (e) return e;
  for (const suf of SUFFIXES) {
    if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
    const root = w.slice(0, w.length - suf.length);
    const r = base(root);
    if (r && (r.w.length >= 4 || SHORT_SUFFIXES.has(suf))) return r;
  }
  return undefined;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i' };
function leet(w: string, one: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    out += ch === '1' ? one : (LEET[ch] ?? ch);
  }
  return out;
}

function masked(w: string): Entry | undefined {
  let known = 0;
  for (let i = 0; i < w.length; i++) if (w[i] !== '*') known++;
  if (known < 2 || known === w.length) return undefined;
  for (const e of MASKABLE) {
    if (e.w.length !== w.length) continue;
    let ok = true;
    for (let i = 0; i < w.length && ok; i++) if (w[i] !== '*' && w[i] !== e.w[i]) ok = false;
    if (ok) return e;
  }
  return undefined;
}

function compute(w: string): Entry | undefined {
  if (GUARD_SET.has(w)) return undefined;
  if (w.includes('*')) return masked(w);
  let e = withSuffix(w);
  if (e) return e;
  for (const pre of PREFIXES) {
    if (!w.startsWith(pre) || w.length - pre.length < 4) continue;
    const rest = w.slice(pre.length);
    let r = withSuffix(rest);
    if (!r) {
      for (const suf of PREFIXED_SUFFIXES) {
        if (rest.length - suf.length < 4 || !rest.endsWith(suf)) continue;
        r = withSuffix(rest.slice(0, rest.length - suf.length));
        if (r) break;
      }
    }
    if (r && r.w.length >= 4) return r;
  }
  if (w.length >= 4 && !VOWELS.test(w.slice(1))) {
    e = SKELETON.get(squeeze(w));
    if (e) return e;
  }
  return w.length >= 8 ? glued(w) : undefined;
}

/**
 * Strong words glued to another word, as in hashtags and spam: "capresgoblok", "kontollokal",
 * "bokepindo". Only words that no innocent word starts or ends with ("memek" is not here:
 * memekik, to shriek).
 */
const GLUE_SAFE = 'kontol ngentot bokep toket titit bangsat bangsad bajingan brengsek kampret anjing goblok tolol jancuk jancok keparat'.split(' ');
function glued(w: string): Entry | undefined {
  for (const g of GLUE_SAFE) {
    if (w.length - g.length < 3) continue;
    if (w.startsWith(g) || w.endsWith(g)) return EXACT.get(g);
  }
  return undefined;
}

/**
 * Playful spellings of the same sounds: bangzat, kamvret, kamfret, gobloq, anjink, bacod. Tried
 * only when the word as typed matches nothing, and only lead to a listed word.
 */
function respell(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const last = i === w.length - 1;
    if (ch === 'z') out += 's';
    else if (ch === 'v' || ch === 'f') out += 'p';
    else if (ch === 'q') out += 'k';
    else if (last && ch === 'd') out += 't';
    else if (last && ch === 'g') out += 'k';
    else out += ch;
  }
  return out;
}

const cache = new Map<string, Entry | null>();
/** The word-list entry a (lower-case, de-obfuscated) word matches, or undefined. Memoised. */
export function lookupWord(raw: string): Entry | undefined {
  if (raw.length > 40 && squeeze(raw).length > 30) return undefined; // no listed word is that long
  const c = cache.get(raw);
  if (c !== undefined) return c ?? undefined;
  let e: Entry | undefined;
  if (/[0-9@$!]/.test(raw)) {
    if (/[a-z]/.test(raw)) e = compute(leet(raw, 'i')) ?? compute(leet(raw, 'l'));
  } else e = compute(raw);
  if (!e && raw.length >= 4) {
    const spelt = respell(raw);
    if (spelt !== raw && !GUARD_SET.has(raw)) e = compute(spelt);
  }
  if (cache.size > 8192) cache.clear();
  cache.set(raw, e ?? null);
  return e;
}

// ---- tokeniser ------------------------------------------------------------------------------------
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57);
}
/** characters that may sit inside an obfuscated word: * @ $ ' ’ */
function isInner(c: number): boolean {
  return c === 42 || c === 64 || c === 36 || c === 39 || c === 0x2019;
}
function isSep(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95;
}

const PUNCT = new Set(['.', ',', '!', '?', ';', ':', '…', '(', ')']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '`']);

/** Tokenise the lower-cased view. */
export function tokenize(lower: string): Tok[] {
  const out: Tok[] = [];
  const n = lower.length;
  let i = 0;
  let spelledUntil = -1; // end of the last spelled-out run that was not a word: never rescanned
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isAlnum(c)) {
      // separated single letters: g.o.b.l.o.k, g o b l o k (at most 24 letters)
      if (i > spelledUntil && i + 4 < n && isSep(lower.charCodeAt(i + 1)) && (i === 0 || !isAlnum(lower.charCodeAt(i - 1)))) {
        const sep = lower.charCodeAt(i + 1);
        let j = i;
        let letters = lower[i];
        while (
          letters.length < 24 &&
          j + 2 < n &&
          lower.charCodeAt(j + 1) === sep &&
          isAlnum(lower.charCodeAt(j + 2)) &&
          (j + 3 >= n || !isAlnum(lower.charCodeAt(j + 3)))
        ) {
          letters += lower[j + 2];
          j += 2;
        }
        spelledUntil = j;
        if (letters.length >= (sep === 32 ? 4 : 3)) {
          const hit = lookupWord(letters);
          if (hit) {
            out.push({ s: i, e: j + 1, k: KIND_WORD, w: hit.w, n: hit.w, hit });
            i = j + 1;
            continue;
          }
        }
      }
      let j = i + 1;
      let plain = isAlpha(c);
      while (j < n) {
        const d = lower.charCodeAt(j);
        if (isAlpha(d)) j++;
        else if (d >= 48 && d <= 57) {
          plain = false;
          j++;
        } else if (isInner(d) && j + 1 < n && (isAlnum(lower.charCodeAt(j + 1)) || lower.charCodeAt(j + 1) === 42)) {
          plain = false;
          j++;
        } else if (d === 42 && j + 1 - i >= 3) {
          // trailing mask: anj*
          plain = false;
          j++;
        } else break;
      }
      let w = lower.slice(i, j);
      let k = KIND_WORD;
      if (!plain) {
        if (!/[a-z*]/.test(w)) k = KIND_NUM;
        else {
          w = w.replace(/['’]/g, '');
          // reduplication written with a 2: orang2, bego2
          if (w.length >= 3 && w.charCodeAt(w.length - 1) === 50 && isAlpha(w.charCodeAt(w.length - 2)) && isAlpha(w.charCodeAt(w.length - 3))) w = w.slice(0, -1);
        }
      }
      if (k === KIND_NUM) out.push({ s: i, e: j, k, w, n: w, hit: null });
      else {
        const hit = lookupWord(w) ?? null;
        const std = hit ? hit.w : plain || !/^[a-z]/.test(w) ? w : leet(w, 'i');
        out.push({ s: i, e: j, k, w: hit ? hit.w : w, n: SLANG.get(std) ?? std, hit });
      }
      i = j;
      continue;
    }
    if (c === 64 || c === 35) {
      // @mention, #hashtag
      let j = i + 1;
      while (j < n && (isAlnum(lower.charCodeAt(j)) || lower.charCodeAt(j) === 95 || (lower.charCodeAt(j) === 46 && j + 1 < n && isAlnum(lower.charCodeAt(j + 1))))) j++;
      if (j > i + 1) {
        // a hashtag that is one listed word (#ngentot) counts as the word
        const hit = c === 35 ? (lookupWord(lower.slice(i + 1, j)) ?? null) : null;
        out.push({ s: i, e: j, k: c === 64 ? KIND_MENTION : hit ? KIND_WORD : KIND_HASHTAG, w: hit ? hit.w : lower.slice(i, j), n: c === 64 ? '@' : hit ? hit.w : '#', hit });
        i = j;
        continue;
      }
      i++;
      continue;
    }
    const ch = lower[i];
    if (c === 92 && i + 1 < n && (lower[i + 1] === 'n' || lower[i + 1] === 't' || lower[i + 1] === 'r')) {
      // a literal "\n" in pasted or exported text is a line break, not the letter n
      i += 2;
      continue;
    }
    if (PUNCT.has(ch)) {
      let j = i + 1;
      while (j < n && lower[j] === ch) j++;
      out.push({ s: i, e: j, k: KIND_PUNCT, w: ch, n: ch, hit: null });
      i = j;
      continue;
    }
    if (QUOTES.has(ch)) {
      out.push({ s: i, e: i + 1, k: KIND_QUOTE, w: '"', n: '"', hit: null });
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = lower.charCodeAt(i + 1);
      // skin tones (U+1F3FB..1F3FF) belong to the emoji before them
      if (!(c === 0xd83c && lo >= 0xdffb && lo <= 0xdfff)) out.push({ s: i, e: i + 2, k: KIND_EMOJI, w: lower.slice(i, i + 2), n: lower.slice(i, i + 2), hit: null });
      i += 2;
      continue;
    }
    if (c >= 0x2190 && c !== 0x200d && c !== 0xfe0f && !(c >= 0x2000 && c <= 0x206f)) {
      out.push({ s: i, e: i + 1, k: KIND_EMOJI, w: ch, n: ch, hit: null });
    }
    i++;
  }
  return out;
}

/** Tokens joined by single spaces, for regexes over the normalised text, with a map back to tokens. */
export interface Joined {
  str: string;
  /** start of token t in str */
  at: Int32Array;
}

export function join(toks: Tok[]): Joined {
  const at = new Int32Array(toks.length);
  let str = '';
  for (let t = 0; t < toks.length; t++) {
    if (t) str += ' ';
    at[t] = str.length;
    str += toks[t].n;
  }
  return { str, at };
}

/** The token at (or just before) position p of the joined string. */
export function tokenAt(j: Joined, p: number): number {
  let lo = 0;
  let hi = j.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (j.at[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shared per-text view, computed once per analyze() call for both tone and neutrality. */
export class ToneView {
  private j: Joined | null = null;
  constructor(
    readonly text: string,
    readonly toks: Tok[],
  ) {}
  /** built on first use: most texts never need it */
  get joined(): Joined {
    return (this.j ??= join(this.toks));
  }
}
let last: ToneView | null = null;
export function viewOf(text: string, lower: string): ToneView {
  if (last && last.text === text) return last;
  last = new ToneView(text, tokenize(lower));
  return last;
}
