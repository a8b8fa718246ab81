/** Every platform, registered once. Add a platform: one file beside this one, one line below. */
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { PlatformAdapter } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';

export const PLATFORMS: readonly PlatformAdapter[] = [x, facebook, instagram, threads, linkedin, youtube, tiktok, whatsapp, reddit];
export { generic };
export type { PlatformAdapter, PlatformId } from './types';

/** The adapter for a hostname, or the generic one. */
export function platformFor(hostname: string): PlatformAdapter {
  const h = hostname.toLowerCase();
  for (const p of PLATFORMS) {
    for (const host of p.hosts) {
      if (host.startsWith('.') ? h.endsWith(host) || h === host.slice(1) : h === host) return p;
    }
  }
  return generic;
}
