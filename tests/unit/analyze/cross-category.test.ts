import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';

const NOW = new Date('2026-11-22T02:00:00Z');
const rules = (text: string, settings = {}) => analyze(text, { now: NOW, settings }).map((f) => f.rule);

describe('findings across categories', () => {
  it('a statistic about "kota kita" is a claim, not a promise', () => {
    const r = rules('Angka stunting di kota kita tinggal 9,5% tahun ini.');
    expect(r).toContain('claim.statistic');
    expect(r.some((x) => x.startsWith('commitment.'))).toBe(false);
  });

  it('a figure that contradicts a verified fact names the verified value', () => {
    const f = analyze('Angka stunting di kota kita tinggal 9,5% tahun ini.', {
      now: NOW,
      settings: { verifiedFacts: [{ label: 'angka stunting', keywords: ['stunting'], value: 14.2, unit: '%', source: 'SSGI 2024' }] },
    }).find((x) => x.rule === 'claim.contradicts_fact');
    expect(f?.message).toContain('14,2');
    expect(f?.message).toContain('SSGI 2024');
  });

  it('the foundation reply holds a NIK, a rude word and a promise with its due date', () => {
    const f = analyze('Mohon maaf Pak, NIK 3204110609870003 sudah kami cek. Dasar goblok yang kemarin itu. Akan kami perbaiki paling lambat Jumat depan.', {
      now: new Date('2026-11-22T09:00:00+07:00'),
    });
    expect(f.find((x) => x.rule === 'pii.nik')?.suggestion).toBe('3204********0003');
    expect(f.some((x) => x.category === 'tone' && x.severity !== 'info')).toBe(true);
    expect(f.find((x) => x.category === 'commitment')?.due).toBe('2026-11-27');
  });

  it('switching a category or a rule off removes its findings', () => {
    const text = 'NIK 3204110609870003, dasar goblok.';
    expect(rules(text, { disabledRules: ['pii'] }).some((r) => r.startsWith('pii.'))).toBe(false);
    expect(rules(text, { disabledRules: ['pii.nik'] })).not.toContain('pii.nik');
  });

  it('an allowlisted office number is never flagged', () => {
    const text = 'Hubungi Bu Sari di 0812-3456-7890 ya.';
    expect(rules(text)).toContain('pii.phone');
    expect(rules(text, { allowlist: ['+62 812 3456 7890'] })).not.toContain('pii.phone');
  });

  it('English messages on request', () => {
    const [f] = analyze('NIK 3204110609870003', { now: NOW, lang: 'en' });
    expect(f.message).toMatch(/[A-Za-z]/);
    expect(f.message).not.toEqual(analyze('NIK 3204110609870003', { now: NOW })[0].message);
  });
});

import { toCaptured } from '../../../lib/analyze/commitment/capture';
import { captureRequestSchema } from '../../../lib/messages/schema';

describe('capture at send time', () => {
  it('a promise in a 5,000-character sentence still makes a capture the store accepts', () => {
    const text = 'Akan kami perbaiki paling lambat Jumat depan ' + 'dan seterusnya '.repeat(330);
    const now = new Date('2026-11-22T09:00:00+07:00');
    const commitments = toCaptured(analyze(text, { now }), text);
    expect(commitments.length).toBeGreaterThan(0);
    const req = { type: 'commitments/capture', platform: 'x', url: 'https://x.com/a', postText: text.slice(0, 2000), sentAt: now.toISOString(), commitments };
    expect(captureRequestSchema.safeParse(req).success).toBe(true);
  });
});
