/**
 * Linear by construction (issue 17): for every adversarial family (repeated emoji, digits, long digit
 * runs, dates, insults, full-width digits, "a.n. rek" runs …) the CPU time per character of a
 * 100,000-character text stays flat against ten 10,000-character texts, and no input takes long.
 * CPU time (process.cpuUsage), best of up to 4 tries, generous bounds: a quadratic step shows as ×10,
 * a busy machine as well under ×3.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import { MAX_PER_RULE } from '../../../lib/analyze/limits';
import { ADVERSARIAL, fill } from '../../../bench/adversarial';

const NOW = new Date('2026-11-22T02:00:00Z');

function cpuMs(texts: string[]): number {
  const c0 = process.cpuUsage();
  for (const t of texts) analyze(t, { now: NOW });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * ten different 10k texts and one 100k text, all new strings on every try (a cache of the last text
 * must not make either side look cheap)
 */
function sizes(unit: string, k: number): { small: string[]; big: string } {
  const pad = (i: number) => ' '.repeat(k * 11 + i);
  return { small: Array.from({ length: 10 }, (_, i) => pad(i) + fill(unit, 10_000 - pad(i).length)), big: pad(10) + fill(unit, 100_000 - pad(10).length) };
}

describe('analyze() on adversarial input', () => {
  for (const [family, unit] of Object.entries(ADVERSARIAL)) {
    it(`${family}: time per character flat from 10k to 100k, 100k well under a second`, () => {
      cpuMs(sizes(unit, 9).small.slice(0, 2)); // warm up
      let best = Infinity;
      let bigMs = Infinity;
      for (let i = 0; i < 4 && best >= 2.5; i++) {
        const { small, big } = sizes(unit, i);
        const s = cpuMs(small);
        const b = cpuMs([big]);
        bigMs = Math.min(bigMs, b);
        best = Math.min(best, b / Math.max(s, 1));
      }
      expect(best).toBeLessThan(2.5); // linear ≈ 1; quadratic ≈ 10
      expect(bigMs).toBeLessThan(600); // the target is ≤ 100 ms; generous for 2 busy cores
    });
  }

  it('at most MAX_PER_RULE findings per rule, however many matches', () => {
    for (const unit of ['🖕 ', 'goblok ', '0812-3456-7890 ', '#2024GantiPresiden ', 'akan kami perbaiki paling lambat Jumat depan. ']) {
      const out = analyze(fill(unit, 100_000), { now: NOW });
      const per = new Map<string, number>();
      for (const f of out) per.set(f.rule, (per.get(f.rule) ?? 0) + 1);
      expect(out.length).toBeGreaterThan(0);
      for (const n of per.values()) expect(n).toBeLessThanOrEqual(MAX_PER_RULE);
    }
    // 120 🖕 give exactly MAX_PER_RULE profanity findings, the first ones in the text
    const out = analyze('🖕 '.repeat(120), { now: NOW }).filter((f) => f.rule === 'tone.profanity');
    expect(out).toHaveLength(MAX_PER_RULE);
    expect(out[0].start).toBe(0);
  });

  it('a short text keeps every finding (the cap only bites on floods)', () => {
    const out = analyze('🖕 '.repeat(5), { now: NOW });
    expect(out.filter((f) => f.rule === 'tone.profanity')).toHaveLength(5);
  });
});
