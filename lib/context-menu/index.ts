/**
 * Background hooks for the extension's own UI:
 * - the context menu "Periksa dengan Saring" on selected text: the selection is kept in session storage
 *   and the quick check opens with it (the toolbar popup where the browser allows opening it, otherwise
 *   popup.html?tab=periksa in a new tab);
 * - the keyboard command `open-findings` (declared in wxt.config.ts): asks the active tab's content
 *   script to open the findings of the focused compose box ({type: 'ui/open-findings'});
 * - on install, the onboarding page.
 * Nothing here makes a network request.
 */
import { browser } from 'wxt/browser';

export const MENU_ID = 'saring-periksa';
export const OPEN_FINDINGS_COMMAND = 'open-findings';
export const PENDING_KEY = 'periksaSelection';
/** a pending selection older than this is ignored (the user opened the popup for something else) */
export const PENDING_MAX_AGE_MS = 5 * 60_000;
/** the quick check does not need more than this */
export const MAX_SELECTION_CHARS = 20_000;

export interface PendingSelection {
  text: string;
  at: number;
}

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else storage.local. */
function area(): Area {
  const s = (browser.storage as unknown as { session?: Area }).session;
  return s && typeof s.get === 'function' ? s : (browser.storage.local as unknown as Area);
}

function menuTitle(): string {
  try {
    return (browser.i18n.getMessage as unknown as (k: string) => string)('menu_periksa') || 'Periksa dengan Saring';
  } catch {
    return 'Periksa dengan Saring';
  }
}

async function createMenu(): Promise<void> {
  if (!browser.contextMenus?.create) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: menuTitle(), contexts: ['selection'] }, () => {
    // reading lastError keeps Chrome from logging "Unchecked runtime.lastError" on a duplicate id
    void browser.runtime.lastError;
  });
}

export async function storePendingSelection(text: string, now = Date.now()): Promise<void> {
  await area().set({ [PENDING_KEY]: { text: text.slice(0, MAX_SELECTION_CHARS), at: now } satisfies PendingSelection });
}

/** For the popup: the selection sent from the context menu, once (it is removed when read). */
export async function takePendingSelection(now = Date.now()): Promise<string | null> {
  try {
    const a = area();
    const v = (await a.get(PENDING_KEY))[PENDING_KEY] as PendingSelection | undefined;
    if (!v) return null;
    await a.remove(PENDING_KEY);
    if (typeof v.text !== 'string' || !v.text.trim() || typeof v.at !== 'number' || now - v.at > PENDING_MAX_AGE_MS) return null;
    return v.text;
  } catch {
    return null;
  }
}

/**
 * Open the quick check: the toolbar popup if the browser lets us, otherwise a tab. openPopup is called
 * synchronously (Firefox only allows it inside the user's action); the tab waits for `ready` (the
 * stored selection).
 */
export async function openPeriksa(ready: Promise<unknown> = Promise.resolve()): Promise<'popup' | 'tab'> {
  type Opener = { openPopup?: () => Promise<void> };
  const b = browser as unknown as { action?: Opener; browserAction?: Opener };
  const action = b.action ?? b.browserAction;
  let opening: Promise<void> | null = null;
  try {
    opening = action?.openPopup ? action.openPopup() : null;
  } catch {
    opening = null;
  }
  if (opening) {
    try {
      await opening;
      return 'popup';
    } catch {
      // not allowed here (no focused window, older browser): fall back to a tab
    }
  }
  await ready.catch(() => {});
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?tab=periksa') });
  return 'tab';
}

/** For an open popup: a selection that arrives after it started (the write may finish after the popup). */
export function watchPendingSelection(cb: (text: string) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(PENDING_KEY in changes) || !changes[PENDING_KEY].newValue) return;
    void takePendingSelection().then((t) => t && cb(t));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch((e: unknown) => console.warn('[saring] context menu', e)));
  browser.contextMenus?.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = (info.selectionText ?? '').trim();
    if (!text) return;
    // openPopup must run while the click still counts as the user's action: nothing awaited before it
    const stored = storePendingSelection(text);
    void openPeriksa(stored).catch((e: unknown) => console.warn('[saring] periksa', e));
  });
}

/** The command for "open the findings of the focused box" → the active tab's content script. */
export function registerShortcut(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command !== OPEN_FINDINGS_COMMAND) return;
    void sendOpenFindings().catch(() => {});
  });
}

export async function sendOpenFindings(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await browser.tabs.sendMessage(tab.id, { type: 'ui/open-findings' });
    return true;
  } catch {
    return false; // no content script on this page
  }
}

/** On a fresh install, open the onboarding page (not on update or browser update). */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }).catch(() => {});
  });
}

/**
 * Everything above, for the background's main(). Each part is guarded: an API a browser (or the test
 * fake) lacks must not stop the background's other work.
 */
export function registerExtensionUi(): void {
  for (const register of [registerContextMenu, registerShortcut, registerOnboarding]) {
    try {
      register();
    } catch (e) {
      console.warn('[saring] ui hooks', register.name, e);
    }
  }
}
