/** Per-rule cost: first call (lazy set-up) and steady-state µs per call on 280-character posts. */
import { makeContext } from '../lib/analyze/index';
import { RULES } from '../lib/analyze/registry';
import { corpus } from './corpus';

export function benchRules(): { rule: string; firstMs: number; medianUs: number }[] {
  const now = new Date('2026-11-22T02:00:00Z');
  const texts = Array.from({ length: 16 }, (_, i) => corpus(280, i + 1));
  const rows = [];
  for (const rule of RULES) {
    const t0 = performance.now();
    rule.run(makeContext(texts[0], { now }));
    const firstMs = performance.now() - t0;
    const ctxs = texts.map((t) => makeContext(t, { now }));
    for (let i = 0; i < 500; i++) rule.run(ctxs[i % ctxs.length]);
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const c = ctxs[i % ctxs.length];
      const a = process.hrtime.bigint();
      rule.run(c);
      times.push(Number(process.hrtime.bigint() - a) / 1000);
    }
    times.sort((a, b) => a - b);
    rows.push({ rule: rule.id, firstMs, medianUs: times[times.length >> 1] });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const rows = benchRules();
  for (const r of rows) console.log(`${r.rule.padEnd(22)} first ${r.firstMs.toFixed(2).padStart(8)} ms   median ${r.medianUs.toFixed(2).padStart(8)} µs`);
  console.log(`total ${(performance.now() - t0).toFixed(0)} ms`);
}
