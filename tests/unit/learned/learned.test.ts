import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { makeContext } from '../../../lib/analyze';
import { learnedRules, scoreSentences, THRESHOLDS } from '../../../lib/analyze/learned';
import { fromBase64, toBase64 } from '../../../lib/analyze/learned/model';
import { featurize, featurizeSentences, trainBinary } from '../../../scripts/train-core';
import { buildWeights, WEIGHTS_FILE } from '../../../scripts/train';

const SAMPLE: [string, boolean][] = [
  ['Kamu memang bodoh ya, baca saja tidak bisa', true],
  ['Terima kasih atas laporannya, akan kami tindak lanjuti', false],
  ['Bukan urusan kami, cari sendiri sana', true],
  ['Silakan datang ke kantor kami pada jam kerja', false],
  ['Tunggu saja tanggal mainnya, akun kamu sudah kami catat', true],
  ['Mohon maaf atas ketidaknyamanannya. Petugas sedang menuju lokasi.', false],
];

describe('learned scorer: training', () => {
  it('is deterministic: the same sample gives byte-identical weights', () => {
    const run = () => {
      const xs = SAMPLE.map(([t]) => featurize(t));
      const ys = SAMPLE.map(([, y]) => y);
      for (const v of featurizeSentences(SAMPLE[5][0])) {
        xs.push(v);
        ys.push(false);
      }
      return JSON.stringify(trainBinary(xs, ys, { buckets: 1 << 10, epochs: 5, lr: 1, l2: 1e-5, seed: 14 }));
    };
    const a = run();
    expect(run()).toBe(a);
    expect(a.length).toBeGreaterThan(100);
  });

  it('npm run train reproduces the shipped weights byte for byte', () => {
    expect(buildWeights() === readFileSync(WEIGHTS_FILE, 'utf8')).toBe(true);
  }, 60_000);

  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 127, 128]);
    for (let n = 0; n <= bytes.length; n++) expect(Array.from(fromBase64(toBase64(bytes.subarray(0, n))))).toEqual(Array.from(bytes.subarray(0, n)));
  });
});

describe('learned scorer: shipped weights', () => {
  const score = (text: string) => scoreSentences(makeContext(text)).scores[0];

  it('scores a partisan sentence above and a polite one below the thresholds', () => {
    const partisan = score('Ayo bapak ibu, coblos lagi beliau di TPS, jangan ganti pemimpin yang sudah terbukti!');
    const polite = score('Terima kasih atas laporannya, Kak. Petugas kami sudah menuju lokasi untuk memperbaiki lampu jalan.');
    expect(partisan.neutrality).toBeGreaterThan(THRESHOLDS.neutrality);
    expect(polite.neutrality).toBeLessThan(THRESHOLDS.neutrality);
    expect(polite.tone).toBeLessThan(THRESHOLDS.tone);
  });

  it('emits warnings with a bilingual message naming words, and honours sensitivity', () => {
    const text = 'Ayo bapak ibu, coblos lagi beliau di TPS, jangan ganti pemimpin yang sudah terbukti!';
    const f = analyze(text).filter((x) => x.rule === 'neutrality.partisan');
    expect(f.length).toBe(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toMatch(/“/);
    expect(analyze(text, { lang: 'en' }).find((x) => x.rule === 'neutrality.partisan')?.message).toMatch(/learned model/);
    const low = learnedRules[1].run(makeContext(text, { settings: { sensitivity: 'low' } }));
    const high = learnedRules[1].run(makeContext(text, { settings: { sensitivity: 'high' } }));
    expect(high.length).toBeGreaterThanOrEqual(low.length);
  });

  it('never throws on odd input', () => {
    for (const t of ['', ' ', '🙏🙏🙏', 'a'.repeat(30000), '?!?!', '\n\n\n', 'x\u0000y']) {
      for (const r of learnedRules) expect(() => r.run(makeContext(t))).not.toThrow();
    }
  });

  it('scores a sentence in at most a few microseconds', () => {
    const text = 'Coba deh dibaca lagi pengumumannya pelan-pelan ya Kak, sudah kami tulis jelas di situ kok.';
    const ctx = makeContext(text);
    for (let i = 0; i < 200; i++) learnedRules[0].run(ctx);
    const n = 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) scoreSentences(ctx);
    const us = ((performance.now() - t0) * 1000) / n;
    expect(us).toBeLessThan(50); // generous on a shared machine; the model card reports the measured figure
  });
});
