/**
 * Team log by merging exports: several JSON exports (already validated, lib/export parseJsonImport) are
 * merged into the database in ONE transaction — all of them or nothing.
 *
 * Rules, per promise (the same promise = the same dedupe key: text + deadline + page):
 * - new promise → added (keeping its id, or a fresh one if that id is taken by a different promise);
 * - known promise → the status histories are united (same status at the same instant counted once) and
 *   sorted by time; the newest status change wins, so the current status is the history's last entry;
 * - the other fields come from the copy changed last (updatedAt); an evidence link is kept if only one copy
 *   has it; notes written on both copies are both kept; the earliest capture time and the first id stay;
 * - nothing new → skipped.
 * Every record of every file counts once: added, updated or skipped.
 *
 * Known limit: an "undo" made on one copy does not cross a merge (the other copy still holds the change).
 */
import type { SaringDB } from './db';
import type { CommitmentRecord, StatusChange } from './types';

export interface MergeSummary {
  added: number;
  updated: number;
  skipped: number;
}

const NOTES_MAX = 5000;
const NOTES_JOIN = '\n— ';

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

/** Union of two status histories, one entry per (status, instant), oldest first. */
export function unionHistory(a: readonly StatusChange[], b: readonly StatusChange[]): StatusChange[] {
  const seen = new Map<string, StatusChange>();
  for (const h of [...a, ...b]) {
    const key = `${h.status}@${time(h.at)}`;
    if (!seen.has(key)) seen.set(key, { status: h.status, at: h.at });
  }
  // Stable sort: at the same instant, the order of `a` (then `b`) is kept.
  return [...seen.values()].sort((x, y) => time(x.at) - time(y.at));
}

function mergeNotes(newer: string, older: string): string {
  const n = newer.trim();
  const o = older.trim();
  if (!o || n.includes(o)) return newer;
  if (!n || o.includes(n)) return older;
  const joined = `${newer}${NOTES_JOIN}${older}`;
  return joined.length > NOTES_MAX ? joined.slice(0, NOTES_MAX - 1) + '…' : joined;
}

const sameHistory = (a: readonly StatusChange[], b: readonly StatusChange[]) =>
  a.length === b.length && a.every((h, i) => h.status === b[i].status && h.at === b[i].at);

const FIELDS = [
  'text',
  'action',
  'deadlinePhrase',
  'due',
  'precision',
  'vague',
  'platform',
  'url',
  'excerpt',
  'capturedAt',
  'status',
  'notes',
  'evidenceUrl',
  'updatedAt',
] as const;

/**
 * `incoming` merged into `current` (the same promise). Returns the merged record, or null when `incoming`
 * adds nothing. Pure.
 */
export function mergeRecord(current: CommitmentRecord, incoming: CommitmentRecord): CommitmentRecord | null {
  const incomingNewer = time(incoming.updatedAt) > time(current.updatedAt);
  const newer = incomingNewer ? incoming : current;
  const older = incomingNewer ? current : incoming;
  const statusHistory = unionHistory(current.statusHistory, incoming.statusHistory);
  const merged: CommitmentRecord = {
    ...newer,
    id: current.id,
    dedupeKey: current.dedupeKey,
    capturedAt: time(older.capturedAt) < time(newer.capturedAt) ? older.capturedAt : newer.capturedAt,
    statusHistory,
    status: statusHistory[statusHistory.length - 1].status,
    notes: mergeNotes(newer.notes, older.notes),
    evidenceUrl: newer.evidenceUrl ?? older.evidenceUrl,
    updatedAt: newer.updatedAt,
  };
  const changed = FIELDS.some((k) => merged[k] !== current[k]) || !sameHistory(merged.statusHistory, current.statusHistory);
  return changed ? merged : null;
}

/**
 * Merge the files' records into the database, all or nothing. `newId` makes an id for a new promise whose
 * id is already taken by another promise (hand-edited files, or two logs that reused an id).
 */
export async function mergeIntoDb(db: SaringDB, files: readonly (readonly CommitmentRecord[])[], newId: () => string): Promise<MergeSummary> {
  const { commitments } = db;
  const incoming = files.flat();
  return db.transaction('rw', commitments, async () => {
    const keys = [...new Set(incoming.map((r) => r.dedupeKey))];
    const existing = await recordsWithKeys(db, keys);
    const byKey = new Map<string, CommitmentRecord>(existing.map((r) => [r.dedupeKey, r]));
    // ids of new promises must not collide with a record outside this merge
    const newIds = [...new Set(incoming.filter((r) => !byKey.has(r.dedupeKey)).map((r) => r.id))];
    const takenIds = new Set((await commitments.bulkGet(newIds)).flatMap((r) => (r ? [r.id] : [])));
    for (const r of byKey.values()) takenIds.add(r.id);

    const dirty = new Set<string>();
    const summary: MergeSummary = { added: 0, updated: 0, skipped: 0 };
    for (const r of incoming) {
      const cur = byKey.get(r.dedupeKey);
      if (!cur) {
        const id = takenIds.has(r.id) ? freshId(takenIds, newId) : r.id;
        takenIds.add(id);
        const statusHistory = unionHistory(r.statusHistory, []);
        byKey.set(r.dedupeKey, { ...r, id, statusHistory, status: statusHistory[statusHistory.length - 1].status });
        dirty.add(r.dedupeKey);
        summary.added++;
        continue;
      }
      const merged = mergeRecord(cur, r);
      if (!merged) {
        summary.skipped++;
        continue;
      }
      byKey.set(r.dedupeKey, merged);
      dirty.add(r.dedupeKey);
      summary.updated++;
    }
    if (dirty.size) await commitments.bulkPut([...dirty].map((k) => byKey.get(k)!));
    return summary;
  });
}

/**
 * The stored records with these dedupe keys. For many keys, one pass over the table is far cheaper than an
 * index lookup per key (IndexedDB's anyOf jumps a cursor once per key: 10,000 keys took seconds).
 */
async function recordsWithKeys(db: SaringDB, keys: readonly string[]): Promise<CommitmentRecord[]> {
  if (keys.length === 0) return [];
  if (keys.length <= 200 || keys.length * 4 < (await db.commitments.count())) {
    return db.commitments
      .where('dedupeKey')
      .anyOf([...keys])
      .toArray();
  }
  const wanted = new Set(keys);
  return db.commitments.filter((r) => wanted.has(r.dedupeKey)).toArray();
}

function freshId(taken: ReadonlySet<string>, newId: () => string): string {
  for (;;) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
}
