/** Claim cues bucketed by sentence: one pass of the lexicon over the folded text. */
import { sentenceIndexAt, type Range } from '../text/fold';
import { KI, KIND_COUNT, scanCues } from './lexicon';

export interface Hit {
  start: number;
  end: number;
}

/** per sentence: the hits of each cue kind (index = KI[kind]), in reading order */
export type Bucket = Array<Hit[] | undefined>;

export function has(b: Bucket, k: number): boolean {
  return b[k] !== undefined;
}
export function first(b: Bucket, k: number): Hit | undefined {
  const a = b[k];
  return a === undefined ? undefined : a[0];
}
export function all(b: Bucket, k: number): Hit[] | undefined {
  return b[k];
}

/** the bucket of a sentence without cues (never written to) */
export const NO_CUES: Bucket = [];

/** A place where a source may be named: an attribution verb, a regulation, "sumber:". */
export interface SourceTrigger {
  kind: string;
  start: number;
}

/** Every cue of the lexicon, put into the bucket of its sentence; source triggers apart. */
export function bucketCues(lower: string, sentences: ReadonlyArray<Range>): { buckets: Array<Bucket | undefined>; triggers: SourceTrigger[] } {
  const n = sentences.length;
  // a bucket only for sentences with cues: thousands of empty sentences allocate nothing
  const buckets: Array<Bucket | undefined> = new Array(n);
  const triggers: SourceTrigger[] = [];
  const cues = scanCues(lower);
  let si = 0;
  for (const h of cues) {
    const k = h.kind;
    if (k === KI.attrib || k === KI.lawRef || k === KI.sumber) {
      triggers.push({ kind: k === KI.attrib ? 'attrib' : k === KI.lawRef ? 'lawRef' : 'sumber', start: h.start });
      continue;
    }
    // hits come in order of their ends; phrases start at most a few words back
    if (si >= n || h.start < sentences[si].start) si = sentenceIndexAt(sentences, h.start);
    else while (si < n && sentences[si].end <= h.start) si++;
    if (si < 0 || si >= n) {
      si = 0;
      continue;
    }
    if (h.end > sentences[si].end) continue;
    const b: Bucket = (buckets[si] ??= new Array(KIND_COUNT));
    let arr = b[k];
    if (arr === undefined) arr = b[k] = [];
    // keep the longest phrase at one start ("tidak pernah ada" over "tidak pernah")
    const last = arr.length ? arr[arr.length - 1] : undefined;
    if (last && last.start === h.start) {
      if (h.end > last.end) last.end = h.end;
    } else if (last && last.start > h.start) {
      arr.push({ start: h.start, end: h.end });
      arr.sort((x, y) => x.start - y.start);
    } else arr.push({ start: h.start, end: h.end });
  }
  return { buckets, triggers };
}
