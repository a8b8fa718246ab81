/**
 * When to remind, as pure functions of (commitments, now, what was already sent). No browser API here:
 * the alarm/notification wiring is in ./alarms.ts.
 *
 * Two occasions per open commitment with a due date, at REMINDER_HOUR local time (the browser's time zone):
 *   - dayBefore: from 08:00 the day before the due date until that day ends ("jatuh tempo besok")
 *   - dueDay:    from 08:00 on the due date until it ends ("jatuh tempo hari ini")
 * An occasion is sent at most once (its key is remembered). An occasion whose window has passed is not
 * sent late (a "due tomorrow" on the due day would be wrong; after the due date the badge shows it as
 * overdue). An occasion that began before the commitment was captured or last changed is skipped: the
 * official has just seen it.
 */
import { addDays, isYmd, localYmd } from '../store/dates';
import type { CommitmentRecord } from '../store/types';

export type ReminderKind = 'dayBefore' | 'dueDay';
export const REMINDER_KINDS: readonly ReminderKind[] = ['dayBefore', 'dueDay'];
export const REMINDER_HOUR = 8;

export type ReminderSubject = Pick<CommitmentRecord, 'id' | 'status' | 'due' | 'capturedAt' | 'updatedAt'>;

export interface Occasion {
  kind: ReminderKind;
  /** epoch ms: when the reminder becomes due */
  fireAt: number;
  /** epoch ms: when it is no longer worth sending */
  until: number;
}

export interface DueReminder<T extends ReminderSubject = ReminderSubject> {
  key: string;
  kind: ReminderKind;
  commitment: T;
  fireAt: number;
}

export interface ScheduleOptions {
  /** local hour of the reminders (default 8) */
  hour?: number;
}

/** One key per commitment, occasion and due date: a new due date gets new reminders. */
export function reminderKey(id: string, kind: ReminderKind, due: string): string {
  return `${id}|${kind}|${due}`;
}

export function parseReminderKey(key: string): { id: string; kind: ReminderKind; due: string } | null {
  const m = /^(.+)\|(dayBefore|dueDay)\|(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m ? { id: m[1], kind: m[2] as ReminderKind, due: m[3] } : null;
}

/** Local midnight + hour of a YYYY-MM-DD, as epoch ms. */
export function localTime(ymd: string, hour = 0): number {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y, m - 1, d, hour, 0, 0, 0).getTime();
}

export function occasions(due: string, opts: ScheduleOptions = {}): Occasion[] {
  const hour = opts.hour ?? REMINDER_HOUR;
  const before = addDays(due, -1);
  return [
    { kind: 'dayBefore', fireAt: localTime(before, hour), until: localTime(due) },
    { kind: 'dueDay', fireAt: localTime(due, hour), until: localTime(addDays(due, 1)) },
  ];
}

function seenAt(c: ReminderSubject): number {
  const t = Math.max(Date.parse(c.capturedAt), Date.parse(c.updatedAt));
  return Number.isNaN(t) ? -Infinity : t;
}

/** The reminders to send now: open, dated, window open, not sent yet. Earliest due first. */
export function remindersDue<T extends ReminderSubject>(
  commitments: readonly T[],
  now: Date,
  sent: ReadonlySet<string>,
  opts: ScheduleOptions = {},
): DueReminder<T>[] {
  const t = now.getTime();
  const out: DueReminder<T>[] = [];
  for (const c of commitments) {
    if (c.status !== 'open' || !c.due || !isYmd(c.due)) continue;
    for (const o of occasions(c.due, opts)) {
      if (t < o.fireAt || t >= o.until) continue;
      if (o.fireAt <= seenAt(c)) continue;
      const key = reminderKey(c.id, o.kind, c.due);
      if (!sent.has(key)) out.push({ key, kind: o.kind, commitment: c, fireAt: o.fireAt });
    }
  }
  return out.sort((a, b) => a.fireAt - b.fireAt || (a.commitment.due! < b.commitment.due! ? -1 : 1));
}

/** The next moment after `now` at which some reminder becomes due, or null. */
export function nextReminderAt(
  commitments: readonly ReminderSubject[],
  now: Date,
  sent: ReadonlySet<string>,
  opts: ScheduleOptions = {},
): number | null {
  const t = now.getTime();
  let next: number | null = null;
  for (const c of commitments) {
    if (c.status !== 'open' || !c.due || !isYmd(c.due)) continue;
    for (const o of occasions(c.due, opts)) {
      if (o.fireAt <= t || o.fireAt <= seenAt(c)) continue;
      if (sent.has(reminderKey(c.id, o.kind, c.due))) continue;
      if (next === null || o.fireAt < next) next = o.fireAt;
    }
  }
  return next;
}

/** The due dates whose reminders may still matter at `now`: today up to `days` ahead. */
export function reminderWindow(now: Date, days = 2): { from: string; to: string } {
  const today = localYmd(now);
  return { from: today, to: addDays(today, days) };
}

/** Forget sent keys whose occasions can never come again (due date before yesterday). */
export function pruneSent(sent: Iterable<string>, now: Date): Set<string> {
  const keep = addDays(localYmd(now), -1);
  const out = new Set<string>();
  for (const k of sent) {
    const p = parseReminderKey(k);
    if (p && p.due >= keep) out.add(k);
  }
  return out;
}
