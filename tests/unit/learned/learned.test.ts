import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { makeContext } from '../../../lib/analyze';
import { learnedRules, LEARNED_TONE_IDS, NEUTRALITY_THRESHOLD, NORMAL_ADDRESS, scoreSentences, TONE_HIGH, TONE_NORMAL } from '../../../lib/analyze/learned';
import { addressOf, ADDR_HONORIFIC, ADDR_MENTION, ADDR_PRONOUN } from '../../../lib/analyze/learned/address';
import { electionContext } from '../../../lib/analyze/neutrality/context';
import { extract, MAX_FEATS } from '../../../lib/analyze/learned/features';
import { tokenize } from '../../../lib/analyze/tone/normalize';
import { foldLower } from '../../../lib/analyze/text/fold';
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
    expect(partisan.neutrality).toBeGreaterThan(NEUTRALITY_THRESHOLD.normal);
    expect(polite.neutrality).toBeLessThan(NEUTRALITY_THRESHOLD.normal);
    expect(Math.max(...polite.kinds)).toBeLessThan(Math.min(...Object.values(TONE_HIGH)));
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

const toks = (t: string) => tokenize(foldLower(t));

describe('learned neutrality: only in an election context (issue #13 item 3)', () => {
  it('knows an election post from an ordinary one', () => {
    expect(electionContext(toks('Ayo coblos lagi beliau di TPS tanggal 27!'))).toBe(true);
    expect(electionContext(toks('Mana suaranya yang mau lanjut? #PilgubJateng'))).toBe(true);
    expect(electionContext(toks('Pokoknya ✌️ sampai hari H ya'))).toBe(true);
    expect(electionContext(toks('Hari ini DLH bersama 300 pelajar menanam 1.500 bibit mangrove. Semoga tumbuh besar & melindungi pantai kita dari abrasi.'))).toBe(false);
    expect(electionContext(toks('Main layangan di lapangan terbuka jauh dari kabel ya adik-adik!'))).toBe(false);
  });

  it('gives no learned partisan warning on clean office posts without an election cue', () => {
    for (const text of [
      'Selamat Hari Lingkungan Hidup Sedunia 🌏💚 Hari ini DLH bersama 300 pelajar menanam 1.500 bibit mangrove di pesisir Desa Tanjung Pasir. Semoga tumbuh besar & melindungi pantai kita dari abrasi.',
      'Ini yg terjadi kalau layangan nyangkut di jaringan listrik 😰⚡ Bisa bikin padam satu kampung & berbahaya buat yg narik. Main layangan di lapangan terbuka jauh dari kabel ya adik-adik!',
    ]) {
      for (const sensitivity of ['normal', 'high'] as const)
        expect(analyze(text, { settings: { sensitivity } as never }).filter((f) => f.category === 'neutrality')).toEqual([]);
    }
  });

  it('still warns on implicit partisanship in an election post', () => {
    const f = analyze('Jangan ganti nakhoda di tengah jalan, coblos lagi beliau tanggal 27 ya bapak ibu!').filter((x) => x.category === 'neutrality');
    expect(f.length).toBeGreaterThan(0);
  });
});

describe('learned tone: sensitivity', () => {
  const text = 'Coba deh dibaca lagi pelan-pelan ya Pak, sudah kami tulis jelas kok, masa begitu saja tidak paham.';
  it('is silent at low, speaks at normal only with TONE_NORMAL ids, and may speak at high', () => {
    expect(learnedRules[0].run(makeContext(text, { settings: { sensitivity: 'low' } as never }))).toEqual([]);
    for (const f of learnedRules[0].run(makeContext(text))) {
      expect(Object.keys(TONE_NORMAL)).toContain(f.rule);
      expect(f.msg.id).toMatch(/^Menurut model/);
    }
    const high = learnedRules[0].run(makeContext(text, { settings: { sensitivity: 'high' } as never }));
    for (const f of high) {
      expect(Object.keys(TONE_HIGH)).toContain(f.rule);
      expect(f.msg.id).toMatch(/^Menurut model/);
    }
  });
  it('speaks at normal on a condescending reply aimed at the reader (issue #14)', () => {
    const f = learnedRules[0].run(makeContext(text));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].severity).toBe('warning');
  });
});

describe('tone.hostility: weak cues of hostility are a hint, not a warning', () => {
  it('gives an info finding, so it no longer counts as a tone warning', () => {
    const f = analyze('Ganyang rezim otoriter itu sekarang juga').filter((x) => x.category === 'tone');
    expect(f.map((x) => x.rule)).toContain('tone.hostility');
    for (const x of f.filter((y) => y.rule === 'tone.hostility')) expect(x.severity).toBe('info');
  });
});

describe('learned features: hand features', () => {
  const feats = (t: string) => {
    const tk = toks(t);
    const out = new Int32Array(MAX_FEATS);
    const src = new Int32Array(MAX_FEATS);
    const n = extract(tk, 0, tk.length, out, src);
    return new Set(Array.from(out.subarray(0, n)).filter((_, i) => src[i] === -1));
  };
  it('adds whole-span features for praise next to a complaint, a mocking emoji and a lecture aimed at the reader', () => {
    const plain = feats('Parkir di zona merah kena derek');
    const sarcastic = feats('Pinter banget, parkir di zona merah terus heran kena derek 👏');
    expect(sarcastic.size).toBeGreaterThan(plain.size + 1);
    const lecture = feats('Makanya dibaca dulu Pak pengumumannya');
    const noReader = feats('Pengumumannya sudah dibaca petugas');
    expect(lecture.size).toBeGreaterThan(noReader.size);
  });
  it('reads disguised spellings through the tone normaliser', () => {
    const all = (t: string) => {
      const tk = toks(t);
      const out = new Int32Array(MAX_FEATS);
      const n = extract(tk, 0, tk.length, out, new Int32Array(MAX_FEATS));
      return Array.from(out.subarray(0, n));
    };
    expect(all('kamu g0bl0k')).toEqual(all('kamu goblok'));
    expect(all('kamu g0bl0k').length).toBeGreaterThan(10);
  });
});

describe('learned layer: one id per kind (issue #14)', () => {
  it('emits only tone ids the rules declare, each registered once in the kinds registry', async () => {
    const { KINDS, kindOf } = await import('../../../lib/analyze/kinds');
    const ids = KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of LEARNED_TONE_IDS) {
      expect(kindOf(id)?.category).toBe('tone');
      expect(kindOf(id)?.learned).toBeFalsy();
    }
    expect(kindOf('tone.condescending')).toBeUndefined();
    for (const id of [...Object.keys(TONE_HIGH), ...Object.keys(TONE_NORMAL)]) expect(LEARNED_TONE_IDS).toContain(id);
  });
  it('switching tone.condescension off stops the rule and the model alike', () => {
    const text = 'Coba deh dibaca pelan-pelan ya Pak, kami yakin Bapak pasti bisa paham sendiri kok.';
    const on = analyze(text, { settings: { sensitivity: 'high' } }).filter((f) => f.rule === 'tone.condescension');
    const off = analyze(text, { settings: { sensitivity: 'high', disabledRules: ['tone.condescension'] } }).filter((f) => f.rule === 'tone.condescension');
    expect(on.length).toBeGreaterThan(0);
    expect(off).toEqual([]);
  });
});

describe('learned tone at normal sensitivity: the address of a post', () => {
  it('reads the address of a post: @mention, honorific, second-person pronoun', () => {
    const bits = (t: string) => addressOf(tokenize(foldLower(t)));
    expect(bits('@budi_s terima kasih')).toBe(ADDR_MENTION);
    expect(bits('Baik Kak, kami cek dulu')).toBe(ADDR_HONORIFIC);
    expect(bits('Kamu sudah daftar?')).toBe(ADDR_PRONOUN);
    expect(bits('Jadwal vaksin pekan ini sudah terbit.')).toBe(0);
  });
  it('at normal needs no address (NORMAL_ADDRESS 0: the per-kind heads do better without the gate), at low stays silent', () => {
    expect(NORMAL_ADDRESS).toBe(0);
    const text = 'Ya begitulah, keluhan macam ini tiap hari ada. Biasa saja, nanti juga hilang sendiri. Makanya dibaca dulu pengumumannya.';
    expect(learnedRules[0].run(makeContext(text, { settings: { sensitivity: 'low' } }))).toEqual([]);
  });
});

describe('learned tone: adjacent sentence pairs', () => {
  it('scores each pair of adjacent sentences for the tone heads only, and never overlaps two findings', () => {
    const text = 'Pinter banget ya. Parkir di zona merah terus heran kena derek. Besok diulang lagi saja biar makin terkenal.';
    const { scores } = scoreSentences(makeContext(text));
    const pairs = scores.filter((s) => s.pair);
    expect(pairs.length).toBe(2);
    for (const p of pairs) expect(p.neutrality).toBe(-Infinity);
    for (const sensitivity of ['normal', 'high'] as const) {
      const f = learnedRules[0].run(makeContext(text, { settings: { sensitivity } as never }));
      for (let i = 1; i < f.length; i++) expect(f[i].start).toBeGreaterThanOrEqual(f[i - 1].end);
    }
  });
});
