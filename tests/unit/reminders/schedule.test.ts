import { wib } from './tz';
import { describe, expect, it } from 'vitest';
import {
  nextReminderAt,
  occasions,
  parseReminderKey,
  pruneSent,
  reminderKey,
  remindersDue,
  type ReminderSubject,
} from '@/lib/reminders/schedule';

function c(over: Partial<ReminderSubject> = {}): ReminderSubject {
  return {
    id: 'c1',
    status: 'open',
    due: '2026-11-27',
    capturedAt: wib(2026, 11, 20, 10).toISOString(),
    updatedAt: wib(2026, 11, 20, 10).toISOString(),
    ...over,
  };
}
const none = new Set<string>();
const kinds = (xs: { kind: string }[]) => xs.map((x) => x.kind);

describe('reminder schedule (Asia/Jakarta)', () => {
  it('runs in the Jakarta time zone', () => {
    expect(new Date('2026-11-26T01:00:00Z').getHours()).toBe(8);
  });

  it('occasions are 08:00 local the day before and on the due date', () => {
    const [before, day] = occasions('2026-11-27');
    expect(new Date(before.fireAt).toISOString()).toBe('2026-11-26T01:00:00.000Z');
    expect(new Date(before.until).toISOString()).toBe('2026-11-26T17:00:00.000Z'); // midnight WIB
    expect(new Date(day.fireAt).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(new Date(day.until).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(new Date(occasions('2026-11-27', { hour: 7 })[1].fireAt).getHours()).toBe(7);
  });

  it('the day before: not at 07:59, yes from 08:00 until midnight, not again once sent', () => {
    expect(remindersDue([c()], wib(2026, 11, 26, 7, 59), none)).toEqual([]);
    const at8 = remindersDue([c()], wib(2026, 11, 26, 8, 0), none);
    expect(kinds(at8)).toEqual(['dayBefore']);
    expect(at8[0].key).toBe('c1|dayBefore|2026-11-27');
    expect(kinds(remindersDue([c()], wib(2026, 11, 26, 23, 59), none))).toEqual(['dayBefore']);
    expect(remindersDue([c()], wib(2026, 11, 26, 9), new Set([at8[0].key]))).toEqual([]);
  });

  it('a missed "due tomorrow" is not sent late; the due day has its own', () => {
    expect(remindersDue([c()], wib(2026, 11, 27, 0, 0), none)).toEqual([]);
    expect(remindersDue([c()], wib(2026, 11, 27, 7, 0), none)).toEqual([]);
    expect(kinds(remindersDue([c()], wib(2026, 11, 27, 8, 0), none))).toEqual(['dueDay']);
    expect(kinds(remindersDue([c()], wib(2026, 11, 27, 22, 0), none))).toEqual(['dueDay']);
    // after the due date: overdue, shown by the badge, no reminder
    expect(remindersDue([c()], wib(2026, 11, 28, 8, 0), none)).toEqual([]);
  });

  it('only open commitments with a date', () => {
    const at = wib(2026, 11, 26, 9);
    expect(remindersDue([c({ status: 'done' }), c({ status: 'dropped' }), c({ due: null }), c({ due: 'not-a-date' })], at, none)).toEqual([]);
  });

  it('skips an occasion that began before the commitment was captured or last changed', () => {
    // "akan kami cek besok", captured at 10:00 on the 26th: no "due tomorrow" (they just wrote it)
    const late = c({ capturedAt: wib(2026, 11, 26, 10).toISOString(), updatedAt: wib(2026, 11, 26, 10).toISOString() });
    expect(remindersDue([late], wib(2026, 11, 26, 11), none)).toEqual([]);
    expect(kinds(remindersDue([late], wib(2026, 11, 27, 8), none))).toEqual(['dueDay']);
    // due date edited to today at 09:00: no immediate "due today"
    const edited = c({ due: '2026-11-27', updatedAt: wib(2026, 11, 27, 9).toISOString() });
    expect(remindersDue([edited], wib(2026, 11, 27, 9, 1), none)).toEqual([]);
  });

  it('a new due date gets new reminders', () => {
    const sent = new Set([reminderKey('c1', 'dayBefore', '2026-11-27'), reminderKey('c1', 'dueDay', '2026-11-27')]);
    const moved = c({ due: '2026-12-04' });
    expect(kinds(remindersDue([moved], wib(2026, 12, 3, 8), sent))).toEqual(['dayBefore']);
  });

  it('next reminder time: the earliest unsent occasion after now', () => {
    const list = [c(), c({ id: 'c2', due: '2026-11-30' }), c({ id: 'c3', status: 'done', due: '2026-11-21' })];
    expect(new Date(nextReminderAt(list, wib(2026, 11, 20, 12), none)!).toISOString()).toBe('2026-11-26T01:00:00.000Z');
    const sent = new Set([reminderKey('c1', 'dayBefore', '2026-11-27')]);
    expect(new Date(nextReminderAt(list, wib(2026, 11, 26, 9), sent)!).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(nextReminderAt(list, wib(2026, 12, 1), none)).toBeNull();
  });

  it('simulated fortnight, hourly ticks: exactly two reminders per commitment, at 08:00 local', () => {
    const list = [
      c({ id: 'a', due: '2026-11-23' }),
      c({ id: 'b', due: '2026-11-27' }),
      c({ id: 'c', due: '2026-11-27' }),
      c({ id: 'd', due: '2026-12-01', status: 'done' }),
      c({ id: 'e', due: null }),
    ];
    const sent = new Set<string>();
    const log: string[] = [];
    for (let t = wib(2026, 11, 21).getTime(); t < wib(2026, 12, 5).getTime(); t += 15 * 60_000) {
      const now = new Date(t);
      for (const r of remindersDue(list, now, sent)) {
        sent.add(r.key);
        log.push(`${r.commitment.id} ${r.kind} ${now.getDate()}/${now.getMonth() + 1} ${now.getHours()}:${String(now.getMinutes()).padStart(2, '0')}`);
      }
    }
    expect(log).toEqual([
      'a dayBefore 22/11 8:00',
      'a dueDay 23/11 8:00',
      'b dayBefore 26/11 8:00',
      'c dayBefore 26/11 8:00',
      'b dueDay 27/11 8:00',
      'c dueDay 27/11 8:00',
    ]);
  });

  it('a service worker that was asleep at 08:00 sends on waking, once', () => {
    const sent = new Set<string>();
    const wake = wib(2026, 11, 26, 13, 17);
    const first = remindersDue([c()], wake, sent);
    expect(kinds(first)).toEqual(['dayBefore']);
    first.forEach((r) => sent.add(r.key));
    expect(remindersDue([c()], new Date(wake.getTime() + 60_000), sent)).toEqual([]);
  });

  it('sent keys are pruned once their occasions cannot come back', () => {
    const keys = [reminderKey('a', 'dueDay', '2026-11-20'), reminderKey('b', 'dueDay', '2026-11-25'), reminderKey('c', 'dayBefore', '2026-11-27'), 'junk'];
    expect([...pruneSent(keys, wib(2026, 11, 26, 9))]).toEqual([keys[1], keys[2]]);
    expect(parseReminderKey('x|y|dueDay|2026-11-27')).toEqual({ id: 'x|y', kind: 'dueDay', due: '2026-11-27' });
    expect(parseReminderKey('junk')).toBeNull();
  });
});
