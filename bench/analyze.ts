/**
 * analyze() latency per text size: median, p99 and throughput. Pure Node, no browser.
 * Two builds of the same analyzer: the TypeScript source run through tsx (esbuild with keepNames, which
 * wraps every inner function in a naming helper) and the bundle the extension ships
 * (.output/chrome-mv3/analyzer.js, minified, as the content script runs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { analyze as analyzeSource } from '../lib/analyze/index';
import type { AnalyzeOptions, Finding } from '../lib/analyze/types';
import { corpus } from './corpus';

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Finding[];

/**
 * The shipped analyzer bundle (needs `npm run build`), or null when it is not built. Evaluated in this
 * realm (a vm context would slow every global lookup), then its global is taken back off.
 */
export function shippedAnalyzer(dir = join(import.meta.dirname, '../.output/chrome-mv3')): AnalyzeFn | null {
  const file = join(dir, 'analyzer.js');
  if (!existsSync(file)) return null;
  const g = globalThis as unknown as Record<string, unknown>;
  const keep = { analyze: g.__saringAnalyze, compose: g.__saringCompose };
  runInThisContext(readFileSync(file, 'utf8'), { filename: file });
  const fn = g.__saringAnalyze;
  g.__saringAnalyze = keep.analyze;
  g.__saringCompose = keep.compose;
  return typeof fn === 'function' ? (fn as AnalyzeFn) : null;
}

export interface LatencyRow {
  chars: number;
  runs: number;
  medianUs: number;
  p99Us: number;
  mbPerSec: number;
}

const NOW = new Date('2026-11-22T02:00:00Z');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function benchAnalyze(sizes = [280, 2_000, 10_000, 100_000], analyze: AnalyzeFn = analyzeSource): LatencyRow[] {
  const rows: LatencyRow[] = [];
  for (const chars of sizes) {
    const texts = Array.from({ length: 8 }, (_, i) => corpus(chars, i + 1));
    const runs = chars <= 2_000 ? 4_000 : chars <= 10_000 ? 400 : 40;
    for (let i = 0; i < Math.min(runs, 200); i++) analyze(texts[i % texts.length], { now: NOW }); // warm up
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t = texts[i % texts.length];
      const t0 = process.hrtime.bigint();
      analyze(t, { now: NOW });
      const dt = Number(process.hrtime.bigint() - t0) / 1000;
      times.push(dt);
      total += dt;
    }
    times.sort((a, b) => a - b);
    rows.push({ chars, runs, medianUs: percentile(times, 0.5), p99Us: percentile(times, 0.99), mbPerSec: (chars * runs) / total });
  }
  return rows;
}
