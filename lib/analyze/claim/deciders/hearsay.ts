/** claim.hearsay: "katanya", "beredar", "info dari grup", "menurut para ahli" — a source nobody can check. */
import { candidate, type Candidate } from '../candidate';
import { first } from '../cues';
import { KI } from '../lexicon';
import type { SentenceView } from '../sentence';

export function hearsay(v: SentenceView, cands: Candidate[]): void {
  const hs = first(v.b, KI.hearsay) ?? first(v.b, KI.vagueAuthority);
  if (hs) cands.push(candidate(v.text, v.s, 'hearsay', v.debunk ? 'info' : 'warning', hs.start, v.s.end, v.debunk ? 0.3 : 0.85));
}
