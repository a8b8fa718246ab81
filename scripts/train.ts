/**
 * npm run train: the learned tone and neutrality scorer (issue #14), from the tune split only.
 * Reads tests/fixtures/corpus/tune/{tone,tone4,tone5a,tone5b,neutrality,neutrality4,neutrality5a,neutrality5b}.jsonl and, as extra negatives,
 * tests/fixtures/official-posts/{clean,wide-tune}.jsonl. Never reads the blind split.
 * Writes lib/analyze/learned/weights.json. Deterministic: run it twice, get the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { WeightsFile } from '../lib/analyze/learned/model';
import { HEAD_KINDS } from '../lib/analyze/learned/labels';
import { featurize, featurizeSentences, trainBinary, type Vec } from './train-core';

const ROOT = join(import.meta.dirname, '..');
/** Chosen by 5-fold cross-validation on the tune split (docs/model-card.md). */
export const BINARY = { epochs: 30, lr: 3, l2: 1e-6, seed: 14 };
/** Buckets of each per-kind head (2^14: CV 0.710 vs 0.726 at 2^15, within noise, half the size). */
export const HEAD_BUCKETS = 1 << 14;
export const WEIGHTS_FILE = join(ROOT, 'lib/analyze/learned/weights.json');

type Row = Record<string, unknown>;
const readRows = (root: string, p: string): Row[] =>
  readFileSync(join(root, p), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

/** The training rows of the tune split (the corpus files, in a fixed order) and the extra negatives. */
export function tuneRows(root = ROOT): { tone: Row[]; neut: Row[]; extra: Row[] } {
  return {
    // tone4 / neutrality4: the fourth writer's set (2026-12-06), hard negatives included (corpus README)
    // tone5a / tone5b: two more writers (2026-12-06 morning; village offices and city service desks)
    tone: ['tone', 'tone4', 'tone5a', 'tone5b'].flatMap((f) => readRows(root, `tests/fixtures/corpus/tune/${f}.jsonl`)),
    neut: ['neutrality', 'neutrality4', 'neutrality5a', 'neutrality5b'].flatMap((f) => readRows(root, `tests/fixtures/corpus/tune/${f}.jsonl`)),
    extra: [...readRows(root, 'tests/fixtures/official-posts/clean.jsonl'), ...readRows(root, 'tests/fixtures/official-posts/wide-tune.jsonl')],
  };
}

/** The models (tone, neutrality, one head per subtle kind) from given rows (scripts/train-cv.ts calls this per fold). */
export function trainModels(tone: Row[], neut: Row[], extra: Row[]): WeightsFile {
  const cache = new Map<string, Vec>();
  const vec = (t: unknown): Vec => {
    const s = String(t);
    let v = cache.get(s);
    if (!v) cache.set(s, (v = featurize(s)));
    return v;
  };

  function binary(pos: Row[], label: string, negs: Row[], buckets: number) {
    const xs: Vec[] = [];
    const ys: boolean[] = [];
    for (const r of pos) {
      xs.push(vec(r.text));
      ys.push(r[label] === true);
    }
    for (const r of negs) {
      xs.push(vec(r.text));
      ys.push(false);
    }
    // every sentence of a negative text is a negative sentence: teaches the per-sentence scorer that short
    // questions and fragments of ordinary replies are fine
    for (const r of [...pos.filter((x) => x[label] === false), ...negs]) {
      for (const v of featurizeSentences(String(r.text))) {
        xs.push(v);
        ys.push(false);
      }
    }
    return trainBinary(xs, ys, { buckets, ...BINARY });
  }

  const BUCKETS = 1 << 15;
  const neutModel = binary(neut, 'neutrality', [...extra, ...tone.filter((r) => r.tone === false)], BUCKETS);
  // one head per subtle kind: that kind's rude texts vs every polite text and every sentence of one
  // (other rude kinds are left out: they are rude too, but not this kind)
  const politeX: Vec[] = [];
  for (const r of [...tone.filter((x) => x.tone === false), ...extra, ...neut.filter((x) => x.neutrality === false)]) {
    politeX.push(vec(r.text));
    politeX.push(...featurizeSentences(String(r.text)));
  }
  const heads = {
    labels: [...HEAD_KINDS],
    models: HEAD_KINDS.map((k) => {
      const pos = tone.filter((r) => r.tone === true && r.kind === k).map((r) => vec(r.text));
      return trainBinary([...pos, ...politeX], [...pos.map(() => true), ...politeX.map(() => false)], { buckets: HEAD_BUCKETS, ...BINARY });
    }),
  };
  return { version: 2, neutrality: neutModel, heads };
}

/** The weights file's exact text, trained from the tune split. */
export function buildWeights(root = ROOT): string {
  const { tone, neut, extra } = tuneRows(root);
  return JSON.stringify(trainModels(tone, neut, extra)) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(WEIGHTS_FILE, buildWeights());
  console.log(`wrote ${WEIGHTS_FILE}`);
}
