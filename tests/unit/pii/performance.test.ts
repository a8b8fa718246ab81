/**
 * Linear time: the work for a text ten times longer must grow about ten times, never a hundred.
 * Compared as ratios of the best of several runs (no wall-clock thresholds that flake on a busy machine).
 */
import { describe, expect, it } from 'vitest';
import { pii } from './helpers';

function best(fn: () => void, runs = 7): number {
  fn(); // warm up
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    if (t < min) min = t;
  }
  return Math.max(min, 0.05);
}

/** time(10×) / time(1×) for `unit` repeated to ~n and ~10n characters */
function growth(unit: string, n: number): number {
  const small = unit.repeat(Math.max(1, Math.round(n / unit.length)));
  const big = unit.repeat(Math.max(1, Math.round((10 * n) / unit.length)));
  const a = best(() => pii(small));
  const b = best(() => pii(big));
  return b / a;
}

const MIXED =
  'Pak Budi NIK 3273015505900002 HP 0812-3456-7890 di Jl. Mawar No. 5 RT 01/RW 02, lahir 12-05-1987, positif HIV; ' +
  'anak Ibu Rina, Dafa (5 th) kelas 3A SDN 1 Bogor; e-mail budi.s@gmail.com; rek BCA 0123456789; motor B 1234 XYZ ditabrak. ';

// Degenerate inputs that break naive scanners: each must stay linear.
const DEGENERATE: Array<[string, string]> = [
  ['mixed post', MIXED],
  ['one long digit run', '1'],
  ['digits and single spaces', '1 '],
  ['digits and dots', '12.'],
  ['phone-like groups', '0812-3456-'],
  ['at-signs', '@'],
  ['local@ pairs', 'ab.cd@'],
  ['at tokens', 'a [at] '],
  ['street cues', 'Jl. A '],
  ['street names without numbers', 'Jl. Melati Indah Raya '],
  ['ages in parentheses', 'Budi (1 th '],
  ['class mentions', 'Budi kelas 1A SDN '],
  ['child cues', 'anak Budi '],
  ['honorifics', 'Bu A '],
  ['birth cues', 'lahir '],
  ['health words', 'hiv '],
  ['crime words', 'Pak Budi mantan napi '],
  ['masks', 'x*'],
  ['NIK cues', 'NIK '],
  ['spaces', ' '],
  ['capital letters', 'AB 1 '],
  ['open parentheses', '( '],
];

describe('pii runs in linear time', () => {
  for (const [name, unit] of DEGENERATE) {
    it(`${name}: 10× the text costs ≲ 10× the time`, () => {
      // a quadratic cost fails every attempt; a busy machine only some
      let g = Infinity;
      for (let attempt = 0; attempt < 3 && g >= 40; attempt++) g = Math.min(g, growth(unit, 10_000));
      // linear ≈ 10, quadratic ≈ 100; leave room for timer noise, GC and a busy machine
      if (process.env.PII_PERF_LOG) console.log(name, g.toFixed(1));
      expect(g).toBeLessThan(40);
    });
  }

  it('a 100,000-character post and a 10,000-digit run complete and stay correct', () => {
    const text = MIXED.repeat(Math.ceil(100_000 / MIXED.length));
    const f = pii(text);
    expect(f.length).toBeGreaterThan(100);
    const digits = '7'.repeat(10_000);
    expect(pii(`NIK ${digits} dan HP 0812-3456-7890`).map((x) => x.rule)).toEqual(['pii.phone']);
  });

  it('never throws on odd input', () => {
    const odd = ['', '\u0000', '\uD800', '@', '@@', '[at]', 'Jl.', 'Jl. ', 'lahir', '(', '()', '(1 th', 'kelas', 'nisn', '+', '+62', '62', '0', 'x', '*'.repeat(50), '\n'.repeat(20), '🙏'.repeat(10) + '0812-3456-7890'];
    for (const t of odd) expect(() => pii(t)).not.toThrow();
  });
});
