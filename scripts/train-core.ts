/**
 * Deterministic logistic regression over the hashed features of lib/analyze/learned/features.ts.
 * Seeded shuffle (mulberry32), fixed epochs, plain SGD with L2 on touched weights: the same samples in
 * the same order give byte-identical packed weights.
 */
import { extract, MAX_FEATS } from '../lib/analyze/learned/features';
import { toBase64, type Packed } from '../lib/analyze/learned/model';
import { foldLower, splitSentences } from '../lib/analyze/text/fold';
import { tokenize } from '../lib/analyze/tone/normalize';
import { mulberry32 } from '../lib/random';

export interface Vec {
  idx: Int32Array;
}

/** Feature hashes of a whole text (training treats a text as one span). */
export function featurize(text: string): Vec {
  const toks = tokenize(foldLower(text));
  const out = new Int32Array(MAX_FEATS);
  const src = new Int32Array(MAX_FEATS);
  const n = extract(toks, 0, toks.length, out, src);
  return { idx: out.slice(0, n) };
}

/** Feature hashes of each sentence (as inference sees them): negatives' sentences are negatives too. */
export function featurizeSentences(text: string): Vec[] {
  const toks = tokenize(foldLower(text));
  const out = new Int32Array(MAX_FEATS);
  const src = new Int32Array(MAX_FEATS);
  const vs: Vec[] = [];
  let t = 0;
  const sents = splitSentences(text);
  if (sents.length < 2) return vs;
  for (const s of sents) {
    while (t < toks.length && toks[t].e <= s.start) t++;
    let b = t;
    while (b < toks.length && toks[b].s < s.end) b++;
    if (b > t) vs.push({ idx: out.slice(0, extract(toks, t, b, out, src)) });
    t = b;
  }
  return vs;
}


export interface TrainOptions {
  buckets: number;
  epochs?: number;
  lr?: number;
  l2?: number;
  seed?: number;
  /** weight of positive examples (class balance) */
  posWeight?: number;
}

export function trainBinary(xs: readonly Vec[], ys: readonly boolean[], o: TrainOptions): Packed {
  const mask = o.buckets - 1;
  const w = new Float64Array(o.buckets);
  let bias = 0;
  const epochs = o.epochs ?? 12;
  const lr0 = o.lr ?? 0.5;
  const l2 = o.l2 ?? 1e-4;
  const pw = o.posWeight ?? 1;
  const rnd = mulberry32(o.seed ?? 14);
  const order = Array.from(xs.keys());
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    const lr = lr0 / (1 + e);
    for (const k of order) {
      const idx = xs[k].idx;
      const n = idx.length;
      const v = n ? 1 / Math.sqrt(n) : 0;
      let z = bias;
      for (let i = 0; i < n; i++) z += w[idx[i] & mask] * v;
      const p = 1 / (1 + Math.exp(-z));
      const y = ys[k] ? 1 : 0;
      const g = (p - y) * (y ? pw : 1);
      bias -= lr * g * 0.1;
      for (let i = 0; i < n; i++) {
        const b = idx[i] & mask;
        w[b] -= lr * (g * v + l2 * w[b]);
      }
    }
  }
  return pack(w, bias);
}

/** int8 with one scale; values rounded half away from zero, the scale to 6 significant digits. */
export function pack(w: Float64Array, bias: number): Packed {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? Number((max / 127).toPrecision(6)) : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
  return { buckets: w.length, bias: Number(bias.toFixed(6)), scale, w: toBase64(new Uint8Array(q.buffer)) };
}
