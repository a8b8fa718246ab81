/**
 * Every platform, registered once. Add a platform: one file beside this one, one line in BY_ID below,
 * its id in PlatformId (./types.ts), and its fixture page and editor case for the e2e tests
 * (tests/unit/registry/platforms.test.ts says what is missing). Ids, names, match patterns, the Zod
 * enum, the demo seed and the e2e host map all derive from here.
 */
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { PlatformAdapter, PlatformId } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';

/** Fails to compile when PlatformId gains or loses a member without its adapter here. Order = display order. */
const BY_ID = { x, facebook, instagram, threads, linkedin, youtube, tiktok, whatsapp, reddit, generic } satisfies Record<PlatformId, PlatformAdapter>;

/** Every adapter, the generic fallback last. */
export const ALL_PLATFORMS: readonly PlatformAdapter[] = Object.values(BY_ID);
/** The named platforms (with a manifest match), without the generic fallback. */
export const PLATFORMS: readonly PlatformAdapter[] = ALL_PLATFORMS.filter((p) => p !== generic);
/** Every platform id, generic included (the Zod enum of stored records). */
export const PLATFORM_IDS = ALL_PLATFORMS.map((p) => p.id) as [PlatformId, ...PlatformId[]];
export { generic };
export type { PlatformAdapter, PlatformId } from './types';

/** The adapter of an id, if it is one. */
export function platformById(id: string): PlatformAdapter | undefined {
  return Object.hasOwn(BY_ID, id) ? BY_ID[id as PlatformId] : undefined;
}

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
