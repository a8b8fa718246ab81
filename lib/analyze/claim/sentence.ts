/** What kind of sentence it is: a question, a wish, a greeting, the writer's own voice. */
import type { Range } from '../text/fold';
import { first, has, type Bucket } from './cues';
import { KI } from './lexicon';
import type { NumberHit } from './numbers';
import { AWARD_RE } from './relay';

export const QUESTION_START_RE = new RegExp(
  '^(?:apakah|benarkah|betulkah|bener ?gak|bener ?nggak|is it true|has anyone|have you|do you|does anyone|' +
    'did you|can you|could you|would you|what|when|where|why|how|who|which)\\b',
);
export const GREETING_START_RE = new RegExp(
  '^(?:selamat|terima kasih|makasih|thank|thanks|good (?:morning|afternoon|evening|night)|halo|hallo|hai|hello|' +
    'hi|hey|assalamu|salam|happy|congrat|welcome|dirgahayu|sugeng|wilujeng)\\b',
);
/** rhetorical questions that assert their content */
export const RHETORICAL_RE = /^(?:bukankah|bukannya|isn't it true|wasn't it)\b/;

/** A first-person pronoun in the writer's own voice: before any colon or opening quote (after it, someone is quoted). */
export function ownVoice(b: Bucket, text: string, sStart: number): boolean {
  const p = b[KI.firstSg]?.[0]?.start ?? -1;
  const q = b[KI.firstPl]?.[0]?.start ?? -1;
  const at = p < 0 ? q : q < 0 ? p : Math.min(p, q);
  if (at < 0) return false;
  for (let i = sStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 34 || c === 0x201c) return false;
  }
  return true;
}

/** The sentence ends with "?" once closing quotes, brackets and emoji are set aside. */
export function endsWithQuestion(text: string, start: number, end: number): boolean {
  for (let e = end - 1; e >= start; e--) {
    const c = text.charCodeAt(e);
    if (c === 63 || c === 0xff1f) return true;
    if (
      c === 32 ||
      c === 34 ||
      c === 39 ||
      c === 41 ||
      c === 93 ||
      c === 0x201d ||
      c === 0x2019 ||
      c === 0xfe0f ||
      c === 0x200d ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0x2600 && c <= 0x27bf)
    )
      continue;
    return false;
  }
  return false;
}

/**
 * Words in lower[start, end), counting stops at `cap`: callers only compare against small
 * thresholds, so a long sentence need not be read to its end.
 */
export function countWords(lower: string, start: number, end: number, cap: number): number {
  let w = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const isW = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
    if (isW && !inWord && ++w >= cap) return w;
    inWord = isW;
  }
  return w;
}

/** One sentence as every kind's decider sees it. */
export interface SentenceView {
  text: string;
  lower: string;
  s: Range;
  /** the sentence, lower-cased */
  sent: string;
  b: Bucket;
  nums: NumberHit[];
  question: boolean;
  wish: boolean;
  greeting: boolean;
  polite: boolean;
  opinion: boolean;
  firstPerson: boolean;
  experience: boolean;
  debunk: boolean;
  /** the post reads as an office's own notice (computed once per post, on demand) */
  officialNotice: () => boolean;
  /** how many families of the office's own voice the post carries (computed once per post, on demand) */
  voice: () => number;
  /** an award the office received is named here (read once, on demand: relay.ts and the unverified decider ask) */
  award: () => boolean;
  /** a verified fact of the office matched a figure here */
  factMatched: boolean;
}

/** What every sentence of a post shares: the texts and the post-level readings (lazy where costly). */
export interface PostView {
  text: string;
  lower: string;
  debunkPost: boolean;
  officialNotice: () => boolean;
  voice: () => number;
}

export function readSentence(post: PostView, s: Range, b: Bucket, nums: NumberHit[]): SentenceView {
  const { text, lower } = post;
  const sent = lower.slice(s.start, s.end);
  // a long sentence that only ends in a question still asserts what comes before it
  // "bukankah …?" asserts rather than asks
  const question =
    ((endsWithQuestion(text, s.start, s.end) && countWords(lower, s.start, s.end, 14) < 14) || QUESTION_START_RE.test(sent)) && !RHETORICAL_RE.test(sent);
  const firstPerson = ownVoice(b, text, s.start);
  let award: boolean | undefined;
  return {
    text,
    lower,
    s,
    sent,
    b,
    nums,
    question,
    wish: has(b, KI.wish),
    greeting: GREETING_START_RE.test(sent),
    polite: has(b, KI.polite) && first(b, KI.polite)!.start - s.start < 24,
    opinion: has(b, KI.opinion),
    firstPerson,
    experience: firstPerson && has(b, KI.experience),
    debunk: has(b, KI.debunk) || post.debunkPost,
    officialNotice: post.officialNotice,
    voice: post.voice,
    award: () => (award ??= AWARD_RE.test(sent)),
    factMatched: false,
  };
}
