import type { Finding } from '../analyze/types';
import type { CapturedCommitment } from '../messages/types';

/** The commitment findings of a sent text, as the records the store keeps. */
export function toCaptured(findings: readonly Finding[], text: string): CapturedCommitment[] {
  return findings
    .filter((f) => f.category === 'commitment')
    .map((f) => ({
      text: sentenceAround(text, f.start, f.end),
      action: (f.action ?? text.slice(f.start, f.end)).trim().slice(0, 500),
      deadlinePhrase: f.deadlinePhrase ?? '',
      due: f.due ?? null,
      precision: f.precision ?? (f.due ? 'day' : 'none'),
      vague: Boolean(f.vague),
      start: f.start,
      end: f.end,
    }));
}

/** The sentence holding [start, end), at most 500 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]) && start - s < 250) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]) && e - end < 250) e++;
  if (e < text.length && /[.!?]/.test(text[e])) e++;
  return text.slice(s, e).trim();
}
