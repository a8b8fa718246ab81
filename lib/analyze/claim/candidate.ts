/** A claim candidate of one sentence, which one is shown, and the finding it becomes. */
import type { RawFinding, Severity } from '../types';
import type { Range } from '../text/fold';
import { claimMsg, debunkMsg, softMsg, type ClaimKind } from './messages';

export interface Candidate {
  kind: ClaimKind;
  severity: Severity;
  start: number;
  end: number;
  /** the text the message quotes */
  part: string;
  suggestion?: string;
  confidence: number;
  /** up to 40 characters of the lower-cased sentence before the claim part */
  before: string;
  /** a statistic that claims a level or a trend (a sum or a share that "mencapai", "naik" …) */
  trendFigure?: boolean;
  /** a statistic that is a bare count of things (no share, money, decimal, trend) */
  count?: boolean;
  /** a ranking against others ("terbaik di Sumatera Utara", "peringkat 1 nasional") */
  ranking?: boolean;
}

/** Lower number = shown first when a sentence holds several kinds. */
const PRIORITY: Record<ClaimKind, number> = {
  contradicts_fact: 0,
  health: 1,
  share_bait: 2,
  hearsay: 3,
  policy: 4,
  statistic: 5,
  comparative: 6,
  causal: 7,
  absolute: 8,
  unverified: 9,
};

/**
 * A claim part, its end pulled back to the sentence end without its closing punctuation. (That end
 * is worked out here, per candidate, since most sentences yield none.)
 */
export function candidate(
  text: string,
  sentence: Range,
  kind: ClaimKind,
  severity: Severity,
  start: number,
  end: number,
  confidence: number,
  suggestion?: string,
): Candidate {
  const sentEnd = trimEnd(text, sentence.start, sentence.end);
  const e = Math.min(end, sentEnd) > start ? Math.min(end, sentEnd) : end;
  return {
    kind,
    severity,
    start,
    end: e,
    part: text.slice(start, e),
    confidence,
    suggestion,
    before: text.slice(Math.max(sentence.start, start - 40), start).toLowerCase(),
  };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 46 || c === 44 || c === 33 || c === 58 || c === 59) e--;
    else break;
  }
  return e;
}

export function pickMain(cands: Candidate[]): Candidate {
  let best = cands[0];
  for (const c of cands) {
    const sevC = c.severity === 'info' ? 1 : 0;
    const sevB = best.severity === 'info' ? 1 : 0;
    if (sevC < sevB || (sevC === sevB && PRIORITY[c.kind] < PRIORITY[best.kind])) best = c;
  }
  return best;
}

export function toRaw(c: Candidate, debunk: boolean): RawFinding {
  const msg = debunk
    ? debunkMsg(c.part)
    : c.severity === 'info' && (c.kind === 'policy' || c.confidence < 0.5)
      ? softMsg(c.kind, c.part)
      : claimMsg(c.kind, c.part, { suggestion: c.suggestion });
  const f: RawFinding = {
    rule: `claim.${c.kind}`,
    category: 'claim',
    severity: c.severity,
    start: c.start,
    end: c.end,
    msg,
    confidence: c.confidence,
  };
  if (c.suggestion !== undefined) f.suggestion = c.suggestion;
  return f;
}

/** Keep the capitalisation of the replaced words: "Dijamin" → "Dirancang untuk". */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return replacement.toUpperCase();
  const c = original.charCodeAt(0);
  if (c >= 65 && c <= 90) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
