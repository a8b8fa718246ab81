/** claim.statistic: figures and amounts; a vague quantity with a trend or a policy subject. */
import { candidate, type Candidate } from '../candidate';
import { first, has } from '../cues';
import { KI } from '../lexicon';
import { LOCAL_SCOPE_RE } from '../provenance';
import type { SentenceView } from '../sentence';

export function statistic(v: SentenceView, cands: Candidate[]): void {
  const { b, lower, sent, s } = v;
  const stat = v.nums.find((h) => h.stat);
  if (stat) {
    const strongStat = stat.cls === 'pct' || stat.cls === 'money' || stat.cls === 'decimal';
    const soft = v.experience && !strongStat;
    // a count of what the office handled in its own area ("40 warga dari 8 desa", "150 unit") is its own figure
    // (millions are not a local count)
    const ownCount =
      stat.cls === 'count' &&
      !has(b, KI.trend) &&
      !has(b, KI.statSubj) &&
      (v.voice() > 0 || LOCAL_SCOPE_RE.test(sent)) &&
      !/juta|miliar|triliun|million|billion/.test(lower.slice(stat.start, stat.end + 8));
    const quiet = soft || v.factMatched || ownCount;
    const c = candidate(v.text, s, 'statistic', quiet ? 'info' : 'warning', stat.start, stat.end, quiet ? 0.3 : 0.8);
    c.trendFigure = strongStat && (has(b, KI.trend) || has(b, KI.statSubj));
    c.count = !strongStat && !has(b, KI.trend) && !has(b, KI.statSubj);
    cands.push(c);
  } else {
    const vq = first(b, KI.vagueQty);
    if (vq && (has(b, KI.trend) || has(b, KI.statSubj) || has(b, KI.policyNoun)) && !v.experience)
      cands.push(candidate(v.text, s, 'statistic', 'warning', vq.start, vq.end, 0.6));
  }
}
