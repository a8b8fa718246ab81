/**
 * The shared tokens: one pass over the lower-cased view, producing tokens that carry their span in the
 * original text (so findings point at what the writer typed) and a normalised form. Read by tone,
 * neutrality and the learned layer through `ctx.tokens` (computed once per text).
 * The scan finds words (with the masks and leetspeak marks of obfuscated words: anj*ng, g0bl0k),
 * separated letters (g.o.b.l.o.k), @mentions, #hashtags, punctuation, quotes and emoji. What a word
 * means is asked of a WordLexicon (tone's de-obfuscating word lists, ../tone/lookup.ts), so matching is
 * on whole tokens, never substrings. Linear in the text.
 */
import { isWordCode as isAlnum, isWordLetter as isAlpha } from './words';

export const KIND_WORD = 0;
export const KIND_NUM = 1;
export const KIND_PUNCT = 2;
export const KIND_EMOJI = 3;
export const KIND_MENTION = 4;
export const KIND_HASHTAG = 5;
export const KIND_QUOTE = 6;

/** A word-list entry a token matched. */
export interface WordEntry {
  /** canonical form */
  w: string;
  /** word class (tone's C_* numbers) */
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
  hit: WordEntry | null;
}

/** What the tokenizer asks about a word. */
export interface WordLexicon {
  /** the entry a lower-case (possibly obfuscated) word matches */
  lookup(word: string): WordEntry | undefined;
  /** leetspeak read as letters: g0bl0k → goblok */
  unleet(word: string): string;
  /** the standard form phrase rules read: gak → tidak (the word itself when there is none) */
  standard(word: string): string;
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
export function tokenizeWith(lower: string, lex: WordLexicon): Tok[] {
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
          const hit = lex.lookup(letters);
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
          if (w.length >= 3 && w.charCodeAt(w.length - 1) === 50 && isAlpha(w.charCodeAt(w.length - 2)) && isAlpha(w.charCodeAt(w.length - 3)))
            w = w.slice(0, -1);
        }
      }
      if (k === KIND_NUM) out.push({ s: i, e: j, k, w, n: w, hit: null });
      else {
        const hit = lex.lookup(w) ?? null;
        const std = hit ? hit.w : plain || !/^[a-z]/.test(w) ? w : lex.unleet(w);
        out.push({ s: i, e: j, k, w: hit ? hit.w : w, n: lex.standard(std), hit });
      }
      i = j;
      continue;
    }
    if (c === 64 || c === 35) {
      // @mention, #hashtag
      let j = i + 1;
      while (
        j < n &&
        (isAlnum(lower.charCodeAt(j)) || lower.charCodeAt(j) === 95 || (lower.charCodeAt(j) === 46 && j + 1 < n && isAlnum(lower.charCodeAt(j + 1))))
      )
        j++;
      if (j > i + 1) {
        // a hashtag that is one listed word (#ngentot) counts as the word
        const hit = c === 35 ? (lex.lookup(lower.slice(i + 1, j)) ?? null) : null;
        out.push({
          s: i,
          e: j,
          k: c === 64 ? KIND_MENTION : hit ? KIND_WORD : KIND_HASHTAG,
          w: hit ? hit.w : lower.slice(i, j),
          n: c === 64 ? '@' : hit ? hit.w : '#',
          hit,
        });
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
      if (!(c === 0xd83c && lo >= 0xdffb && lo <= 0xdfff))
        out.push({ s: i, e: i + 2, k: KIND_EMOJI, w: lower.slice(i, i + 2), n: lower.slice(i, i + 2), hit: null });
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

/** The tokens of one text, with their joined string built on first use (most texts never need it). */
export class TokenView {
  private j: Joined | null = null;
  constructor(
    readonly text: string,
    readonly toks: Tok[],
  ) {}
  get joined(): Joined {
    return (this.j ??= join(this.toks));
  }
}

/** Texts shorter than this are tokenised in one piece (a post of a few lines costs less than the bookkeeping). */
export const INCREMENTAL_MIN_CHARS = 1000;

/**
 * Incremental tokenising while the user types: tokens never span a line break (no token kind reads
 * across "\n": words, mentions, hashtags, punctuation runs and spelled-out letters all stop there), so
 * each line is tokenised on its own and a line the previous call already saw is not tokenised again
 * (its tokens are reused, shifted when the line moved). One exception: a lone high surrogate right before
 * "\n" pairs with it as one emoji token, so such a break does not split. The result is identical to
 * `tokenizeWith(lower, lex)` (tests/unit/text/incremental.test.ts). Keeps only the lines of the last call.
 */
export class LineTokenizer {
  private prev = new Map<string, { base: number; toks: Tok[] }>();
  constructor(private readonly lex: WordLexicon) {}

  tokenize(lower: string): Tok[] {
    if (lower.length < INCREMENTAL_MIN_CHARS || lower.indexOf('\n') < 0) {
      if (this.prev.size) this.prev = new Map();
      return tokenizeWith(lower, this.lex);
    }
    const next = new Map<string, { base: number; toks: Tok[] }>();
    const out: Tok[] = [];
    const n = lower.length;
    let from = 0;
    while (from < n) {
      let nl = lower.indexOf('\n', from);
      // a break right after a lone high surrogate is read together with it: not a split point
      while (nl > 0) {
        const c = lower.charCodeAt(nl - 1);
        if (c < 0xd800 || c > 0xdbff) break;
        nl = lower.indexOf('\n', nl + 1);
      }
      if (nl < 0) nl = n;
      if (nl > from) {
        const line = lower.slice(from, nl);
        let entry = next.get(line) ?? this.prev.get(line);
        if (!entry) {
          const toks = tokenizeWith(line, this.lex);
          if (from)
            for (const t of toks) {
              t.s += from;
              t.e += from;
            }
          entry = { base: from, toks };
        }
        if (!next.has(line)) next.set(line, entry);
        const d = from - entry.base;
        if (d === 0) for (const t of entry.toks) out.push(t);
        else for (const t of entry.toks) out.push({ s: t.s + d, e: t.e + d, k: t.k, w: t.w, n: t.n, hit: t.hit });
      }
      from = nl + 1;
    }
    this.prev = next;
    return out;
  }
}
