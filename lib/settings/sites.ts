/**
 * Per-site switches over `settings.disabledSites`. A platform is switched as a whole: all of its
 * hostnames are listed (the content script compares its own hostname exactly), so "Facebook off"
 * covers www., web. and m.facebook.com alike.
 */
import { PLATFORMS, platformFor } from '../platforms';
import type { PlatformAdapter } from '../platforms/types';
import { isSiteEnabled, normaliseHost, type Settings } from './index';

export function platformHosts(p: PlatformAdapter): string[] {
  return p.hosts.map((h) => normaliseHost(h)).filter(Boolean);
}

/** Is the platform on? (Off when any of its hosts is silenced.) */
export function isPlatformOn(settings: Pick<Settings, 'disabledSites'>, p: PlatformAdapter): boolean {
  return platformHosts(p).every((h) => isSiteEnabled({ enabled: true, disabledSites: settings.disabledSites }, h));
}

/** The new disabledSites list with the platform switched on or off. */
export function withPlatform(disabledSites: readonly string[], p: PlatformAdapter, on: boolean): string[] {
  const hosts = platformHosts(p);
  const covers = (d: string) => hosts.some((h) => h === d || h.endsWith('.' + d));
  const rest = disabledSites.filter((d) => !covers(d));
  return on ? rest : [...rest, ...hosts];
}

/** The new disabledSites list with one hostname (not a platform) switched on or off. */
export function withHost(disabledSites: readonly string[], hostname: string, on: boolean): string[] {
  const h = normaliseHost(hostname);
  if (!h) return [...disabledSites];
  const rest = disabledSites.filter((d) => !(h === d || h.endsWith('.' + d)));
  return on ? rest : [...rest, h];
}

/** The platform serving a URL, or null for any other site. */
export function platformOfUrl(url: string): PlatformAdapter | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const p = platformFor(u.hostname);
    return p.id === 'generic' ? null : p;
  } catch {
    return null;
  }
}

export { PLATFORMS };
