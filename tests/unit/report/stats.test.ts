import '../reminders/tz';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { resolvePeriod } from '@/lib/report/period';
import { buildReport } from '@/lib/report/stats';
import { composeSummary, periodPhrase } from '@/lib/report/summary';
import { rec } from './helpers';

const today = '2026-12-05';
const nov = resolvePeriod({ kind: 'lastMonth' }, today);
const at = (d: string) => `${d}T02:00:00.000Z`; // 09:00 WIB

/** November 2026: 6 promises — 2 on time, 1 late, 1 open, 1 overdue, 1 dropped; plus ones outside. */
const records = [
  rec({ capturedAt: at('2026-11-02'), due: '2026-11-10', status: 'done', changedAt: at('2026-11-09'), platform: 'x' }),
  rec({ capturedAt: at('2026-11-03'), due: '2026-11-20', precision: 'month', status: 'done', changedAt: at('2026-11-30'), platform: 'facebook' }),
  rec({ capturedAt: at('2026-11-04'), due: '2026-11-06', status: 'done', changedAt: at('2026-11-16'), platform: 'x' }),
  rec({ capturedAt: at('2026-11-05'), due: '2027-01-15', platform: 'instagram' }),
  rec({ capturedAt: at('2026-11-06'), due: '2026-11-25', platform: 'x' }),
  rec({ capturedAt: at('2026-11-07'), due: null, status: 'dropped', changedAt: at('2026-11-08'), platform: 'whatsapp' }),
  // outside November (by capture): October and December
  rec({ capturedAt: at('2026-10-15'), due: '2026-11-15', status: 'done', changedAt: at('2026-11-14') }),
  rec({ capturedAt: at('2026-12-01'), due: '2026-12-20' }),
];

describe('the report of a period', () => {
  it('totals of the promises made in the period, as of today', () => {
    const r = buildReport(records, nov, today);
    expect(r.totals).toEqual({ promised: 6, onTime: 2, late: 1, done: 3, open: 1, overdue: 1, dropped: 1, onTimeRate: 2 / 4 });
    expect(r.rows.map((a) => a.capturedOn)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07']);
  });

  it('per month (six months for context), per platform, the longest overdue', () => {
    const r = buildReport(records, nov, today);
    expect(r.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const [oct, novB] = r.months.slice(-2);
    expect(oct).toMatchObject({ total: 1, onTime: 1, rate: 1, inPeriod: false });
    expect(novB).toMatchObject({ total: 6, onTime: 2, late: 1, open: 1, overdue: 1, dropped: 1, rate: 0.5, inPeriod: true });
    expect(r.months[0]).toMatchObject({ total: 0, rate: null });
    expect(r.platforms.map((p) => [p.platform, p.total])).toEqual([['x', 3], ['facebook', 1], ['instagram', 1], ['whatsapp', 1]]);
    expect(r.platforms[0]).toMatchObject({ onTime: 1, late: 1, overdue: 1 });
    expect(r.longestOverdue.map((a) => [a.deadline, a.daysLate])).toEqual([['2026-11-25', 10]]);
  });

  it('by deadline: promises that fell due in the period, undated ones left out', () => {
    const r = buildReport(records, nov, today, { basis: 'due' });
    // due in November: the 10th, the month of the 20th (30 Nov), the 6th, the 25th, and October's promise due the 15th
    expect(r.totals).toMatchObject({ promised: 5, onTime: 3, late: 1, overdue: 1, open: 0, dropped: 0 });
    expect(r.rows.every((a) => a.deadline !== null && a.deadline >= '2026-11-01' && a.deadline <= '2026-11-30')).toBe(true);
  });

  it('an empty period', () => {
    const r = buildReport(records, resolvePeriod({ kind: 'year', year: 2024 }, today), today);
    expect(r.totals).toEqual({ promised: 0, onTime: 0, late: 0, done: 0, open: 0, overdue: 0, dropped: 0, onTimeRate: null });
    expect(r.longestOverdue).toEqual([]);
  });

  // speed is measured by `npm run bench`; here only a guard against a quadratic slip, loose enough for a busy CI
  it('10,000 promises in one pass', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => rec({ capturedAt: at(`2026-${String((i % 12) + 1).padStart(2, '0')}-10`), due: i % 3 ? '2026-12-01' : null }));
    const t0 = performance.now();
    const r = buildReport(many, resolvePeriod({ kind: 'year', year: 2026 }, today), today);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5000);
    expect(r.totals.promised).toBe(10_000);
    expect(r.months).toHaveLength(12);
  });
});

describe('the postable summary', () => {
  const totals = { promised: 15, onTime: 10, late: 2, done: 12, open: 2, overdue: 1, dropped: 0, onTimeRate: 10 / 13 };

  it('Indonesian first, counts only, the office named as the source', () => {
    expect(composeSummary(totals, nov, { lang: 'id', officeName: 'Dinas PUPR Kota Contoh' })).toBe(
      'Bulan November 2026: 12 dari 15 janji tuntas, 10 tepat waktu dan 2 terlambat; 2 masih berjalan, 1 melewati tenggat. Sumber: catatan janji publik Dinas PUPR Kota Contoh.',
    );
    expect(composeSummary(totals, nov, { lang: 'en' })).toBe(
      'November 2026: 12 of 15 promises kept, 10 on time and 2 late; 2 still open, 1 past its deadline. Source: the public promise log of our office.',
    );
    expect(composeSummary({ ...totals, dropped: 3 }, resolvePeriod({ kind: 'quarter' }, today), { lang: 'id', basis: 'due' })).toBe(
      'Triwulan IV 2026: dari 15 janji yang jatuh tempo, 12 tuntas, 10 tepat waktu dan 2 terlambat; 2 masih berjalan, 1 melewati tenggat, 3 dibatalkan. Sumber: catatan janji publik kami.',
    );
    const none = { promised: 0, onTime: 0, late: 0, done: 0, open: 0, overdue: 0, dropped: 0, onTimeRate: null };
    expect(composeSummary(none, nov, { lang: 'id' })).toBe('Bulan November 2026: tidak ada janji baru yang tercatat. Sumber: catatan janji publik kami.');
    expect(periodPhrase(resolvePeriod({ kind: 'custom', from: '2026-11-03', to: '2026-12-01' }, today), 'id')).toBe('Periode 3 Nov 2026 – 1 Des 2026');
  });

  it('an office name with line breaks stays on one line', () => {
    expect(composeSummary(totals, nov, { lang: 'id', officeName: ' Dinas\nKominfo  ' })).toContain('catatan janji publik Dinas Kominfo.');
  });

  it("Saring's own analyzer raises no warning on it (a sourced figure is at most a quiet note)", () => {
    const now = new Date('2026-12-05T09:00:00+07:00');
    for (const lang of ['id', 'en'] as const) {
      for (const basis of ['captured', 'due'] as const) {
        for (const officeName of ['', 'Dinas PUPR Kota Contoh']) {
          const text = composeSummary(totals, nov, { lang, basis, officeName });
          const loud = analyze(text, { now }).filter((f) => f.severity !== 'info');
          expect(loud, text).toEqual([]);
        }
      }
    }
  });
});
