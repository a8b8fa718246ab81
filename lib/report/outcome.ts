/**
 * Was a promise kept on time? Judged by the deadline's PRECISION, not only its stored date: the stored
 * `due` of "bulan depan" is one day in next month, but the promise was "next month", so any day of that
 * month is on time. The last day that still counts:
 *
 *   day / none → the due date itself
 *   week       → the Sunday of its Monday-first week ("minggu depan", "akhir pekan")
 *   month      → the last day of its month ("akhir bulan", "bulan Desember", "bulan depan")
 *   quarter    → the last day of its calendar quarter ("triwulan I", "Q3 2027")
 *   year       → 31 December of its year ("tahun depan", "pada 2027")
 *
 * Dates are local calendar days; the day a promise was done is the local date of the status change.
 */
import type { DatePrecision } from '../analyze/types';
import { addDays, daysInMonth, diffDays, formatYmd, mondayOf, parseYmd, quarterEnd, quarterOf } from '../dates/calendar';
import { localYmd } from '../store/dates';
import type { CommitmentRecord } from '../store/types';

export type Outcome = 'onTime' | 'late' | 'open' | 'overdue' | 'dropped';
/** Display and stacking order. */
export const OUTCOMES: readonly Outcome[] = ['onTime', 'late', 'open', 'overdue', 'dropped'];

/** The last local day on which keeping the promise is still on time, or null without a due date. */
export function deadlineEnd(due: string | null, precision: DatePrecision): string | null {
  if (!due) return null;
  const d = parseYmd(due);
  if (!d) return null;
  switch (precision) {
    case 'week':
      return formatYmd(addDays(mondayOf(d), 6));
    case 'month':
      return formatYmd({ y: d.y, m: d.m, d: daysInMonth(d.y, d.m) });
    case 'quarter':
      return formatYmd(quarterEnd(d.y, quarterOf(d.m)));
    case 'year':
      return `${String(d.y).padStart(4, '0')}-12-31`;
    default:
      return due;
  }
}

export interface Assessed {
  record: CommitmentRecord;
  outcome: Outcome;
  /** the last on-time day (deadlineEnd), or null when the promise has no date */
  deadline: string | null;
  /** local date of the capture */
  capturedOn: string;
  /** local date it was marked done (done only) */
  doneOn: string | null;
  /** local date it was dropped (dropped only) */
  droppedOn: string | null;
  /** days past the deadline: when it was done (late) or by today (overdue); 0 otherwise */
  daysLate: number;
}

const dayOf = (iso: string): string | null => {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? null : localYmd(t);
};

/** When the record reached its current status: the last history entry with that status. */
function statusDay(r: CommitmentRecord): string | null {
  for (let i = r.statusHistory.length - 1; i >= 0; i--) {
    if (r.statusHistory[i].status === r.status) return dayOf(r.statusHistory[i].at);
  }
  return dayOf(r.updatedAt);
}

const daysFrom = (a: string, b: string) => diffDays(parseYmd(b)!, parseYmd(a)!);

/** The outcome of one promise as of `today` (YYYY-MM-DD, local). */
export function assess(r: CommitmentRecord, today: string): Assessed {
  const deadline = deadlineEnd(r.due, r.precision);
  const capturedOn = dayOf(r.capturedAt) ?? today;
  const base = { record: r, deadline, capturedOn, doneOn: null, droppedOn: null, daysLate: 0 };
  if (r.status === 'dropped') return { ...base, outcome: 'dropped', droppedOn: statusDay(r) };
  if (r.status === 'done') {
    const doneOn = statusDay(r) ?? today;
    // A promise without a date cannot be late: keeping it is keeping it.
    const late = deadline !== null && doneOn > deadline;
    return { ...base, doneOn, outcome: late ? 'late' : 'onTime', daysLate: late ? daysFrom(deadline, doneOn) : 0 };
  }
  if (deadline !== null && today > deadline) return { ...base, outcome: 'overdue', daysLate: daysFrom(deadline, today) };
  return { ...base, outcome: 'open' };
}

/**
 * Share kept on time among the promises whose outcome is decided by now: on time / (on time + late +
 * overdue). Open promises not yet due and dropped ones do not count. Null when nothing is decided.
 */
export function onTimeRate(c: Pick<Record<Outcome, number>, 'onTime' | 'late' | 'overdue'>): number | null {
  const n = c.onTime + c.late + c.overdue;
  return n === 0 ? null : c.onTime / n;
}
