/**
 * What the popup shows: each display group (overdue / due soon / open / done / dropped) as its first page
 * plus its total, read through indexes so that 10,000 commitments cost a handful of small IndexedDB
 * requests rather than reading the table. A search reads the table (only when the user types one).
 */
import Dexie from 'dexie';
import { addDays, localYmd } from './dates';
import type { SaringDB } from './db';
import { DUE_SOON_DAYS, GROUP_ORDER, deriveView, groupCommitments, type GroupId } from './derive';
import { normaliseText } from './keys';
import type { CommitmentRecord, CommitmentView } from './types';

/** Items rendered per group before "Tampilkan lebih banyak". */
export const PAGE_SIZE = 50;

export interface GroupPage {
  items: CommitmentView[];
  /** how many the group holds (with the search applied) */
  total: number;
}

export interface GroupsResult {
  groups: Record<GroupId, GroupPage>;
  /** commitments in the database, ignoring the search */
  all: number;
  /** overdue commitments in the database, ignoring the search (header and tab badge) */
  overdueAll: number;
}

export interface GroupQuery {
  /** items per group; PAGE_SIZE when not given */
  limits?: Partial<Record<GroupId, number>>;
  search?: string;
}

export function emptyGroups(): Record<GroupId, GroupPage> {
  return {
    overdue: { items: [], total: 0 },
    dueSoon: { items: [], total: 0 },
    open: { items: [], total: 0 },
    done: { items: [], total: 0 },
    dropped: { items: [], total: 0 },
  };
}

/** Words of the search, normalised like the records' text (case, diacritics and punctuation folded). */
export function searchTerms(search: string | undefined): string[] {
  return search ? normaliseText(search).split(' ').filter(Boolean) : [];
}

export function matchesSearch(r: CommitmentRecord, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const hay = normaliseText([r.action, r.text, r.deadlinePhrase, r.excerpt, r.notes, r.url, r.platform, r.evidenceUrl ?? '', r.due ?? ''].join(' '));
  return terms.every((t) => hay.includes(t));
}

export async function queryGroups(db: SaringDB, now: Date, q: GroupQuery = {}): Promise<GroupsResult> {
  const limit = (g: GroupId) => Math.max(0, q.limits?.[g] ?? PAGE_SIZE);
  const T = db.commitments;
  const today = localYmd(now);
  const soonEnd = addDays(today, DUE_SOON_DAYS);
  const openDue = (lo: unknown, hi: unknown, incLo: boolean, incHi: boolean) => T.where('[status+due]').between(['open', lo], ['open', hi], incLo, incHi);
  const overdue = () => openDue(Dexie.minKey, today, true, false);
  const terms = searchTerms(q.search);

  if (terms.length > 0) {
    const [rows, all, overdueAll] = await Promise.all([T.filter((r) => matchesSearch(r, terms)).toArray(), T.count(), overdue().count()]);
    const grouped = groupCommitments(rows, now);
    const groups = emptyGroups();
    for (const g of GROUP_ORDER) groups[g] = { items: grouped[g].slice(0, limit(g)), total: grouped[g].length };
    return { groups, all, overdueAll };
  }

  const dueSoon = () => openDue(today, soonEnd, true, true);
  const later = () => openDue(soonEnd, Dexie.maxKey, false, true);
  const byChange = (status: 'done' | 'dropped') => T.where('[status+updatedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).reverse();

  const [all, openAll, overdueN, soonN, laterN, doneN, droppedN, overdueItems, soonItems, laterItems, doneItems, droppedItems] = await Promise.all([
    T.count(),
    T.where('status').equals('open').count(),
    overdue().count(),
    dueSoon().count(),
    later().count(),
    T.where('status').equals('done').count(),
    T.where('status').equals('dropped').count(),
    overdue().limit(limit('overdue')).toArray(),
    dueSoon().limit(limit('dueSoon')).toArray(),
    later().limit(limit('open')).toArray(),
    byChange('done').limit(limit('done')).toArray(),
    byChange('dropped').limit(limit('dropped')).toArray(),
  ]);

  // Open commitments without a date are not in [status+due]; they come after the dated ones, newest first.
  const undatedN = Math.max(0, openAll - overdueN - soonN - laterN);
  let undated: CommitmentRecord[] = [];
  const room = limit('open') - laterItems.length;
  if (undatedN > 0 && room > 0) {
    undated = await T.where('[status+capturedAt]')
      .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
      .reverse()
      .filter((r) => r.due === null)
      .limit(room)
      .toArray();
  }

  const view = (rows: CommitmentRecord[]) => rows.map((r) => deriveView(r, now));
  return {
    all,
    overdueAll: overdueN,
    groups: {
      overdue: { items: view(overdueItems), total: overdueN },
      dueSoon: { items: view(soonItems), total: soonN },
      open: { items: view([...laterItems, ...undated]), total: laterN + undatedN },
      done: { items: view(doneItems), total: doneN },
      dropped: { items: view(droppedItems), total: droppedN },
    },
  };
}
