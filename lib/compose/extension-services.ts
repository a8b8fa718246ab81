/**
 * The content script's link to the extension: settings from storage, commitments to the background
 * (the single writer), and the "open findings" command. Everything else in lib/compose is DOM-only.
 */
import { cancelRequest } from './capture-queue';
import { browser } from 'wxt/browser';
import type { AnalyzerSettings } from '../analyze/types';
import { isSiteEnabled } from '../sites/enabled';
import type { AllowRequest, CaptureRequest, CaptureResponse } from '../messages/types';
import type { AnalyzeFn, ComposeServices, ContentSettings } from './controller';
import { ANALYZER_GLOBAL } from './globals';

/** Set by entrypoints/analyzer.ts when the background injects it into this frame's isolated world. */
export { ANALYZER_GLOBAL };

/** Asks the background to inject the analyzer bundle into this frame (once), then returns it. */
async function loadAnalyzer(): Promise<AnalyzeFn> {
  const g = globalThis as unknown as Record<string, AnalyzeFn | undefined>;
  if (!g[ANALYZER_GLOBAL]) {
    const res = (await browser.runtime.sendMessage({ type: 'analyzer/load' })) as { ok?: boolean; error?: string } | undefined;
    if (!res?.ok) throw new Error(res?.error ?? 'the analyzer could not be loaded');
  }
  const fn = g[ANALYZER_GLOBAL];
  if (!fn) throw new Error('the analyzer did not register');
  return fn;
}

const SETTINGS_KEY = 'settings';
const ANALYZER_KEYS: (keyof AnalyzerSettings)[] = [
  'sensitivity',
  'disabledRules',
  'allowlist',
  'trustedSources',
  'verifiedFacts',
  'customWords',
  'neutralityTerms',
];

type Raw = Record<string, unknown> | undefined;

/** Reads whatever the settings record holds, defensively: a bad record must not stop the checks. */
export function contentSettingsOf(raw: Raw): ContentSettings & { enabled: boolean; disabledSites: string[] } {
  const r = raw && typeof raw === 'object' ? raw : {};
  const nested = (r.analyzer && typeof r.analyzer === 'object' ? r.analyzer : r) as Record<string, unknown>;
  const analyzer: Partial<AnalyzerSettings> = {};
  for (const k of ANALYZER_KEYS) if (nested[k] !== undefined) (analyzer as Record<string, unknown>)[k] = nested[k];
  return {
    lang: r.language === 'en' ? 'en' : 'id',
    analyzer,
    enabled: r.enabled !== false,
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

/**
 * Sends a capture to the background, retrying a few times (a service worker waking up, a busy database);
 * a refusal (validation) is not retried. Resolves with the outcome, never rejects.
 */
export async function captureWithRetry(
  req: CaptureRequest,
  send: (r: CaptureRequest) => Promise<unknown> = (r) => browser.runtime.sendMessage(r),
  delaysMs: readonly number[] = [300, 1_500, 5_000],
): Promise<{ ok: boolean; error?: string }> {
  let lastError = '';
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    try {
      const res = (await send(req)) as CaptureResponse | undefined;
      if (res?.ok) return { ok: true };
      lastError = res?.error ?? 'no answer';
      if (res && /^(invalid|forbidden)/.test(lastError)) break;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    if (attempt < delaysMs.length) await new Promise((r) => setTimeout(r, delaysMs[attempt]));
  }
  console.warn('[saring] capture failed', lastError);
  return { ok: false, error: lastError };
}

export interface ExtensionServices extends ComposeServices {
  enabledHere(): boolean;
  onChange(cb: () => void): void;
  onOpenFindings(cb: () => void): void;
  dispose(): void;
}

/** `lifetime`: the content script's signal; when it aborts, every listener registered here is removed. */
export async function createExtensionServices(hostname: string, lifetime?: AbortSignal): Promise<ExtensionServices> {
  let raw: Raw;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Raw;
  } catch {
    raw = undefined;
  }
  let current = contentSettingsOf(raw);
  const changeCbs: (() => void)[] = [];
  const openCbs: (() => void)[] = [];
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    raw = changes[SETTINGS_KEY].newValue as Raw;
    current = contentSettingsOf(raw);
    for (const cb of changeCbs) cb();
  };
  const onMessage = (msg: unknown) => {
    if (msg && typeof msg === 'object' && (msg as { type?: string }).type === 'ui/open-findings') for (const cb of openCbs) cb();
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  const dispose = () => {
    changeCbs.length = 0;
    openCbs.length = 0;
    try {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // an orphaned script's browser.* may throw once the extension is gone
    }
  };
  lifetime?.addEventListener('abort', dispose, { once: true });
  return {
    settings: () => current,
    loadAnalyzer,
    enabledHere: () => isSiteEnabled(current, hostname),
    capture: (req: CaptureRequest) => captureWithRetry(req),
    allow(rule: string, value: string) {
      // the content script writes no settings itself: the background validates and saves (lib/settings/forms.ts)
      const req: AllowRequest = { type: 'settings/allow', rule, value };
      void browser.runtime.sendMessage(req).catch(() => {});
    },
    cancelCapture(pendingId: string) {
      void browser.runtime.sendMessage(cancelRequest(pendingId)).catch(() => {});
    },
    onChange: (cb) => changeCbs.push(cb),
    onOpenFindings: (cb) => openCbs.push(cb),
    dispose,
  };
}
