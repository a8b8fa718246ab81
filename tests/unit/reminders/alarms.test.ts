import { wib } from './tz';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_SEPARATE_NOTIFICATIONS,
  NOTIFICATION_PREFIX,
  REMINDER_NEXT_ALARM,
  REMINDER_TICK_ALARM,
  SENT_STORAGE_KEY,
  SUMMARY_NOTIFICATION_PREFIX,
  createReminders,
  registerReminders,
} from '@/lib/reminders';
import type { SaringDB } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { installMessages } from '../popup/setup';
import { captureReq, freshDb } from '../store/helpers';

let db: SaringDB;
let repo: CommitmentRepository;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  fakeBrowser.reset();
  await installMessages('id');
  db = freshDb();
  clock = wib(2026, 11, 20, 9);
  repo = new CommitmentRepository(db, { now });
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

async function notifications() {
  return (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string; iconUrl: string; type: string }>;
}

async function seedOne(due = '2026-11-27') {
  const { ids } = await repo.capture(
    captureReq({ sentAt: wib(2026, 11, 20, 9).toISOString() }, [{ action: 'mengganti lampu PJU di Gg. Mawar', due }]),
  );
  return ids[0];
}

describe('reminders: alarms and notifications', () => {
  it('nothing before 08:00 the day before; the next alarm is set for it', async () => {
    await seedOne();
    const r = createReminders({ db, now });
    clock = wib(2026, 11, 26, 7, 30);
    expect(await r.check()).toEqual([]);
    expect(Object.keys(await notifications())).toEqual([]);
    const next = await fakeBrowser.alarms.get(REMINDER_NEXT_ALARM);
    expect(next?.scheduledTime).toBe(wib(2026, 11, 26, 8).getTime());
  });

  it('one notification the day before, with icon and text; a restarted worker does not repeat it', async () => {
    const id = await seedOne();
    clock = wib(2026, 11, 26, 8, 0);
    const first = await createReminders({ db, now }).check();
    expect(first.map((x) => x.key)).toEqual([`${id}|dayBefore|2026-11-27`]);
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual([`${NOTIFICATION_PREFIX}${id}|dayBefore|2026-11-27`]);
    const n = Object.values(shown)[0];
    expect(n.type).toBe('basic');
    expect(n.title).toBe('Janji jatuh tempo besok');
    expect(n.message).toBe('mengganti lampu PJU di Gg. Mawar — tenggat Jum, 27 Nov 2026. Klik untuk membuka unggahannya.');
    expect(n.iconUrl).toMatch(/\/icon\/128\.png$/);
    expect((await fakeBrowser.storage.local.get(SENT_STORAGE_KEY))[SENT_STORAGE_KEY]).toEqual([`${id}|dayBefore|2026-11-27`]);

    // the service worker is stopped and started again (new module state, same storage)
    await fakeBrowser.notifications.clear(`${NOTIFICATION_PREFIX}${id}|dayBefore|2026-11-27`);
    clock = wib(2026, 11, 26, 8, 30);
    expect(await createReminders({ db, now }).check()).toEqual([]);
    expect(Object.keys(await notifications())).toEqual([]);
    expect((await fakeBrowser.alarms.get(REMINDER_NEXT_ALARM))?.scheduledTime).toBe(wib(2026, 11, 27, 8).getTime());

    // the due day
    clock = wib(2026, 11, 27, 8, 0);
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_NEXT_ALARM, scheduledTime: clock.getTime() });
    const r = createReminders({ db, now });
    await r.handleAlarm(REMINDER_NEXT_ALARM);
    const due = await notifications();
    expect(Object.values(due).map((x) => x.title)).toEqual(['Janji jatuh tempo hari ini']);
    expect(await fakeBrowser.alarms.get(REMINDER_NEXT_ALARM)).toBeUndefined();
  });

  it('concurrent checks (alarm + change) send once', async () => {
    await seedOne();
    clock = wib(2026, 11, 26, 9);
    const r = createReminders({ db, now });
    const [a, b, c] = await Promise.all([r.check(), r.check(), r.handleAlarm(REMINDER_TICK_ALARM).then(() => [])]);
    expect(a.length + b.length + c.length).toBe(1);
    expect(Object.keys(await notifications())).toHaveLength(1);
  });

  it('done or dropped commitments are not reminded', async () => {
    const id = await seedOne();
    await repo.setStatus(id, 'done');
    clock = wib(2026, 11, 26, 9);
    expect(await createReminders({ db, now }).check()).toEqual([]);
  });

  it('clicking a reminder opens the post and closes the notification', async () => {
    const id = await seedOne();
    clock = wib(2026, 11, 26, 9);
    const r = createReminders({ db, now });
    await r.check();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const nid = `${NOTIFICATION_PREFIX}${id}|dayBefore|2026-11-27`;
    await r.handleClick(nid);
    expect(create).toHaveBeenCalledWith({ url: 'https://x.com/pemkot/status/1' });
    expect(Object.keys(await notifications())).toEqual([]);
    // someone else's notification: ignored
    create.mockClear();
    await r.handleClick('other-extension-thing');
    expect(create).not.toHaveBeenCalled();
  });

  it('many at once: a few separate notifications and one summary; all remembered', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => ({ text: `Kami akan memperbaiki lampu nomor ${i + 1}.`, action: `lampu ${i + 1}`, due: '2026-11-27' }));
    await repo.capture(captureReq({ sentAt: wib(2026, 11, 20, 9).toISOString() }, texts));
    clock = wib(2026, 11, 27, 8, 5);
    const r = createReminders({ db, now });
    expect(await r.check()).toHaveLength(7);
    const shown = await notifications();
    const ids = Object.keys(shown);
    expect(ids.filter((x) => x.startsWith(NOTIFICATION_PREFIX))).toHaveLength(MAX_SEPARATE_NOTIFICATIONS - 1);
    const summary = ids.filter((x) => x.startsWith(SUMMARY_NOTIFICATION_PREFIX));
    expect(summary).toHaveLength(1);
    expect(shown[summary[0]].title).toBe('4 janji lain juga jatuh tempo');
    expect(await r.check()).toEqual([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await r.handleClick(summary[0]);
    expect(create.mock.calls[0][0].url).toMatch(/popup\.html$/);
  });

  it('registerReminders: periodic tick, listeners, and a re-check after a change to the commitments', async () => {
    clock = wib(2026, 11, 26, 9);
    const r = registerReminders(db, { now });
    await r.check();
    expect(await fakeBrowser.alarms.get(REMINDER_TICK_ALARM)).toMatchObject({ periodInMinutes: 30 });

    // an import (written by the background) of a promise due tomorrow, made a week ago
    const at = wib(2026, 11, 20, 9).toISOString();
    await repo.importCommitments([
      {
        id: 'imported-1',
        text: 'Kami akan mengganti lampu PJU paling lambat Jumat.',
        action: 'mengganti lampu PJU',
        deadlinePhrase: 'paling lambat Jumat',
        due: '2026-11-27',
        precision: 'day',
        vague: false,
        platform: 'x',
        url: 'https://x.com/pemkot/status/1',
        excerpt: 'Kami akan mengganti lampu PJU paling lambat Jumat.',
        capturedAt: at,
        status: 'open',
        statusHistory: [{ status: 'open', at }],
        notes: '',
        evidenceUrl: null,
        updatedAt: at,
        dedupeKey: 'k-imported-1',
      },
    ]);
    await vi.waitFor(async () => expect(Object.keys(await notifications())).toEqual([`${NOTIFICATION_PREFIX}imported-1|dayBefore|2026-11-27`]), {
      timeout: 3000,
    });

    // the click listener is wired
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`${NOTIFICATION_PREFIX}imported-1|dayBefore|2026-11-27`);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://x.com/pemkot/status/1' }));
  });
});
