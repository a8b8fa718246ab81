/** claim.policy: announcements of policy or aid — a policy subject with a change, a date or eligibility. */
import { candidate, type Candidate } from '../candidate';
import { first, has } from '../cues';
import { KI } from '../lexicon';
import { isServiceNotice } from '../notice';
import type { SentenceView } from '../sentence';

const FUTURE_RE = /(?<![a-z])(?:akan|bakal|segera|will|shall|going to)(?![a-z])/;

export function policy(v: SentenceView, cands: Candidate[]): void {
  const { b, s, sent } = v;
  if (!has(b, KI.policyNoun) || !has(b, KI.policyChange) || v.wish || v.greeting) return;
  const pn = first(b, KI.policyNoun)!;
  const pc = first(b, KI.policyChange)!;
  // "kami akan menyalurkan bantuan …" is the writer's own promise (the commitment rule's), not a rumour
  const isCommitment = v.firstPerson && FUTURE_RE.test(sent);
  // an office's service notice (hours, outages, closures with their times) is its own information
  const quiet = isCommitment || isServiceNotice(sent);
  cands.push(
    candidate(
      v.text,
      s,
      'policy',
      quiet ? 'info' : 'warning',
      Math.min(pn.start, pc.start) > s.start + 40 ? Math.min(pn.start, pc.start) : s.start,
      s.end,
      quiet ? 0.4 : 0.75,
    ),
  );
}
