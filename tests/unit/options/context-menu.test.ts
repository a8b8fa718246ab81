import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MENU_ID,
  PENDING_KEY,
  registerExtensionUi,
  sendOpenFindings,
  storePendingSelection,
  takePendingSelection,
  watchPendingSelection,
} from '@/lib/context-menu';

const fb = fakeBrowser as any;

/** fakeBrowser leaves these events unimplemented. */
function fakeEvent() {
  const listeners: ((...a: any[]) => unknown)[] = [];
  return {
    addListener: (l: (...a: any[]) => unknown) => void listeners.push(l),
    removeListener: (l: (...a: any[]) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...a: any[]) => unknown) => listeners.includes(l),
    trigger: async (...a: any[]) => Promise.all(listeners.map((l) => l(...a))),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fb.contextMenus.onClicked = fakeEvent();
  fb.commands.onCommand = fakeEvent();
});

async function flush() {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('context menu, shortcut, onboarding', () => {
  it('creates "Periksa dengan Saring" for selections on install and opens onboarding', async () => {
    const create = vi.spyOn(fb.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fb.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const tabsCreate = vi.spyOn(fb.tabs, 'create').mockResolvedValue({ id: 9 });
    vi.spyOn(fb.i18n, 'getMessage').mockImplementation((k: unknown) => (k === 'menu_periksa' ? 'Periksa dengan Saring' : ''));
    registerExtensionUi();
    await fb.runtime.onInstalled.trigger({ reason: 'install' });
    await flush();
    expect(create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Periksa dengan Saring', contexts: ['selection'] }, expect.any(Function));
    expect(tabsCreate).toHaveBeenCalledWith({ url: expect.stringMatching(/\/onboarding\.html$/) });

    tabsCreate.mockClear();
    await fb.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await flush();
    expect(tabsCreate).not.toHaveBeenCalled();
  });

  it('a click stores the selection and opens the popup; falls back to popup.html?tab=periksa in a tab', async () => {
    vi.spyOn(fb.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fb.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const openPopup = vi.spyOn(fb.action, 'openPopup').mockResolvedValue(undefined);
    const tabsCreate = vi.spyOn(fb.tabs, 'create').mockResolvedValue({ id: 9 });
    registerExtensionUi();
    await fb.contextMenus.onClicked.trigger({ menuItemId: MENU_ID, selectionText: '  NIK 3204011501900003  ', editable: false }, { id: 1 });
    await flush();
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(tabsCreate).not.toHaveBeenCalled();
    expect(await takePendingSelection()).toBe('NIK 3204011501900003');
    expect(await takePendingSelection()).toBeNull(); // read once

    openPopup.mockRejectedValue(new Error('not allowed'));
    await fb.contextMenus.onClicked.trigger({ menuItemId: MENU_ID, selectionText: 'teks kedua', editable: false }, { id: 1 });
    await flush();
    expect(tabsCreate).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tab=periksa$/) });
    expect(await takePendingSelection()).toBe('teks kedua');

    // other menus, empty selections: nothing
    tabsCreate.mockClear();
    openPopup.mockClear();
    await fb.contextMenus.onClicked.trigger({ menuItemId: 'other', selectionText: 'x', editable: false }, { id: 1 });
    await fb.contextMenus.onClicked.trigger({ menuItemId: MENU_ID, selectionText: '   ', editable: false }, { id: 1 });
    await flush();
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('a stale selection is ignored; a late one reaches an open popup', async () => {
    await storePendingSelection('lama', Date.now() - 10 * 60_000);
    expect(await takePendingSelection()).toBeNull();
    expect((await fb.storage.session.get(PENDING_KEY))[PENDING_KEY]).toBeUndefined();
    const got: string[] = [];
    const stop = watchPendingSelection((t) => got.push(t));
    await storePendingSelection('baru');
    await flush();
    stop();
    expect(got).toEqual(['baru']);
  });

  it('the open-findings command messages the active tab', async () => {
    vi.spyOn(fb.tabs, 'query').mockResolvedValue([{ id: 42, active: true }]);
    const send = vi.spyOn(fb.tabs, 'sendMessage').mockResolvedValue(undefined);
    registerExtensionUi();
    await fb.commands.onCommand.trigger('open-findings');
    await flush();
    expect(send).toHaveBeenCalledWith(42, { type: 'ui/open-findings' });
    send.mockRejectedValue(new Error('no receiver'));
    expect(await sendOpenFindings()).toBe(false);
  });
});
