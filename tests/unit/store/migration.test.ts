import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, SaringDB, type SchemaVersion } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { captureReq, freshDb } from './helpers';

describe('schema versions', () => {
  it('v1 is the current schema', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.commitments.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['dedupeKey', 'status', 'due', '[status+due]', 'capturedAt']),
    );
    expect(db.commitments.schema.indexes.find((i) => i.name === 'dedupeKey')!.unique).toBe(true);
    db.close();
    await Dexie.delete(db.name);
  });

  it('a v1 database with data opens under a later version, and the upgrade step runs', async () => {
    const v1 = freshDb();
    const repo = new CommitmentRepository(v1);
    const { ids } = await repo.capture(captureReq({}, [{}, { text: 'Kami akan cek lampu besok.', due: '2026-11-23' }]));
    await repo.setStatus(ids[1], 'done');
    v1.close();

    // A hypothetical v2: a new index and a new field filled in for old records.
    const future: SchemaVersion[] = [
      ...SCHEMA_VERSIONS,
      {
        version: 2,
        stores: { commitments: 'id, &dedupeKey, status, due, [status+due], capturedAt, updatedAt, platform, *tags' },
        upgrade: (tx) =>
          tx
            .table('commitments')
            .toCollection()
            .modify((r: { tags?: string[]; status: string }) => {
              r.tags = r.status === 'done' ? ['arsip'] : [];
            }),
      },
    ];
    const v2 = new SaringDB(v1.name, future);
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = (await v2.commitments.toArray()) as unknown as Array<{ id: string; tags: string[]; text: string; statusHistory: unknown[] }>;
    expect(rows).toHaveLength(2);
    const done = rows.find((r) => r.id === ids[1])!;
    expect(done.tags).toEqual(['arsip']);
    expect(done.statusHistory).toHaveLength(2);
    expect(await v2.commitments.where('tags').equals('arsip').count()).toBe(1);
    // the repository still works on the upgraded database
    const repo2 = new CommitmentRepository(v2);
    expect((await repo2.capture(captureReq())).saved).toBe(0);
    v2.close();
    await Dexie.delete(v1.name);
  });
});
