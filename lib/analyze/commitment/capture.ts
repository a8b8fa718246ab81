/**
 * What the content script sends to the store when a post is really sent: one CapturedCommitment per
 * commitment finding, with the sentence that holds it.
 */
import type { CapturedCommitment } from '../../messages/types';
import { sentenceAt, splitSentences } from '../text/fold';
import type { DatePrecision, Finding, RawFinding } from '../types';

type CommitmentLike = Pick<Finding | RawFinding, 'category' | 'start' | 'end' | 'due' | 'vague' | 'precision' | 'deadlinePhrase' | 'action'>;

export function toCaptured(findings: ReadonlyArray<CommitmentLike>, text: string): CapturedCommitment[] {
  const out: CapturedCommitment[] = [];
  if (typeof text !== 'string' || !text) return out;
  const sentences = splitSentences(text);
  const seen = new Set<string>();
  for (const f of findings) {
    if (out.length >= 50) break;
    if (f.category !== 'commitment') continue;
    const start = Math.max(0, Math.min(text.length, f.start | 0));
    const end = Math.max(start, Math.min(text.length, f.end | 0));
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentenceAt(sentences, start);
    const sentence = (s ? text.slice(s.start, Math.max(s.end, end)) : text.slice(start, end)).trim();
    const due = typeof f.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.due) ? f.due : null;
    const precision: DatePrecision = due ? (f.precision && f.precision !== 'none' ? f.precision : 'day') : 'none';
    // bounded to what the store accepts (lib/messages/schema.ts), so one huge sentence cannot make the
    // whole capture be refused
    out.push({
      text: (sentence || text.slice(start, end)).slice(0, 2000),
      action: (f.action || text.slice(start, end)).trim().slice(0, 500),
      deadlinePhrase: (f.deadlinePhrase ?? '').slice(0, 300),
      due,
      precision,
      vague: Boolean(f.vague),
      start,
      end,
    });
  }
  return out;
}
