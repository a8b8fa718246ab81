/**
 * The popup's tabs table: "Janji" is built into PopupApp; every other tab is one folder under components/
 * and one entry in `tabsOf` below. Also what the entry needs for them: the language setting, the active
 * tab (for Periksa's site switch), and a selection sent from the context menu (then the popup opens on
 * Periksa with it). `?tab=periksa` in the URL also opens on Periksa (the context menu's fallback opens the
 * popup in a tab).
 */
import { lazy, Suspense } from 'react';
import { browser } from 'wxt/browser';
import type { TabSpec } from '@/components/common/Tabs';
import { followSettingsLanguage, i18n } from '@/components/common/i18n';
import { takePendingSelection, watchPendingSelection } from '@/lib/context-menu';
import type { CurrentTab } from '@/components/periksa/SiteSwitch';
import { mark } from './store';

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

/**
 * Periksa carries the whole analyzer (~0.4 MB with its word lists and date parser): it is loaded apart, so
 * the popup's first paint and the Janji list do not wait for it to be fetched and evaluated. It is
 * fetched at once when the popup opens on Periksa or the pointer/focus reaches its tab, else when the
 * browser is idle after the list had time to render (evaluating it earlier delays the list).
 */
const loadPeriksa = () => import('@/components/periksa');
export const PREFETCH_AFTER_MS = 1500;
export function prefetchPeriksa(): void {
  const go = () => void loadPeriksa().catch(() => undefined);
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(go, { timeout: 1000 }) : go()), PREFETCH_AFTER_MS);
  // intent: the Periksa tab hovered or focused
  const onIntent = (e: Event) => {
    const el = e.target instanceof Element ? e.target.closest('[role="tab"]') : null;
    if (el && el.id.endsWith('-tab-periksa')) {
      go();
      document.removeEventListener('pointerover', onIntent, true);
      document.removeEventListener('focusin', onIntent, true);
    }
  };
  document.addEventListener('pointerover', onIntent, true);
  document.addEventListener('focusin', onIntent, true);
}

function periksaTabLazy(opts: { tab: CurrentTab | null; initialText?: string }): TabSpec {
  // one store per view, made when the module arrives (as periksaTab() did when the view was made)
  const Tab = lazy(async () => {
    const spec = (await loadPeriksa()).periksaTab(opts);
    return { default: () => spec.render() };
  });
  return {
    id: 'periksa',
    get label() {
      return i18n.t('popup.tabs.periksa');
    },
    render: () => (
      <Suspense fallback={null}>
        <Tab />
      </Suspense>
    ),
  };
}

/** The tabs after "Janji", in order. */
function tabsOf(tab: CurrentTab | null, initialText: string | undefined): TabSpec[] {
  return [periksaTabLazy({ tab, initialText })];
}

/** The ids a `?tab=` parameter may open. */
const TAB_IDS = new Set(['janji', 'periksa']);

export async function setupPopupTabs(search = location.search): Promise<{ view: PopupView; onChange(show: (v: PopupView) => void): () => void }> {
  mark('saring:popup:setup');
  const [, tab, selection] = await Promise.all([followSettingsLanguage(), activeTab(), takePendingSelection()]);
  mark('saring:popup:setup-done');
  const wanted = new URLSearchParams(search).get('tab');
  const view = (text: string | null, key: string): PopupView => ({
    key,
    initialTab: text ? 'periksa' : wanted && TAB_IDS.has(wanted) ? wanted : undefined,
    extraTabs: tabsOf(tab, text ?? undefined),
  });
  prefetchPeriksa();
  return {
    view: view(selection, 'start'),
    onChange(show) {
      let n = 0;
      return watchPendingSelection((text) => show(view(text, `selection-${++n}`)));
    },
  };
}
