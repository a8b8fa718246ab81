/** claim.absolute: absolutes and guarantees ("dijamin", "100 %", "tidak pernah"), with a softer wording as the fix. */
import { candidate, matchCase, type Candidate } from '../candidate';
import { all, has } from '../cues';
import { KI, softenAbsolute } from '../lexicon';
import type { SentenceView } from '../sentence';

/** "pasti" after "belum/tidak/kurang" is a hedge; "kami pasti …" is a promise (the commitment rule's) */
const PASTI_HEDGE_BEFORE_RE = /(?:belum|tidak|tak|kurang|gak|nggak|ga|blm|tdk|kepastian)\s$/;
const PASTI_PROMISE_RE = /(?:kami|saya|kita|aku)\s(?:\S+\s)?$/;
const PASTI_PROMISE_AFTER_RE = /^\s(?:kami|saya|kita|aku|akan)\b/;

export function absolute(v: SentenceView, cands: Candidate[]): void {
  const { b, lower, text, s } = v;
  if (!has(b, KI.absolute) || v.wish || v.greeting) return;
  for (const a of all(b, KI.absolute)!) {
    const cue = lower.slice(a.start, a.end);
    // "PASTI: Profesional, Akuntabel, …" is a motto spelled out, not a guarantee
    if (text.slice(a.start, a.end) === cue.toUpperCase() && text.charCodeAt(a.end) === 58) continue;
    if (cue === 'pasti' || cue === 'sudah pasti') {
      const before = lower.slice(Math.max(s.start, a.start - 16), a.start);
      if (PASTI_HEDGE_BEFORE_RE.test(before) || PASTI_PROMISE_RE.test(before) || PASTI_PROMISE_AFTER_RE.test(lower.slice(a.end, a.end + 8))) continue;
    }
    if ((cue.endsWith('pernah') || cue.endsWith('pernah ada')) && /(?<![a-z])(?:saya|aku|gue|gua|gw|i)(?![a-z])/.test(lower.slice(s.start, a.start))) continue;
    const en = /^[a-z0-9 %]*$/.test(cue) && /^(?:never|guarantee|100 percent|completely|not a single|zero)/.test(cue);
    const sugg = softenAbsolute(cue, en);
    const suggestion = sugg !== undefined ? matchCase(text.slice(a.start, a.end), sugg) : undefined;
    cands.push(candidate(text, s, 'absolute', 'warning', a.start, a.end, 0.75, suggestion));
    break;
  }
}
