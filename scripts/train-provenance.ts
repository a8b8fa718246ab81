/**
 * npm run train:provenance: the learned provenance model of lib/analyze/claim/learned-provenance.ts
 * (issue 13), from licensed tune data only. Deterministic: run it twice, get the same bytes.
 *
 *   own voice (0): official-posts/wide*-tune.jsonl (wide … wide5) and clean.jsonl; corpus/tune/commitments.jsonl; the
 *                  office-written kinds of corpus/tune/tone.jsonl (help replies, refusals, apologies,
 *                  announcements, notices, banter, quoted complaints) and neutrality.jsonl (voter info,
 *                  office work, civic); and every sentence of these texts.
 *   relayed   (1): official-posts/relays*-tune.jsonl, claims.jsonl, and citizens' messages
 *                  (corpus/tune/tone.jsonl citizen_neutral), rude replies (tone: true) and partisan posts
 *                  (neutrality: true).
 * Never reads a *-blind.jsonl file, the blind corpus, hoax tweets or the unlicensed official-posts.jsonl.
 *
 *   node --import tsx scripts/train-provenance.ts        writes lib/analyze/claim/provenance-weights.json
 *   node --import tsx scripts/train-provenance.ts --cv   cross-validates the gate's threshold and mix
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { featurize, featurizeSentences, trainBinary, type Vec } from './train-core';
import { unpack } from '../lib/analyze/learned/model';
import { provenanceGate, type ProvenanceWeights } from '../lib/analyze/claim/learned-provenance';
import { analyze } from '../lib/analyze/index';
import { splitSentences } from '../lib/analyze/text/fold';

const ROOT = join(import.meta.dirname, '..');
export const PROVENANCE_WEIGHTS_FILE = join(ROOT, 'lib/analyze/claim/provenance-weights.json');
/** Chosen by cross-validation on the tune data (--cv). */
export const PROVENANCE_TRAIN = { buckets: 1 << 14, epochs: 10, lr: 3, l2: 1e-6, seed: 13, posWeight: 1 };

const OFFICE_TONE_KINDS = new Set(['help_reply', 'polite_refusal', 'apology', 'announcement', 'lawful_notice', 'banter', 'quoted_complaint']);
const OFFICE_NEUT_KINDS = new Set(['voter_info', 'office_work', 'civic']);

export interface Sample {
  id: string;
  text: string;
  relayed: boolean;
  /** the file it came from (for per-writer folds and reports) */
  set: string;
}

function rows(root: string, p: string): Record<string, unknown>[] {
  const f = join(root, p);
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The licensed training samples, in a fixed order. */
export function trainingSamples(root = ROOT): Sample[] {
  const out: Sample[] = [];
  const add = (set: string, rs: Record<string, unknown>[], relayed: boolean) => {
    for (const r of rs) out.push({ id: String(r.id), text: String(r.text), relayed, set });
  };
  const dir = 'tests/fixtures/official-posts';
  const tune = readdirSync(join(root, dir))
    .filter((f) => /^(?:wide|relays)\d*-tune\.jsonl$/.test(f))
    .sort();
  for (const f of tune) add(f.replace('.jsonl', ''), rows(root, `${dir}/${f}`), f.startsWith('relays'));
  add('clean', rows(root, `${dir}/clean.jsonl`), false);
  add('claims', rows(root, `${dir}/claims.jsonl`), true);
  add('commitments', rows(root, 'tests/fixtures/corpus/tune/commitments.jsonl'), false);
  const tone = rows(root, 'tests/fixtures/corpus/tune/tone.jsonl');
  add('tone-office', tone.filter((r) => OFFICE_TONE_KINDS.has(String(r.kind))), false);
  add('tone-citizen', tone.filter((r) => r.kind === 'citizen_neutral'), true);
  // rude replies and partisan posts: a person's voice, not the office's notice
  add('tone-rude', tone.filter((r) => r.tone === true), true);
  add('neutrality-partisan', rows(root, 'tests/fixtures/corpus/tune/neutrality.jsonl').filter((r) => r.neutrality === true), true);
  add('neutrality-office', rows(root, 'tests/fixtures/corpus/tune/neutrality.jsonl').filter((r) => OFFICE_NEUT_KINDS.has(String(r.kind))), false);
  return out;
}

/**
 * The sentences of a relayed post that pass on the relayed information: those where the claim rules
 * alone (the gate switched off) warn. Texts of one sentence are already samples of their own.
 */
function relayedSentences(text: string): string[] {
  const sents = splitSentences(text);
  if (sents.length < 2) return [];
  provenanceGate.enabled = false;
  try {
    const f = analyze(text, {}).filter((x) => x.category === 'claim' && x.severity !== 'info');
    return sents.filter((se) => f.some((x) => se.start <= x.start && x.start < se.end)).map((se) => text.slice(se.start, se.end));
  } finally {
    provenanceGate.enabled = true;
  }
}

export function trainModel(samples: readonly Sample[], opts = PROVENANCE_TRAIN): ProvenanceWeights['model'] {
  const xs: Vec[] = [];
  const ys: boolean[] = [];
  for (const s of samples) {
    xs.push(featurize(s.text));
    ys.push(s.relayed);
  }
  for (const s of samples) {
    if (!s.relayed) continue;
    for (const t of relayedSentences(s.text)) {
      xs.push(featurize(t));
      ys.push(true);
    }
  }
  // every sentence of an office's own post is its own voice too (the gate scores sentences)
  for (const s of samples) {
    if (s.relayed) continue;
    for (const v of featurizeSentences(s.text)) {
      xs.push(v);
      ys.push(false);
    }
  }
  return trainBinary(xs, ys, opts);
}

/** The weights file's exact text. */
export function buildProvenanceWeights(root = ROOT): string {
  const w: ProvenanceWeights = { version: 1, model: trainModel(trainingSamples(root)) };
  return JSON.stringify(w) + '\n';
}

// ---------------------------------------------------------------- cross-validation (--cv)

function foldOf(s: Sample, k: number, scheme: string): number {
  const m = /^(?:wide|relays)(\d*)-tune$/.exec(s.set);
  if (scheme === 'writer' && m) return (Number(m[1] || 1) - 1) % k;
  return createHash('sha256').update('saring-prov-' + s.id).digest()[0] % k;
}

async function crossValidate(scheme: string): Promise<void> {
  const samples = trainingSamples();
  const K = 5;
  const claimWarned = (t: string) => analyze(t, {}).some((x) => x.category === 'claim' && x.severity !== 'info');
  const evalSet = (s: Sample) => /-tune$/.test(s.set) || s.set === 'claims';
  const saved = { ...provenanceGate };
  // what the rules alone warn on: the gate can only take warnings away
  provenanceGate.enabled = false;
  const pre = samples.filter((s) => evalSet(s));
  const warned = new Set(pre.filter((s) => claimWarned(s.text)));
  provenanceGate.enabled = true;
  const sets = [...new Set(pre.map((s) => s.set))];
  const grid: { mix: number; t: number; t0: number; ext: boolean }[] = [];
  for (const ext of [true]) for (const mix of [0, 0.5]) for (const t of [-4, -3, -2]) for (const t0 of [-4, -5, -6]) grid.push({ mix, t, t0, ext });
  const kept = grid.map(() => new Set<Sample>());
  for (let k = 0; k < K; k++) {
    provenanceGate.model = unpack(trainModel(samples.filter((s) => foldOf(s, K, scheme) !== k)));
    for (const s of warned) {
      if (foldOf(s, K, scheme) !== k) continue;
      grid.forEach((g, i) => {
        provenanceGate.mix = g.mix;
        provenanceGate.threshold = g.t;
        provenanceGate.threshold0 = g.t0;
        provenanceGate.externalStrong = g.ext;
        if (claimWarned(s.text)) kept[i].add(s);
      });
    }
  }
  Object.assign(provenanceGate, saved);
  const rate = (set: string, w: Set<Sample>) => {
    const all = pre.filter((s) => s.set === set);
    return ((100 * all.filter((s) => w.has(s)).length) / all.length).toFixed(1);
  };
  console.log(`scheme ${scheme}; rules alone: ` + sets.map((set) => `${set} ${rate(set, warned)}`).join(' · '));
  grid.forEach((g, i) => console.log(`mix ${g.mix} thr ${g.t} thr0 ${g.t0}: ` + sets.map((set) => `${set} ${rate(set, kept[i])}`).join(' · ')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--cv')) {
    for (const scheme of (process.env.SCHEMES ?? 'hash,writer').split(',')) await crossValidate(scheme);
  } else {
    writeFileSync(PROVENANCE_WEIGHTS_FILE, buildProvenanceWeights());
    console.log(`wrote ${PROVENANCE_WEIGHTS_FILE}`);
  }
}
