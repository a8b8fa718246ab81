/**
 * "Aktifkan Saring di situs ini": for a site outside the nine platforms, ask for that one origin at the
 * moment the user asks (optional host permission), register the content script for it at run time, and
 * inject it into the open tab. No host permission beyond the platforms is held at install.
 */
import { browser } from 'wxt/browser';
import { platformFor } from '../platforms';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;
const ID_PREFIX = 'saring-site-';

/** "https://portal.example.go.id/path" → "https://portal.example.go.id/*", or null for pages Saring can't serve. */
export function originPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

export function isPlatformUrl(url: string): boolean {
  try {
    return platformFor(new URL(url).hostname).id !== 'generic';
  } catch {
    return false;
  }
}

function scriptId(pattern: string): string {
  return ID_PREFIX + pattern.replace(/[^a-z0-9.-]/gi, '_');
}

/**
 * Does Saring hold the permission and the registered script for this (non-platform) site? (Whether it is
 * switched on there is `isSiteEnabled` in lib/sites/enabled.ts.)
 */
export async function isSiteOptedIn(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  if (isPlatformUrl(url)) return true;
  const [has, scripts] = await Promise.all([
    browser.permissions.contains({ origins: [pattern] }),
    browser.scripting.getRegisteredContentScripts({ ids: [scriptId(pattern)] }),
  ]);
  return has && scripts.length > 0;
}

/** Must run in a user gesture (the popup's button click): the permission prompt needs it. */
export async function enableSite(url: string, tabId?: number): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
  }
  return true;
}

export async function disableSite(url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => {});
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
