/** claim.causal: a cause asserted ("karena", "akibat"), unless it is a connector or the office's own operational reason. */
import { candidate, type Candidate } from '../candidate';
import { all, has, type Bucket, type Hit } from '../cues';
import { KI } from '../lexicon';
import { OPERATIONAL_REASON_RE } from '../notice';
import type { SentenceView } from '../sentence';

/** connectors that look causal but are not a claim: "karena itu", "oleh karena itu" */
const CAUSAL_CONNECTOR_AFTER_RE = /^\s?(?:itu|ini|itulah|inilah)\b/;

/** The first causal cue that is not a connector ("karena itu") nor an operational reason ("karena perbaikan"). */
function firstCausal(b: Bucket, lower: string): Hit | undefined {
  const hits = all(b, KI.causal);
  if (hits === undefined) return undefined;
  for (const h of hits) {
    if (CAUSAL_CONNECTOR_AFTER_RE.test(lower.slice(h.end, h.end + 8))) continue;
    // "ditutup karena perbaikan": the office giving its own operational reason is not a causal claim
    if (OPERATIONAL_REASON_RE.test(lower.slice(h.end, h.end + 40))) continue;
    return h;
  }
  return undefined;
}

export function causal(v: SentenceView, cands: Candidate[]): void {
  const { b, lower, s } = v;
  const c = !v.polite && !v.wish && !v.greeting ? firstCausal(b, lower) : undefined;
  if (!c) return;
  const personal = has(b, KI.firstSg) && lower.slice(s.start, c.start).search(/(?<![a-z])(?:saya|aku|gue|gua|gw|i)(?![a-z])/) >= 0;
  if (!personal) cands.push(candidate(v.text, s, 'causal', v.opinion ? 'info' : 'warning', c.start, s.end, v.opinion ? 0.3 : 0.7));
}
