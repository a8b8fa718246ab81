/**
 * The shipped weights: int8 per bucket with one scale per model, base64 in weights.json.
 * Score of a span = bias + scale · Σ w[h & (buckets − 1)] / √n over its n feature hashes.
 */
export interface Packed {
  buckets: number;
  bias: number;
  scale: number;
  /** base64 of an Int8Array of length `buckets` */
  w: string;
}

export interface WeightsFile {
  version: number;
  neutrality: Packed;
  /**
   * One head per subtle kind (labels: condescending, dismissive, sarcasm, threat, sara), each trained as
   * "this kind vs every polite text and sentence" (2026-12-06, tone3: replaced one rude/polite head + a
   * subtype classifier; 5-fold CV on the tune split, docs/model-card.md).
   */
  heads: { labels: string[]; models: Packed[] };
}

export interface Model {
  mask: number;
  bias: number;
  scale: number;
  w: Int8Array;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 decoder (no atob: the analyzer also runs in Node and workers). */
export function fromBase64(s: string): Uint8Array {
  const map = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) map[B64.charCodeAt(i)] = i;
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | map[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return s;
}

export function unpack(p: Packed): Model {
  const bytes = fromBase64(p.w);
  const w = new Int8Array(p.buckets);
  w.set(new Int8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, p.buckets)));
  return { mask: p.buckets - 1, bias: p.bias, scale: p.scale, w };
}

/** Logit of the span whose n feature hashes are feats[0..n). */
export function logit(m: Model, feats: Int32Array, n: number): number {
  if (n === 0) return m.bias;
  let s = 0;
  for (let i = 0; i < n; i++) s += m.w[feats[i] & m.mask];
  return m.bias + (m.scale * s) / Math.sqrt(n);
}

/** Several models with the same bucket count, weights interleaved (bucket h, model k at h·K + k): one cache line per feature. */
export interface Heads {
  K: number;
  mask: number;
  wi: Int8Array;
  bias: Float64Array;
  scale: Float64Array;
}
export function interleave(models: readonly Model[]): Heads {
  const K = models.length;
  const buckets = K ? models[0].w.length : 1;
  const wi = new Int8Array(buckets * K);
  for (let k = 0; k < K; k++) {
    if (models[k].w.length !== buckets) throw new Error('heads: bucket counts differ');
    for (let h = 0; h < buckets; h++) wi[h * K + k] = models[k].w[h];
  }
  return { K, mask: buckets - 1, wi, bias: Float64Array.from(models, (m) => m.bias), scale: Float64Array.from(models, (m) => m.scale) };
}
/** Raw weight sums of all heads over one span's features, in one pass (out[k] for head k). */
export function headSums(hs: Heads, feats: Int32Array, n: number, out: Float64Array): void {
  const { K, mask, wi } = hs;
  for (let k = 0; k < K; k++) out[k] = 0;
  for (let i = 0; i < n; i++) {
    const base = (feats[i] & mask) * K;
    for (let k = 0; k < K; k++) out[k] += wi[base + k];
  }
}
/** Logits from raw sums over n features: the same arithmetic as logit(), so both give identical numbers. */
export function headLogits(hs: Heads, sums: ArrayLike<number>, n: number, out: Float64Array): void {
  for (let k = 0; k < hs.K; k++) out[k] = n === 0 ? hs.bias[k] : hs.bias[k] + (hs.scale[k] * sums[k]) / Math.sqrt(n);
}
/** Logits of all heads over one span in one pass over its features (the per-kind tone heads). */
export function logits(hs: Heads, feats: Int32Array, n: number, out: Float64Array): void {
  headSums(hs, feats, n, out);
  headLogits(hs, out, n, out);
}
