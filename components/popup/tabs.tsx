/**
 * The popup's tabs table: "Janji" is built into PopupApp; every other tab is one folder under components/
 * and one entry in `tabsOf` below. Also what the entry needs for them: the language setting, the active
 * tab (for Periksa's site switch), and a selection sent from the context menu (then the popup opens on
 * Periksa with it). `?tab=periksa` in the URL also opens on Periksa (the context menu's fallback opens the
 * popup in a tab).
 */
import { browser } from 'wxt/browser';
import type { TabSpec } from '@/components/common/Tabs';
import { followSettingsLanguage } from '@/components/common/i18n';
import { takePendingSelection, watchPendingSelection } from '@/lib/context-menu';
import { periksaTab } from '@/components/periksa';
import type { CurrentTab } from '@/components/periksa/SiteSwitch';

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

/** The tabs after "Janji", in order. */
function tabsOf(tab: CurrentTab | null, initialText: string | undefined): TabSpec[] {
  return [periksaTab({ tab, initialText })];
}

/** The ids a `?tab=` parameter may open. */
const TAB_IDS = new Set(['janji', 'periksa']);

export async function setupPopupTabs(search = location.search): Promise<{ view: PopupView; onChange(show: (v: PopupView) => void): () => void }> {
  const [, tab, selection] = await Promise.all([followSettingsLanguage(), activeTab(), takePendingSelection()]);
  const wanted = new URLSearchParams(search).get('tab');
  const view = (text: string | null, key: string): PopupView => ({
    key,
    initialTab: text ? 'periksa' : wanted && TAB_IDS.has(wanted) ? wanted : undefined,
    extraTabs: tabsOf(tab, text ?? undefined),
  });
  return {
    view: view(selection, 'start'),
    onChange(show) {
      let n = 0;
      return watchPendingSelection((text) => show(view(text, `selection-${++n}`)));
    },
  };
}
