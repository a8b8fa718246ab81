/**
 * npm run bench — prints a table and writes bench/results/latest.json.
 * 1. analyze() latency per size; 2. typing overhead in Chromium (bench/typing.ts, needs the build);
 * 3. content-script size and load cost; 4. popup first paint with 10,000 commitments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAnalyze, shippedAnalyzer } from './analyze';
import { benchAdversarial } from './adversarial';
import { contentScriptSize } from './size';

const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version };

const latency = benchAnalyze();
results.analyze = latency;
console.log('\nanalyze() latency');
console.log('chars     runs   median µs   p99 µs    MB/s');
for (const r of latency)
  console.log(`${String(r.chars).padEnd(9)} ${String(r.runs).padEnd(6)} ${r.medianUs.toFixed(1).padStart(9)} ${r.p99Us.toFixed(1).padStart(9)} ${r.mbPerSec.toFixed(1).padStart(7)}`);
const small = latency.find((r) => r.chars === 280)!;
const big = latency.find((r) => r.chars === 100_000)!;
const mid = latency.find((r) => r.chars === 10_000)!;
console.log(`targets: 280 chars ≤ 15 µs median → ${small.medianUs.toFixed(1)} µs; 100,000 chars ≤ 30 ms → ${(big.medianUs / 1000).toFixed(2)} ms; growth 10k→100k ×${(big.medianUs / mid.medianUs).toFixed(1)} (linear ≈ ×10)`);

// the same analyzer as the extension ships it (minified bundle, no tsx helpers), when built
const shipped = shippedAnalyzer();
if (shipped) {
  const rows = benchAnalyze([280, 10_000, 100_000], shipped);
  results.analyzeShipped = rows;
  const [s280, s10k, s100k] = rows;
  console.log(
    `shipped bundle (.output/chrome-mv3/analyzer.js): 280 chars ${s280.medianUs.toFixed(1)} µs median; 10,000 chars ${(s10k.medianUs / 1000).toFixed(2)} ms; 100,000 chars ${(s100k.medianUs / 1000).toFixed(2)} ms (growth ×${(s100k.medianUs / s10k.medianUs).toFixed(1)})`,
  );
} else console.log('shipped bundle: not built (npm run build)');

const adversarial = benchAdversarial();
const worst = adversarial.reduce((a, b) => (b.ms100k > a.ms100k ? b : a));
results.adversarial = { worst: { family: worst.family, ms100k: worst.ms100k }, rows: adversarial };
console.log('\nadversarial input (CPU ms, best of 3; 100,000 chars of one repeated piece)');
for (const r of adversarial) console.log(`${r.family.padEnd(22)} 10k ${r.ms10k.toFixed(1).padStart(7)}   100k ${r.ms100k.toFixed(1).padStart(7)}`);
console.log(`worst adversarial input: ${worst.family}, 100,000 chars in ${worst.ms100k.toFixed(1)} ms (target ≤ 100 ms)`);

const size = contentScriptSize();
results.contentScript = size;
console.log('\ncontent script: ' + (size ? `${(size.raw / 1024).toFixed(1)} kB raw, ${(size.gzip / 1024).toFixed(1)} kB gzip (target ≤ 60 kB gzip)` : 'not built (npm run build)'));

try {
  const { benchBrowser } = await import('./browser');
  results.browser = await benchBrowser();
} catch (err) {
  console.log(`\nbrowser figures skipped: ${(err as Error).message}`);
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
console.log('\nwritten: bench/results/latest.json');
