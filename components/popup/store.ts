/**
 * The popup's state (Zustand). Reads come straight from Dexie (same extension origin) through a live
 * query, so a capture saved by the background while the popup is open shows up at once. Writes are
 * requests to the background, the single writer.
 */
import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PopupWriteRequest, PopupWriteResponse } from '@/lib/messages/schema';
import type { SaringDB } from '@/lib/store/db';
import type { CommitmentPatch, CommitmentRecord, CommitmentStatus } from '@/lib/store/types';

export type Send = (req: PopupWriteRequest) => Promise<PopupWriteResponse | undefined>;

/** The last status change, kept so it can be undone. */
export interface LastChange {
  id: string;
  status: CommitmentStatus;
  label: string;
}

export interface JanjiState {
  records: CommitmentRecord[];
  loading: boolean;
  loadError: string | null;
  writeError: string | null;
  lastChange: LastChange | null;
  /** ids with a write in flight */
  busy: Record<string, true>;
  start(): () => void;
  setStatus(id: string, status: CommitmentStatus): Promise<boolean>;
  undo(): Promise<boolean>;
  update(id: string, patch: CommitmentPatch): Promise<boolean>;
  dismissChange(): void;
}

export type JanjiStore = StoreApi<JanjiState>;

export function createJanjiStore(deps: { db: SaringDB; send: Send }): JanjiStore {
  return createStore<JanjiState>()((set, get) => {
    const apply = (r: CommitmentRecord) =>
      set((s) => ({ records: s.records.some((x) => x.id === r.id) ? s.records.map((x) => (x.id === r.id ? r : x)) : [...s.records, r] }));

    const write = async (id: string, req: PopupWriteRequest): Promise<CommitmentRecord | null> => {
      set((s) => ({ busy: { ...s.busy, [id]: true }, writeError: null }));
      try {
        const res = await deps.send(req);
        if (!res || !res.ok || !res.commitment) throw new Error(res?.error ?? 'no answer from the background');
        apply(res.commitment);
        return res.commitment;
      } catch (e) {
        set({ writeError: e instanceof Error ? e.message : String(e) });
        return null;
      } finally {
        set((s) => {
          const busy = { ...s.busy };
          delete busy[id];
          return { busy };
        });
      }
    };

    return {
      records: [],
      loading: true,
      loadError: null,
      writeError: null,
      lastChange: null,
      busy: {},

      start() {
        let sub: Subscription | undefined;
        try {
          sub = liveQuery(() => deps.db.commitments.toArray()).subscribe({
            next: (records) => set({ records, loading: false, loadError: null }),
            error: (e: unknown) => set({ loading: false, loadError: e instanceof Error ? e.message : String(e) }),
          });
        } catch (e) {
          set({ loading: false, loadError: e instanceof Error ? e.message : String(e) });
        }
        return () => sub?.unsubscribe();
      },

      async setStatus(id, status) {
        const r = await write(id, { type: 'commitments/set-status', id, status });
        if (r) set({ lastChange: { id, status, label: r.action || r.text } });
        return !!r;
      },

      async undo() {
        const last = get().lastChange;
        if (!last) return false;
        const r = await write(last.id, { type: 'commitments/undo-status', id: last.id });
        if (r) set({ lastChange: null });
        return !!r;
      },

      async update(id, patch) {
        return !!(await write(id, { type: 'commitments/update', id, patch }));
      },

      dismissChange() {
        set({ lastChange: null });
      },
    };
  });
}
