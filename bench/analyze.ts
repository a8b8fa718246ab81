/** analyze() latency per text size: median, p99 and throughput. Pure Node, no browser. */
import { analyze } from '../lib/analyze/index';
import { corpus } from './corpus';

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

export function benchAnalyze(sizes = [280, 2_000, 10_000, 100_000]): LatencyRow[] {
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
