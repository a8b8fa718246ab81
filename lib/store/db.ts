/**
 * The Dexie database `saring`. Versioned: a later change is one more entry in SCHEMA_VERSIONS with its
 * `stores` (only tables/indexes that change) and an optional `upgrade`. Never edit a released entry.
 *
 * Reads may happen from any extension page (same origin); writes go through ./repository.ts, which only
 * the background service worker calls.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { CommitmentRecord } from './types';

export const DB_NAME = 'saring';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => void | PromiseLike<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [status+due] serves overdue counts and due-soon queries; records with due = null are simply not
      // in that index (IndexedDB skips invalid keys), which is what those queries want.
      commitments: 'id, &dedupeKey, status, due, [status+due], capturedAt, updatedAt, platform',
    },
  },
  {
    // The popup shows the first page of each group without reading the whole table: done/dropped by last
    // change and undated open ones by capture time, newest first, straight from an index.
    version: 2,
    stores: {
      commitments: 'id, &dedupeKey, status, due, [status+due], [status+updatedAt], [status+capturedAt], capturedAt, updatedAt, platform',
    },
  },
];

export class SaringDB extends Dexie {
  commitments!: Table<CommitmentRecord, string>;

  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    applySchema(this, versions);
  }
}

export function applySchema(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const ver = db.version(v.version).stores(v.stores);
    if (v.upgrade) ver.upgrade(v.upgrade);
  }
}

let shared: SaringDB | undefined;
/** The extension's database (one instance per JS context). */
export function getDb(): SaringDB {
  shared ??= new SaringDB();
  return shared;
}
