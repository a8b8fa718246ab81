/** The toolbar badge shows the number of overdue commitments (empty when none). */
import { browser } from 'wxt/browser';

export const BADGE_ALARM = 'saring/badge-tick';
export const BADGE_PERIOD_MINUTES = 60;
const BADGE_COLOR = '#B42318';

export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 99 ? '99+' : String(overdue);
}

export async function setBadge(overdue: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: badgeText(overdue) });
  if (overdue > 0) await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/** Create the periodic tick once; recreating it on every service-worker start would keep postponing it. */
export async function ensureBadgeAlarm(): Promise<void> {
  const existing = await browser.alarms.get(BADGE_ALARM);
  if (!existing) await browser.alarms.create(BADGE_ALARM, { delayInMinutes: 1, periodInMinutes: BADGE_PERIOD_MINUTES });
}
