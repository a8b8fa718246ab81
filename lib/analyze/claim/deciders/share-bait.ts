/** claim.share_bait: "sebarkan!", "viralkan", "ketik amin" — a call to spread, even in a question. */
import { candidate, type Candidate } from '../candidate';
import { first } from '../cues';
import { KI } from '../lexicon';
import type { SentenceView } from '../sentence';

export function shareBait(v: SentenceView, cands: Candidate[]): void {
  const sh = first(v.b, KI.share);
  if (!sh) return;
  // a question asks rather than asserts; only a call to spread is still worth a word ("boleh dibantu share?" is not one)
  if (v.question) {
    if (!/boleh|bisa|dibantu/.test(v.sent)) cands.push(candidate(v.text, v.s, 'share_bait', 'warning', sh.start, sh.end, 0.7));
  } else cands.push(candidate(v.text, v.s, 'share_bait', 'warning', sh.start, sh.end, 0.9));
}
