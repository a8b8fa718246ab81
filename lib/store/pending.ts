/**
 * Pending captures (issue 15, item 6). The background persists a capture the moment it arrives, before
 * any other async work, so that a promise survives the tab closing and the service worker being stopped:
 * a pending entry is written to the log later (after the send window) or on the next start.
 *
 * A capture sent with a `pendingId` is held for the send window (SEND_WINDOW_MS): if the user cancels the
 * send (the draft comes back) the content script sends `commitments/cancel-capture` and nothing is logged.
 * One storage key per entry, so two captures at once never overwrite each other.
 */
import type { CaptureRequest } from '../messages/types';

/** How long a held capture waits for a Cancel before it is logged. */
export const SEND_WINDOW_MS = 5_000;
export const PENDING_PREFIX = 'pendingCapture:';

export interface PendingEntry {
  id: string;
  /** the validated request, its URL already resolved by the background */
  req: CaptureRequest;
  /** epoch ms from which it is logged */
  due: number;
  /** the tab that sent it: only that tab may cancel it */
  tabId?: number;
}

export interface PendingStore {
  put(e: PendingEntry): Promise<void>;
  get(id: string): Promise<PendingEntry | undefined>;
  remove(id: string): Promise<void>;
  all(): Promise<PendingEntry[]>;
}

/** The subset of browser.storage.local used here. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function isEntry(v: unknown): v is PendingEntry {
  const e = v as PendingEntry | null;
  return !!e && typeof e === 'object' && typeof e.id === 'string' && typeof e.due === 'number' && !!e.req && typeof e.req === 'object';
}

/** Pending captures in extension storage (browser.storage.local in the background). */
export function storagePendingStore(area: KeyValueArea): PendingStore {
  const key = (id: string) => PENDING_PREFIX + id;
  return {
    put: (e) => area.set({ [key(e.id)]: e }),
    async get(id) {
      const v = (await area.get(key(id)))[key(id)];
      return isEntry(v) ? v : undefined;
    },
    remove: (id) => area.remove(key(id)),
    async all() {
      const everything = await area.get(null);
      return Object.entries(everything)
        .filter(([k, v]) => k.startsWith(PENDING_PREFIX) && isEntry(v))
        .map(([, v]) => v as PendingEntry)
        .sort((a, b) => a.due - b.due);
    },
  };
}

/** In memory (tests). */
export function memoryPendingStore(): PendingStore & { entries: Map<string, PendingEntry> } {
  const entries = new Map<string, PendingEntry>();
  return {
    entries,
    put: async (e) => void entries.set(e.id, structuredClone(e)),
    get: async (id) => entries.get(id),
    remove: async (id) => void entries.delete(id),
    all: async () => [...entries.values()].sort((a, b) => a.due - b.due),
  };
}
