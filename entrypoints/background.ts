/**
 * The background service worker: the single writer of the commitment database. It validates every
 * message (lib/messages/schema.ts), checks who sent it, and keeps the toolbar badge = overdue count.
 * No network, ever.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerExtensionUi } from '@/lib/context-menu';
import { injectAnalyzer, isAnalyzerRequest } from '@/lib/compose/analyzer-injection';
import { registerReminders } from '@/lib/reminders';
import { BADGE_ALARM, ensureBadgeAlarm, setBadge } from '@/lib/store/badge';
import { getDb } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { createRequestHandler, type SenderInfo } from '@/lib/store/service';
import { addToAllowlist, loadSettings } from '@/lib/settings';
import { storagePendingStore } from '@/lib/store/pending';

export default defineBackground(() => {
  const repo = new CommitmentRepository(getDb());
  // Reminders the day before and on the due date (alarms + notifications; see lib/reminders).
  registerReminders(getDb());
  // Context menu "Periksa dengan Saring", the open-findings shortcut, onboarding on install.
  registerExtensionUi();

  const refreshBadge = async () => {
    try {
      await setBadge(await repo.overdueCount());
    } catch (e) {
      console.warn('[Saring] badge', e);
    }
  };

  const handle = createRequestHandler({
    repo,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onChange: refreshBadge,
    allowContact: addToAllowlist,
    captureIncognito: async () => (await loadSettings()).captureIncognito,
    // captures are persisted on arrival and logged even if the tab closes or the worker stops (issue 15)
    pending: storagePendingStore(browser.storage.local as unknown as Parameters<typeof storagePendingStore>[0]),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (isAnalyzerRequest(message)) {
      injectAnalyzer(sender).then(sendResponse);
      return true;
    }
    handle(message, sender as SenderInfo).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true; // respond asynchronously
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(() => void refreshBadge());

  // captures left pending by a stopped worker or a closed browser are logged now
  void handle.drainPending().catch((e: unknown) => console.warn('[Saring] pending captures', e));
  void ensureBadgeAlarm();
  void refreshBadge();
});
