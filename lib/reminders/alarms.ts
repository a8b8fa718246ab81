/**
 * The thin browser wiring of reminders: `browser.alarms` wakes the service worker (a periodic tick plus a
 * one-shot alarm at the next reminder time), the pure schedule (./schedule.ts) says what is due, and
 * `browser.notifications` shows it. What was sent is kept in storage.local, so a restarted service
 * worker does not repeat a reminder. Clicking a reminder opens the post it was promised in.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatDue, localYmd } from '../store/dates';
import type { SaringDB } from '../store/db';
import type { CommitmentRecord } from '../store/types';
import {
  REMINDER_HOUR,
  nextReminderAt,
  parseReminderKey,
  pruneSent,
  reminderWindow,
  remindersDue,
  type DueReminder,
} from './schedule';

export const REMINDER_TICK_ALARM = 'saring/reminders-tick';
export const REMINDER_NEXT_ALARM = 'saring/reminders-next';
export const REMINDER_TICK_MINUTES = 30;
export const SENT_STORAGE_KEY = 'saring:reminders:sent';
/** notification id = prefix + reminder key */
export const NOTIFICATION_PREFIX = 'saring-reminder:';
export const SUMMARY_NOTIFICATION_PREFIX = 'saring-reminders:';
/** More reminders at once than this are bundled into one summary notification. */
export const MAX_SEPARATE_NOTIFICATIONS = 4;
export const ICON_PATH = '/icon/128.png';

export interface RemindersDeps {
  db: SaringDB;
  /** clock, for tests */
  now?: () => Date;
  hour?: number;
}

export interface Reminders {
  /** Send what is due now, remember it, and set the alarm for the next one. Serialised. */
  check(): Promise<DueReminder<CommitmentRecord>[]>;
  handleAlarm(name: string): Promise<void>;
  handleClick(notificationId: string): Promise<void>;
  /** Create the periodic tick if it does not exist yet. */
  ensureTick(): Promise<void>;
}

const PAGE_URL = '/popup.html';

function lang(): 'id' | 'en' {
  try {
    return i18n.t('lang') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function clip(s: string, n: number): string {
  const c = s.replace(/\s+/g, ' ').trim();
  return c.length <= n ? c : c.slice(0, n - 1) + '…';
}

export function createReminders(deps: RemindersDeps): Reminders {
  const now = deps.now ?? (() => new Date());
  const opts = { hour: deps.hour ?? REMINDER_HOUR };
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn, fn);
    chain = p.catch(() => undefined);
    return p;
  };

  async function candidates(at: Date): Promise<CommitmentRecord[]> {
    const { from, to } = reminderWindow(at);
    return deps.db.commitments.where('[status+due]').between(['open', from], ['open', to], true, true).toArray();
  }

  async function loadSent(): Promise<Set<string>> {
    const got = await browser.storage.local.get(SENT_STORAGE_KEY);
    const v = (got as Record<string, unknown>)[SENT_STORAGE_KEY];
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  }

  async function notify(due: DueReminder<CommitmentRecord>[], at: Date): Promise<void> {
    const iconUrl = browser.runtime.getURL(ICON_PATH as '/popup.html');
    const l = lang();
    const separate = due.length > MAX_SEPARATE_NOTIFICATIONS ? due.slice(0, MAX_SEPARATE_NOTIFICATIONS - 1) : due;
    for (const r of separate) {
      const c = r.commitment;
      try {
        await browser.notifications.create(NOTIFICATION_PREFIX + r.key, {
          type: 'basic',
          iconUrl,
          title: r.kind === 'dayBefore' ? i18n.t('reminders.dayBefore') : i18n.t('reminders.dueDay'),
          message: i18n.t('reminders.body', [clip(c.action || c.text, 160), formatDue(c.due!, l)]),
        });
      } catch (e) {
        console.warn('[Saring] notification', e);
      }
    }
    const rest = due.length - separate.length;
    if (rest > 0) {
      try {
        await browser.notifications.create(`${SUMMARY_NOTIFICATION_PREFIX}${at.getTime()}`, {
          type: 'basic',
          iconUrl,
          title: i18n.t('reminders.more', rest),
          message: i18n.t('reminders.moreBody'),
        });
      } catch (e) {
        console.warn('[Saring] notification', e);
      }
    }
  }

  async function schedule(list: CommitmentRecord[], sent: Set<string>, at: Date): Promise<void> {
    const next = nextReminderAt(list, at, sent, opts);
    if (next === null) await browser.alarms.clear(REMINDER_NEXT_ALARM);
    else await browser.alarms.create(REMINDER_NEXT_ALARM, { when: next });
  }

  async function runCheck(): Promise<DueReminder<CommitmentRecord>[]> {
    const at = now();
    const list = await candidates(at);
    const stored = await loadSent();
    const sent = pruneSent(stored, at);
    const due = remindersDue(list, at, sent, opts);
    for (const r of due) sent.add(r.key);
    // Remember before showing: a crash in between loses one reminder rather than repeating it.
    if (due.length > 0 || sent.size !== stored.size) await browser.storage.local.set({ [SENT_STORAGE_KEY]: [...sent] });
    if (due.length > 0) await notify(due, at);
    await schedule(list, sent, at);
    return due;
  }

  return {
    check: () => serial(runCheck),

    async handleAlarm(name) {
      if (name === REMINDER_TICK_ALARM || name === REMINDER_NEXT_ALARM) await serial(runCheck);
    },

    async handleClick(notificationId) {
      let url: string | null = null;
      if (notificationId.startsWith(NOTIFICATION_PREFIX)) {
        const key = parseReminderKey(notificationId.slice(NOTIFICATION_PREFIX.length));
        const c = key ? await deps.db.commitments.get(key.id) : undefined;
        url = c && /^https?:\/\//i.test(c.url) ? c.url : browser.runtime.getURL(PAGE_URL);
      } else if (notificationId.startsWith(SUMMARY_NOTIFICATION_PREFIX)) {
        url = browser.runtime.getURL(PAGE_URL);
      } else {
        return; // not ours
      }
      await browser.tabs.create({ url });
      await browser.notifications.clear(notificationId);
    },

    async ensureTick() {
      const existing = await browser.alarms.get(REMINDER_TICK_ALARM);
      if (!existing) await browser.alarms.create(REMINDER_TICK_ALARM, { delayInMinutes: 1, periodInMinutes: REMINDER_TICK_MINUTES });
    },
  };
}

/**
 * Wire reminders into the background service worker: listeners (registered synchronously, as MV3
 * requires), the periodic tick, a check at start, and a re-check shortly after any change to the
 * commitments table (a capture, an edited due date, an import).
 */
export function registerReminders(db: SaringDB, deps: Omit<RemindersDeps, 'db'> = {}): Reminders {
  const r = createReminders({ db, ...deps });
  const warn = (e: unknown) => console.warn('[Saring] reminders', e);
  browser.alarms.onAlarm.addListener((alarm) => void r.handleAlarm(alarm.name).catch(warn));
  browser.notifications?.onClicked.addListener((id) => void r.handleClick(id).catch(warn));

  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((k) => k.includes(`/${db.name}/commitments`))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void r.check().catch(warn), 300);
  });

  void r.ensureTick().catch(warn);
  void r.check().catch(warn);
  return r;
}

/** For tests and logs: the local date the reminders were computed for. */
export const reminderDay = (at: Date) => localYmd(at);
