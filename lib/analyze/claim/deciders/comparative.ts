/** claim.comparative: a trend of a subject, a scoped superlative, a ranking against others. */
import { candidate, type Candidate } from '../candidate';
import { first, has, type Hit } from '../cues';
import { KI } from '../lexicon';
import { CONTEST_RE } from '../relay';
import type { SentenceView } from '../sentence';

export function comparative(v: SentenceView, cands: Candidate[]): void {
  const { b, lower, sent, s } = v;
  const trend = first(b, KI.trend);
  const subj = first(b, KI.statSubj);
  const sup = first(b, KI.superlative);
  const rank = first(b, KI.ranking);
  const scoped = sup && has(b, KI.scope);
  if (!((trend && subj) || scoped || rank)) return;
  const parts = [trend, subj, scoped ? sup : undefined, rank].filter((h): h is Hit => !!h);
  const st = Math.min(...parts.map((h) => h.start));
  const en = Math.max(...parts.map((h) => h.end));
  const weak = v.opinion || v.wish || v.greeting;
  const c = candidate(v.text, s, 'comparative', weak ? 'info' : 'warning', st, Math.max(en, Math.min(s.end, en + 24)), weak ? 0.3 : 0.7);
  // "login pertama kali" is a first time, not a first place
  // a competition's result names its own source (the contest): "meraih juara umum tingkat provinsi"
  c.ranking = (!!scoped || (!!rank && !lower.startsWith('pertama kali', rank.start))) && !CONTEST_RE.test(sent);
  cands.push(c);
}
