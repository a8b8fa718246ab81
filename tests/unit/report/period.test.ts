import '../reminders/tz';
import { describe, expect, it } from 'vitest';
import { chartMonths, formatPeriod, inPeriod, monthLabel, monthsOf, resolvePeriod } from '@/lib/report/period';
import { assess, deadlineEnd, onTimeRate } from '@/lib/report/outcome';
import { rec } from './helpers';

describe('periods', () => {
  const today = '2026-11-22';
  it('this month, last month (across a year boundary), a quarter, a year', () => {
    expect(resolvePeriod({ kind: 'thisMonth' }, today)).toEqual({ kind: 'thisMonth', from: '2026-11-01', to: '2026-11-30' });
    expect(resolvePeriod({ kind: 'lastMonth' }, today)).toEqual({ kind: 'lastMonth', from: '2026-10-01', to: '2026-10-31' });
    expect(resolvePeriod({ kind: 'lastMonth' }, '2027-01-03')).toEqual({ kind: 'lastMonth', from: '2026-12-01', to: '2026-12-31' });
    expect(resolvePeriod({ kind: 'thisMonth' }, '2028-02-10').to).toBe('2028-02-29');
    expect(resolvePeriod({ kind: 'quarter' }, today)).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(resolvePeriod({ kind: 'quarter', year: 2027, quarter: 1 }, today)).toEqual({ kind: 'quarter', from: '2027-01-01', to: '2027-03-31' });
    expect(resolvePeriod({ kind: 'quarter', quarter: 2 }, today)).toEqual({ kind: 'quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(resolvePeriod({ kind: 'year', year: 2025 }, today)).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('custom ranges: swapped ends are put right, bad dates fall back', () => {
    expect(resolvePeriod({ kind: 'custom', from: '2026-11-15', to: '2026-10-02' }, today)).toEqual({ kind: 'custom', from: '2026-10-02', to: '2026-11-15' });
    expect(resolvePeriod({ kind: 'custom', from: '2026-02-30', to: 'x' }, today)).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-22' });
    expect(resolvePeriod({ kind: 'quarter', quarter: 7, year: 1900 }, today).from).toBe('2026-10-01');
  });

  it('months of a period and the chart window (at least 6, at most 24, ending with the period)', () => {
    const q = resolvePeriod({ kind: 'quarter' }, today);
    expect(monthsOf(q)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(chartMonths(resolvePeriod({ kind: 'thisMonth' }, '2026-03-05'))).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(chartMonths(resolvePeriod({ kind: 'year', year: 2026 }, today))).toHaveLength(12);
    const long = chartMonths(resolvePeriod({ kind: 'custom', from: '2020-01-01', to: '2026-11-22' }, today));
    expect(long).toHaveLength(24);
    expect(long[23]).toBe('2026-11');
    expect(inPeriod('2026-10-01', q) && inPeriod('2026-12-31', q) && !inPeriod('2027-01-01', q)).toBe(true);
  });

  it('names the period in both languages', () => {
    expect(formatPeriod(resolvePeriod({ kind: 'thisMonth' }, today), 'id')).toBe('November 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'lastMonth' }, today), 'en')).toBe('October 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'quarter' }, today), 'id')).toBe('Triwulan IV 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'quarter' }, today), 'en')).toBe('Q4 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'year' }, today), 'id')).toBe('Tahun 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'custom', from: '2026-11-01', to: '2026-11-30' }, today), 'id')).toBe('November 2026');
    expect(formatPeriod(resolvePeriod({ kind: 'custom', from: '2026-11-03', to: '2026-12-15' }, today), 'id')).toBe('3 Nov 2026 – 15 Des 2026');
    expect(monthLabel('2026-08', 'id')).toBe('Agu 26');
  });
});

describe('on time or late, by the deadline precision', () => {
  it('the last day that still counts', () => {
    expect(deadlineEnd('2026-11-27', 'day')).toBe('2026-11-27');
    expect(deadlineEnd('2026-11-25', 'week')).toBe('2026-11-29'); // Wednesday → that week's Sunday
    expect(deadlineEnd('2026-11-29', 'week')).toBe('2026-11-29'); // a Sunday is its own week's end
    expect(deadlineEnd('2026-11-30', 'week')).toBe('2026-12-06'); // a Monday starts a new week
    expect(deadlineEnd('2026-12-22', 'month')).toBe('2026-12-31');
    expect(deadlineEnd('2028-02-03', 'month')).toBe('2028-02-29');
    expect(deadlineEnd('2027-02-10', 'quarter')).toBe('2027-03-31');
    expect(deadlineEnd('2027-06-30', 'year')).toBe('2027-12-31');
    expect(deadlineEnd('2026-11-27', 'none')).toBe('2026-11-27');
    expect(deadlineEnd(null, 'day')).toBeNull();
  });

  it('a month-precision deadline is met by any day in that month, not by the next', () => {
    // "bulan depan" written on 22 Oct is stored as 22 Nov with month precision
    const inMonth = rec({ due: '2026-11-22', precision: 'month', status: 'done', changedAt: '2026-11-30T10:00:00.000Z' }); // 30 Nov, 17:00 WIB
    expect(assess(inMonth, '2026-12-05').outcome).toBe('onTime');
    const nextMonth = rec({ due: '2026-11-22', precision: 'month', status: 'done', changedAt: '2026-11-30T18:00:00.000Z' }); // 1 Dec, 01:00 WIB
    const a = assess(nextMonth, '2026-12-05');
    expect(a.outcome).toBe('late');
    expect(a.doneOn).toBe('2026-12-01');
    expect(a.daysLate).toBe(1);
    // the same dates with day precision: late after the 22nd
    expect(assess(rec({ due: '2026-11-22', precision: 'day', status: 'done', changedAt: '2026-11-23T02:00:00.000Z' }), '2026-12-05').outcome).toBe('late');
  });

  it('week, quarter and year precision', () => {
    const done = (due: string, precision: 'week' | 'quarter' | 'year', at: string) => assess(rec({ due, precision, status: 'done', changedAt: at }), '2027-06-01').outcome;
    expect(done('2026-11-25', 'week', '2026-11-29T10:00:00.000Z')).toBe('onTime'); // Sunday of that week
    expect(done('2026-11-25', 'week', '2026-11-30T02:00:00.000Z')).toBe('late');
    expect(done('2027-01-15', 'quarter', '2027-03-31T10:00:00.000Z')).toBe('onTime');
    expect(done('2027-01-15', 'quarter', '2027-04-01T02:00:00.000Z')).toBe('late');
    expect(done('2026-12-31', 'year', '2026-12-31T16:59:00.000Z')).toBe('onTime'); // 23:59 WIB
    expect(done('2026-12-31', 'year', '2026-12-31T17:00:00.000Z')).toBe('late'); // 00:00 WIB, 1 Jan
  });

  it('open promises: overdue only after the whole deadline period has passed; undated never', () => {
    const monthly = rec({ due: '2026-11-10', precision: 'month' });
    expect(assess(monthly, '2026-11-30').outcome).toBe('open');
    expect(assess(monthly, '2026-12-01')).toMatchObject({ outcome: 'overdue', daysLate: 1 });
    expect(assess(rec({ due: '2026-11-10' }), '2026-11-10').outcome).toBe('open');
    expect(assess(rec({ due: '2026-11-10' }), '2026-11-15')).toMatchObject({ outcome: 'overdue', daysLate: 5 });
    expect(assess(rec({ due: null }), '2030-01-01').outcome).toBe('open');
  });

  it('done without a date is on time; dropped is dropped; the status day is the last change to it', () => {
    expect(assess(rec({ due: null, status: 'done' }), '2026-12-01').outcome).toBe('onTime');
    const dropped = assess(rec({ status: 'dropped', changedAt: '2026-11-05T02:00:00.000Z' }), '2026-12-01');
    expect(dropped).toMatchObject({ outcome: 'dropped', droppedOn: '2026-11-05' });
    // done, reopened, done again: the last "done" counts
    const again = rec({
      due: '2026-11-10',
      history: [
        { status: 'open', at: '2026-11-01T02:00:00.000Z' },
        { status: 'done', at: '2026-11-05T02:00:00.000Z' },
        { status: 'open', at: '2026-11-06T02:00:00.000Z' },
        { status: 'done', at: '2026-11-12T02:00:00.000Z' },
      ],
    });
    expect(assess(again, '2026-12-01')).toMatchObject({ outcome: 'late', doneOn: '2026-11-12', daysLate: 2 });
  });

  it('on-time rate: on time / (on time + late + overdue); null when nothing is decided', () => {
    expect(onTimeRate({ onTime: 3, late: 1, overdue: 0 })).toBe(0.75);
    expect(onTimeRate({ onTime: 0, late: 0, overdue: 0 })).toBeNull();
  });
});
