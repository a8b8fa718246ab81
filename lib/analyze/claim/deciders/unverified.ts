/** claim.unverified: a bare assertion about others — who did what, "ternyata", a warning about a crime. */
import { candidate, type Candidate } from '../candidate';
import { first, has } from '../cues';
import { hasNamedEntity } from '../entity';
import { KI } from '../lexicon';
import { INVITE_START_RE, isServiceNotice, isShouting, OFFICE_OR_REQUEST_RE, OPERATIONAL_REASON_IN_RE } from '../notice';
import { countWords, type SentenceView } from '../sentence';

/**
 * Does a sentence with no other claim read as a bare assertion about others? A score of cues:
 * an event, a reveal, a named actor, an alarm, sensational words, shouting; minus invitations,
 * the office's own agenda and requests. It takes 2 points (1 in a sentence of six words or more).
 * The costly checks (regexes over the sentence, the capitals count) run only while they can
 * still change the outcome; the result is the same as adding every term up. 2 = strong (two
 * signs or more), 1 = weak (one sign in a longer sentence), 0 = not an assertion to check.
 */
function assertsUnverified(v: SentenceView): 0 | 1 | 2 {
  const { b, text, lower, sent } = v;
  const { start, end } = v.s;
  const words = countWords(lower, start, end, 6);
  if (words < 4) return 0;
  const need = words >= 6 ? 1 : 2;
  const actor = has(b, KI.publicActor);
  const named = hasNamedEntity(text, start, end);
  const entity = actor || named;
  const alarm = has(b, KI.alarm);
  let score = 0;
  if (has(b, KI.eventVerb)) score += 1;
  if (has(b, KI.reveal)) score += 1;
  if (entity) score += 1;
  if (alarm) score += 1;
  if (alarm && has(b, KI.imperative)) score += 1;
  if (has(b, KI.copula) && entity) score += 0.5;
  if (actor && named) score += 0.5;
  if (has(b, KI.sensational)) score += 1;
  // shouting adds at most 1; the penalties only subtract
  if (score + 1 < need) return 0;
  const expStart = (first(b, KI.expStart)?.start ?? -1) === start;
  if (expStart || INVITE_START_RE.test(sent)) score -= 2;
  // the office reporting its own activity, or asking something of the reader, is not a rumour
  if (OFFICE_OR_REQUEST_RE.test(sent) || v.award()) score -= 2;
  // a service notice or the office's staff at work is the office's own information
  if (isServiceNotice(sent) || OPERATIONAL_REASON_IN_RE.test(sent)) score -= 2;
  if (score + 1 < need) return 0;
  if (score < need) {
    if (!isShouting(text, start, end)) return 0;
    score += 1;
  }
  return score >= 2 ? 2 : 1;
}

/** Only when no other kind spoke, and the sentence asserts in the writer's plain voice. */
export function unverified(v: SentenceView, cands: Candidate[]): void {
  if (cands.length || v.question || v.wish || v.greeting || v.polite || v.opinion || v.firstPerson || v.debunk) return;
  const { text, s } = v;
  const level = assertsUnverified(v);
  // in a post that reads as the office's own notice, a weak assertion is most likely its own
  // information: a quiet note; a strong one (rumour-like) still warns
  if (level === 2) cands.push(candidate(text, s, 'unverified', 'warning', s.start, s.end, 0.6));
  else if (level === 1 && !v.officialNotice()) cands.push(candidate(text, s, 'unverified', 'warning', s.start, s.end, 0.55));
  else if (level === 1) cands.push(candidate(text, s, 'unverified', 'info', s.start, s.end, 0.3));
}
