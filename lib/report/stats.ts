/**
 * The accountability report's numbers for a period: totals, promises per month by outcome, on-time
 * rate per month, per platform, the longest-overdue list, and the table rows. Pure.
 *
 * Which promises belong to the period (`basis`):
 *   'captured' — promises MADE in the period (the capture date), the default;
 *   'due'      — promises whose deadline (see ./outcome.ts deadlineEnd) falls in the period; undated
 *                promises have none and are left out.
 * Outcomes are judged as of `today`, so a past month's report still shows what became of its promises.
 */
import type { PlatformId } from '../platforms/types';
import type { CommitmentRecord } from '../store/types';
import { OUTCOMES, assess, onTimeRate, type Assessed, type Outcome } from './outcome';
import { chartMonths, inPeriod, monthOf, type Period } from './period';

export type Basis = 'captured' | 'due';
export const BASES: readonly Basis[] = ['captured', 'due'];

export type OutcomeCounts = Record<Outcome, number>;

export interface Totals extends OutcomeCounts {
  /** every promise in the period */
  promised: number;
  /** onTime + late */
  done: number;
  /** see onTimeRate; 0..1 or null */
  onTimeRate: number | null;
}

export interface MonthBucket extends OutcomeCounts {
  /** "2026-11" */
  month: string;
  total: number;
  rate: number | null;
  /** inside the chosen period (the chart may show earlier months for context) */
  inPeriod: boolean;
}

export interface PlatformBucket extends OutcomeCounts {
  platform: PlatformId;
  total: number;
}

export interface ReportData {
  period: Period;
  basis: Basis;
  today: string;
  totals: Totals;
  /** the promises of the period, oldest anchor date first */
  rows: Assessed[];
  months: MonthBucket[];
  platforms: PlatformBucket[];
  /** overdue promises of the period, most days overdue first */
  longestOverdue: Assessed[];
}

export const emptyCounts = (): OutcomeCounts => ({ onTime: 0, late: 0, open: 0, overdue: 0, dropped: 0 });

/** The date that places a promise in a period or month, by basis; null when it has none (undated, 'due'). */
export function anchorOf(a: Assessed, basis: Basis): string | null {
  return basis === 'due' ? a.deadline : a.capturedOn;
}

export function totalsOf(rows: readonly Assessed[]): Totals {
  const c = emptyCounts();
  for (const a of rows) c[a.outcome]++;
  return { ...c, promised: rows.length, done: c.onTime + c.late, onTimeRate: onTimeRate(c) };
}

export interface ReportOptions {
  basis?: Basis;
  /** how many entries the longest-overdue list holds */
  overdueLimit?: number;
}

export function buildReport(records: readonly CommitmentRecord[], period: Period, today: string, opts: ReportOptions = {}): ReportData {
  const basis = opts.basis ?? 'captured';
  const months = chartMonths(period);
  const firstMonth = months[0];
  const lastMonth = months[months.length - 1];
  const byMonth = new Map<string, OutcomeCounts>(months.map((m) => [m, emptyCounts()]));
  const rows: Assessed[] = [];
  const platforms = new Map<PlatformId, OutcomeCounts>();

  for (const r of records) {
    const a = assess(r, today);
    const anchor = anchorOf(a, basis);
    if (anchor === null) continue;
    const m = monthOf(anchor);
    if (m >= firstMonth && m <= lastMonth) byMonth.get(m)![a.outcome]++;
    if (!inPeriod(anchor, period)) continue;
    rows.push(a);
    let p = platforms.get(r.platform);
    if (!p) platforms.set(r.platform, (p = emptyCounts()));
    p[a.outcome]++;
  }

  rows.sort((x, y) => {
    const ax = anchorOf(x, basis)!;
    const ay = anchorOf(y, basis)!;
    return ax < ay ? -1 : ax > ay ? 1 : x.record.capturedAt.localeCompare(y.record.capturedAt);
  });
  const sum = (c: OutcomeCounts) => OUTCOMES.reduce((n, o) => n + c[o], 0);
  return {
    period,
    basis,
    today,
    totals: totalsOf(rows),
    rows,
    months: months.map((month) => {
      const c = byMonth.get(month)!;
      return { month, ...c, total: sum(c), rate: onTimeRate(c), inPeriod: month >= monthOf(period.from) && month <= monthOf(period.to) };
    }),
    platforms: [...platforms.entries()]
      .map(([platform, c]) => ({ platform, ...c, total: sum(c) }))
      .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform)),
    longestOverdue: rows
      .filter((a) => a.outcome === 'overdue')
      .sort((a, b) => b.daysLate - a.daysLate || (a.deadline ?? '').localeCompare(b.deadline ?? ''))
      .slice(0, opts.overdueLimit ?? 10),
  };
}
