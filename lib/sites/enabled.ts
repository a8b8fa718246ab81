/**
 * "Is Saring on here?" — the one answer, used by the content script, the popup and the options page alike
 * (issue 15 item 4). Pure and dependency-free so the content script can import it without zod or storage.
 */
import { beforeFirst } from '../analyze/text/trim';

/** "https://Mobile.X.com/home" or "x.com." → "mobile.x.com" / "x.com". */
export function normaliseHost(site: string): string {
  let s = site.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return '';
  }
  return beforeFirst(s.replace(/^\*\./, ''), '/').replace(/:\d+$/, '').replace(/\.$/, '');
}

/** Is Saring active on this hostname? Off when switched off, or when the host or a parent domain is silenced. */
export function isSiteEnabled(settings: { enabled: boolean; disabledSites: readonly string[] }, hostname: string): boolean {
  if (!settings.enabled) return false;
  const h = normaliseHost(hostname);
  return !settings.disabledSites.some((site) => {
    const d = normaliseHost(site);
    return d !== '' && (h === d || h.endsWith('.' + d));
  });
}
