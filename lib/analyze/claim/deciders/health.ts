/** claim.health: health claims in the style of hoaxes (miracle cures, home remedies, vaccine harm). */
import { candidate, type Candidate } from '../candidate';
import { first, has } from '../cues';
import { KI } from '../lexicon';
import type { SentenceView } from '../sentence';

export function health(v: SentenceView, cands: Candidate[]): void {
  const { b, sent, lower, s, firstPerson } = v;
  const disease = has(b, KI.disease) || has(b, KI.serious);
  const strong = first(b, KI.healthStrong);
  const cause = first(b, KI.healthCause);
  const antiVax = first(b, KI.antiVax);
  const vaxHarm = has(b, KI.serious) && has(b, KI.disease) && /vaksin|imunisasi|vaccin/.test(sent);
  const selfHealth = has(b, KI.healthClaim) && !firstPerson;
  const foodDanger = has(b, KI.remedy) && has(b, KI.serious) && !firstPerson;
  if (
    selfHealth ||
    foodDanger ||
    antiVax ||
    (strong && (disease || has(b, KI.remedy))) ||
    (cause && has(b, KI.serious) && (has(b, KI.remedy) || vaxHarm || !firstPerson)) ||
    vaxHarm
  ) {
    const cueAt = strong ?? cause ?? antiVax;
    const negated = cueAt
      ? /(?:tidak|tak|bukan|belum|not|no|never|doesn't|don't)\s(?:\S+\s)?$/.test(lower.slice(Math.max(s.start, cueAt.start - 16), cueAt.start))
      : false;
    if (negated && !antiVax) cands.push(candidate(v.text, s, 'health', 'info', s.start, s.end, 0.3));
    else cands.push(candidate(v.text, s, 'health', has(b, KI.remedy) || antiVax ? 'danger' : 'warning', s.start, s.end, 0.85));
  }
}
