// The trust figures of issue #13 in one run: false alarms on the real official posts, and on each
// office-post set written for this project (blind halves by default; `--split tune` for the tune halves),
// plus how many careless relays still get a warning. Uses the shared harness's command-line contract.
// usage: node scripts/trust-figures.mjs [--split blind|tune]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'blind';
const harness = join('..', 'shared', 'eval', 'false-alarms.mjs');
const dir = join('tests', 'fixtures', 'official-posts');
const run = (file) => JSON.parse(execFileSync('node', [harness, ...(file ? [file] : []), '--json'], { maxBuffer: 1 << 28 }).toString().trim().split('\n').pop());

const real = run(null);
console.log(`real official posts (${real.texts}): any warning ${real.loud_any_pct} %; info notes pii ${real.pii_any_pct - real.pii_loud_pct} claim ${(real.claim_any_pct - real.claim_loud_pct).toFixed(1)} tone ${(real.tone_any_pct - real.tone_loud_pct).toFixed(1)} neutrality ${(real.neutrality_any_pct - real.neutrality_loud_pct).toFixed(1)} %`);
for (const file of readdirSync(dir).filter((f) => f.endsWith(`-${split}.jsonl`)).sort()) {
  const r = run(join(dir, file));
  const relay = file.startsWith('relays');
  console.log(`${file.padEnd(22)} ${String(r.texts).padStart(4)} texts: ${relay ? 'still warned' : 'any warning'} ${r.loud_any_pct} %, claim ${r.claim_loud_pct} %, pii ${r.pii_loud_pct} %, tone ${r.tone_loud_pct} %, neutrality ${r.neutrality_loud_pct} %`);
}
if (!existsSync(harness)) console.error('missing ../shared/eval/false-alarms.mjs');
