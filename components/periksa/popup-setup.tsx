/**
 * What the popup's entry needs for the Periksa tab: the language setting, the active tab (for the site
 * switch), and a selection sent from the context menu (then the popup opens on Periksa with it).
 * `?tab=periksa` in the URL also opens on Periksa (the context menu's fallback opens the popup in a tab).
 */
import { browser } from 'wxt/browser';
import type { TabSpec } from '@/components/common/Tabs';
import { followSettingsLanguage } from '@/components/common/i18n';
import { takePendingSelection, watchPendingSelection } from '@/lib/context-menu';
import { periksaTab } from './index';
import type { CurrentTab } from './SiteSwitch';

export interface PopupView {
  /** changes when the popup must start over on Periksa (a selection arrived while it was open) */
  key: string;
  initialTab?: string;
  extraTabs: TabSpec[];
}

async function activeTab(): Promise<CurrentTab | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab) return null;
    // the popup opened as a tab (context-menu fallback) is not a site to switch
    if (tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
    return { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

export async function setupPeriksa(search = location.search): Promise<{ view: PopupView; onChange(show: (v: PopupView) => void): () => void }> {
  const [, tab, selection] = await Promise.all([followSettingsLanguage(), activeTab(), takePendingSelection()]);
  const wanted = new URLSearchParams(search).get('tab');
  const view = (text: string | null, key: string): PopupView => ({
    key,
    initialTab: text ? 'periksa' : wanted === 'periksa' || wanted === 'janji' ? wanted : undefined,
    extraTabs: [periksaTab({ tab, initialText: text ?? undefined })],
  });
  return {
    view: view(selection, 'start'),
    onChange(show) {
      let n = 0;
      return watchPendingSelection((text) => show(view(text, `selection-${++n}`)));
    },
  };
}
