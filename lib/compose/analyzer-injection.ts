/**
 * Background side of the lazy analyzer: a content script asks for it ({type: 'analyzer/load'}) and the
 * background injects /analyzer.js into that tab and frame (isolated world). Only our own content scripts
 * may ask; pages cannot message the extension at all (no externally_connectable).
 */
import { browser } from 'wxt/browser';

export const ANALYZER_FILE = '/analyzer.js' as const;

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function isAnalyzerRequest(message: unknown): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === 'analyzer/load';
}

export async function injectAnalyzer(sender: Sender): Promise<{ ok: boolean; error?: string }> {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return { ok: false, error: 'forbidden' };
  try {
    await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [ANALYZER_FILE] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
