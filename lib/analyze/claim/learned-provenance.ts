/**
 * A learned second opinion on provenance (issue 13): "is this the office's own voice, or relayed from
 * others?" A logistic regression over the hashed word and character n-grams of the learned layer
 * (../learned/features.ts), trained by scripts/train-provenance.ts on licensed tune data only: office posts
 * of several writers (own voice) against relayed posts, citizens' messages and check-worthy claims.
 *
 * It is a gate, not a rule: a claim warning of a softer kind (a bare assertion, a figure, a cause, a
 * policy, an absolute) stays only when the rules AND the model agree that it passes on someone else's
 * information. Strong cues never ask the model: hearsay, share-bait, miracle cures, a ranking against
 * others, and a sentence whose actor the rules read as an outside authority (./relay.ts). The office's
 * own figure stays a quiet note.
 *
 * Score = MIX · logit(sentence) + (1 − MIX) · logit(post); relayed when the score ≥ THRESHOLD, or
 * THRESHOLD_NO_VOICE in a post without a single mark of the office's voice. MIX and THRESHOLD were chosen
 * by cross-validation on the tune data (scripts/train-provenance.ts --cv); the no-voice threshold is the
 * one guarded by hoax-tweet recall (docs in tests/fixtures/corpus/README.md). Linear: one pass of feature
 * hashing over the tokens the tone rules already made, once per post where a softer claim fired.
 */
import { extract, MAX_FEATS } from '../learned/features';
import { logit, unpack, type Model, type Packed } from '../learned/model';
import { viewOf, type Tok } from '../tone/normalize';
import type { Candidate } from './candidate';
import raw from './provenance-weights.json';

export interface ProvenanceWeights {
  version: number;
  model: Packed;
}

/** Chosen by cross-validation on the tune data (scripts/train-provenance.ts --cv). */
export const PROVENANCE_THRESHOLD = -3;
export const PROVENANCE_MIX = 0;
const EXTERNAL_STRONG = true;
/**
 * A post without a single mark of the office's voice (./provenance.ts) reads like a citizen's relayed
 * hoax, and the model was trained on no such tweets: there the model must be much surer.
 */
export const PROVENANCE_THRESHOLD_NO_VOICE = -5;
/** A post without a voice mark that still reads like a report (./provenance.ts reportMark). */
export const PROVENANCE_THRESHOLD_REPORT = -1;
/**
 * A figure in a post without any mark of the office's voice: the model may be less sure
 * (an office's own figures and notices read like reports, and hoax tweets rarely carry them without a
 * stronger cue). [with voice, without]; chosen by leave-one-writer-out CV bounded by hoax-tweet recall.
 */
export const PROVENANCE_BY_KIND: Record<string, readonly [number, number, number?]> = {
  statistic: [PROVENANCE_THRESHOLD, -4],
  // a sum or share said to reach a level asks for its source by the rules (./relay.ts): the model must be surer
  trend: [-4.5, PROVENANCE_THRESHOLD_NO_VOICE],
  // "tidak pernah" in the office's voice is most often its own practice ("Disdukcapil tidak pernah meminta …")
  absolute: [-2, PROVENANCE_THRESHOLD_NO_VOICE],
};

const MODEL: Model = unpack((raw as ProvenanceWeights).model);

/** Kinds whose cue alone is enough: the model is never asked about them. */
const STRONG = new Set<string>(['hearsay', 'share_bait', 'health', 'contradicts_fact']);

const FEATS = new Int32Array(MAX_FEATS);
const SRC = new Int32Array(MAX_FEATS);

function spanLogit(m: Model, toks: readonly Tok[], a: number, b: number): number {
  return logit(m, FEATS, extract(toks, a, b, FEATS, SRC));
}

/** Logits of one post: the whole post once (lazily), any sentence on demand. */
export class ProvenanceScorer {
  private postZ: number | undefined;
  readonly toks: readonly Tok[];
  constructor(
    text: string,
    lower: string,
    private readonly m: Model = provenanceGate.model,
    toks?: readonly Tok[],
  ) {
    this.toks = toks ?? viewOf(text, lower).toks;
  }

  post(): number {
    return (this.postZ ??= spanLogit(this.m, this.toks, 0, this.toks.length));
  }

  /** logit of the tokens inside [start, end) */
  sentence(start: number, end: number): number {
    const toks = this.toks;
    // first token ending after start (binary search), then up to the end of the sentence
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].e <= start) lo = mid + 1;
      else hi = mid;
    }
    let b = lo;
    while (b < toks.length && toks[b].s < end) b++;
    return spanLogit(this.m, toks, lo, b);
  }

  score(start: number, end: number, mix = PROVENANCE_MIX): number {
    const s = mix > 0 ? this.sentence(start, end) : 0;
    const p = mix < 1 ? this.post() : 0;
    return mix * s + (1 - mix) * p;
  }
}

/**
 * Settings of the gate. Only the training script's cross-validation changes them (a fold's model, a
 * threshold on the grid, the gate off to see what the rules alone warn on).
 */
export const provenanceGate: {
  enabled: boolean;
  model: Model;
  threshold: number;
  mix: number;
  /** a sentence whose actor the rules read as an outside authority keeps its warning */
  externalStrong: boolean;
  /** the threshold in a post without a single mark of the office's voice (./provenance.ts) */
  threshold0: number;
  /** the threshold in a post with no voice mark but the mark of a report (a date, a press-release opening) */
  thresholdReport: number;
  /** per kind of claim ('unverified1' = a single-sign bare assertion): [with voice, without, report mark only], overriding the above */
  byKind: Record<string, readonly [number, number, number?]>;
} = {
  enabled: true,
  model: MODEL,
  threshold: PROVENANCE_THRESHOLD,
  mix: PROVENANCE_MIX,
  externalStrong: EXTERNAL_STRONG,
  threshold0: PROVENANCE_THRESHOLD_NO_VOICE,
  thresholdReport: PROVENANCE_THRESHOLD_REPORT,
  byKind: PROVENANCE_BY_KIND,
};

/** A candidate whose cue alone is enough: hearsay, share-bait, a miracle cure, a ranking against others. */
function strong(c: Candidate): boolean {
  return STRONG.has(c.kind) || (c.kind === 'comparative' && c.ranking === true);
}

/** Does any candidate need the model's opinion (a softer kind at warning level)? */
export function needsProvenance(cands: readonly Candidate[]): boolean {
  for (const c of cands) if (c.severity !== 'info' && !strong(c)) return true;
  return false;
}

/**
 * The model reads the sentence as the office's own voice: drop the softer kinds; the office's own
 * figure stays a quiet note. Strong cues stay as they are.
 */
export function keepOwnVoice(cands: Candidate[], own: (c: Candidate) => boolean = () => true): void {
  let w = 0;
  for (const c of cands) {
    if (c.severity !== 'info' && !strong(c) && own(c)) {
      if (c.kind !== 'statistic') continue;
      c.severity = 'info';
      c.confidence = 0.3;
    }
    cands[w++] = c;
  }
  cands.length = w;
}

/**
 * Gate the candidates of sentence [start, end) of a post, in place. `external`: the rules read an
 * outside authority as the sentence's actor (./relay.ts), asked only when needed.
 */
export function gateByProvenance(cands: Candidate[], scorer: () => ProvenanceScorer, start: number, end: number, external: () => boolean, voice: () => number): void {
  const g = provenanceGate;
  if (!g.enabled || !cands.length || !needsProvenance(cands)) return;
  if (g.externalStrong && external()) return;
  const z = scorer().score(start, end, g.mix);
  // 0: the office's voice, 1: no mark at all, 2: only the mark of a report
  const level = voice();
  const v = level >= 1 ? 0 : level < 0 ? 2 : 1;
  const common = v === 0 ? g.threshold : v === 1 ? g.threshold0 : g.thresholdReport;
  keepOwnVoice(cands, (c) => z < (g.byKind[kindKey(c)]?.[v] ?? common));
}

/** The key of a candidate's threshold: its kind, a single-sign bare assertion apart. */
function kindKey(c: Candidate): string {
  if (c.kind === 'unverified' && c.confidence < 0.6) return 'unverified1';
  // a sum or share said to reach a level or a trend ("mencapai", "naik") keeps the common threshold
  if (c.kind === 'statistic' && c.trendFigure) return 'trend';
  if (c.kind === 'statistic' && c.count) return 'count';
  return c.kind;
}
