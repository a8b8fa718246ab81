/**
 * The popup's state (Zustand). Reads come straight from Dexie (same extension origin) through a live
 * query of the first page of each group (lib/store/query.ts), so the popup stays fast with 10,000
 * commitments and a capture saved by the background while the popup is open shows up at once. Writes are
 * requests to the background, the single writer.
 */
import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PopupWriteRequest, PopupWriteResponse } from '@/lib/messages/schema';
import type { SaringDB } from '@/lib/store/db';
import { GROUP_ORDER, deriveView, type GroupId } from '@/lib/store/derive';
import { PAGE_SIZE, emptyGroups, queryGroups, type GroupPage } from '@/lib/store/query';
import type { CommitmentPatch, CommitmentRecord, CommitmentStatus } from '@/lib/store/types';

export type Send = (req: PopupWriteRequest) => Promise<PopupWriteResponse | undefined>;

/** The last status change, kept so it can be undone. */
export interface LastChange {
  id: string;
  status: CommitmentStatus;
  label: string;
}

export interface JanjiState {
  /** first page of each group, with its total */
  groups: Record<GroupId, GroupPage>;
  /** commitments in the database (no search) */
  all: number;
  /** overdue commitments in the database (no search) */
  overdueAll: number;
  /** items requested per group */
  limits: Record<GroupId, number>;
  search: string;
  loading: boolean;
  loadError: string | null;
  writeError: string | null;
  lastChange: LastChange | null;
  /** ids with a write in flight */
  busy: Record<string, true>;
  start(): () => void;
  /** re-run the query (after a write; the live query also notices) */
  refresh(): void;
  setSearch(search: string): void;
  showMore(group: GroupId): void;
  setStatus(id: string, status: CommitmentStatus): Promise<boolean>;
  undo(): Promise<boolean>;
  update(id: string, patch: CommitmentPatch): Promise<boolean>;
  /** send an export file's text to the background; the response says what was written or what is wrong */
  importText(text: string): Promise<PopupWriteResponse>;
  dismissChange(): void;
}

export type JanjiStore = StoreApi<JanjiState>;

/** A User Timing mark for the popup benchmark (no-op where unsupported). */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // ignore
  }
}

const initialLimits = (): Record<GroupId, number> =>
  Object.fromEntries(GROUP_ORDER.map((g) => [g, PAGE_SIZE])) as Record<GroupId, number>;

export function createJanjiStore(deps: { db: SaringDB; send: Send; now?: Date }): JanjiStore {
  const now = deps.now ?? new Date();
  return createStore<JanjiState>()((set, get) => {
    let sub: Subscription | undefined;
    let started = false;

    const subscribe = () => {
      // An unsubscribed live query never emits again, so results of a superseded query are dropped.
      sub?.unsubscribe();
      sub = undefined;
      if (!started) return;
      const { limits, search } = get();
      try {
        sub = liveQuery(() => queryGroups(deps.db, now, { limits, search })).subscribe({
          next: (r) => {
            if (get().loading) mark('saring:janji:data');
            set({ groups: r.groups, all: r.all, overdueAll: r.overdueAll, loading: false, loadError: null });
          },
          error: (e: unknown) => set({ loading: false, loadError: e instanceof Error ? e.message : String(e) }),
        });
      } catch (e) {
        set({ loading: false, loadError: e instanceof Error ? e.message : String(e) });
      }
    };

    /** Show a written record at once where it is listed; the re-query then moves it to its group. */
    const apply = (r: CommitmentRecord) =>
      set((s) => {
        const groups = { ...s.groups };
        for (const g of GROUP_ORDER) {
          const i = groups[g].items.findIndex((x) => x.id === r.id);
          if (i >= 0) {
            const items = groups[g].items.slice();
            items[i] = deriveView(r, now);
            groups[g] = { ...groups[g], items };
          }
        }
        return { groups };
      });

    const write = async (id: string, req: PopupWriteRequest): Promise<CommitmentRecord | null> => {
      set((s) => ({ busy: { ...s.busy, [id]: true }, writeError: null }));
      try {
        const res = await deps.send(req);
        if (!res || !res.ok || !res.commitment) throw new Error(res?.error ?? 'no answer from the background');
        apply(res.commitment);
        subscribe();
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
      groups: emptyGroups(),
      all: 0,
      overdueAll: 0,
      limits: initialLimits(),
      search: '',
      loading: true,
      loadError: null,
      writeError: null,
      lastChange: null,
      busy: {},

      start() {
        started = true;
        subscribe();
        return () => {
          started = false;
          sub?.unsubscribe();
          sub = undefined;
        };
      },

      refresh: subscribe,

      setSearch(search) {
        if (search === get().search) return;
        set({ search, limits: initialLimits() });
        subscribe();
      },

      showMore(group) {
        set((s) => ({ limits: { ...s.limits, [group]: s.limits[group] + PAGE_SIZE } }));
        subscribe();
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

      async importText(text) {
        let res: PopupWriteResponse | undefined;
        try {
          res = await deps.send({ type: 'commitments/import', text });
        } catch (e) {
          return { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
        if (!res) return { ok: false, error: 'no answer from the background' };
        if (res.ok) subscribe();
        return res;
      },

      dismissChange() {
        set({ lastChange: null });
      },
    };
  });
}
