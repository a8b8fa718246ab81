import type { Candidate } from '../candidate';
import type { SentenceView } from '../sentence';

/** One kind of claim: reads a sentence and adds its candidates (at most one or two). Pure. */
export type ClaimDecider = (v: SentenceView, cands: Candidate[]) => void;
