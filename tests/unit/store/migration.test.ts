import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, SaringDB, type SchemaVersion } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { captureReq, freshDb } from './helpers';

describe('schema versions', () => {
  it('v2 is the current schema', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.commitments.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['dedupeKey', 'status', 'due', '[status+due]', '[status+updatedAt]', '[status+capturedAt]', 'capturedAt']),
    );
    expect(db.commitments.schema.indexes.find((i) => i.name === 'dedupeKey')!.unique).toBe(true);
    db.close();
    await Dexie.delete(db.name);
  });

  it('a database made by the foundation (v1) opens as v2 with its data, and the new indexes answer', async () => {
    const name = freshDb().name;
    const v1 = new SaringDB(name, SCHEMA_VERSIONS.slice(0, 1));
    const repo1 = new CommitmentRepository(v1);
    const { ids } = await repo1.capture(
      captureReq({}, [{}, { text: 'Kami akan cek lampu besok.', due: '2026-11-23' }, { text: 'Akan kami kaji.', due: null, precision: 'none', vague: true }]),
    );
    await repo1.setStatus(ids[1], 'done');
    expect(v1.verno).toBe(1);
    const before = await v1.commitments.toArray();
    v1.close();

    const v2 = new SaringDB(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.commitments.toArray()).toEqual(before);
    const done = await v2.commitments.where('[status+updatedAt]').between(['done', Dexie.minKey], ['done', Dexie.maxKey]).toArray();
    expect(done.map((r) => r.id)).toEqual([ids[1]]);
    const open = await v2.commitments.where('[status+capturedAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).primaryKeys();
    expect(open.sort()).toEqual([ids[0], ids[2]].sort());
    v2.close();
    await Dexie.delete(name);
  });

  it('a current database with data opens under a later version, and the upgrade step runs', async () => {
    const v1 = freshDb();
    const repo = new CommitmentRepository(v1);
    const { ids } = await repo.capture(captureReq({}, [{}, { text: 'Kami akan cek lampu besok.', due: '2026-11-23' }]));
    await repo.setStatus(ids[1], 'done');
    v1.close();

    // A hypothetical v2: a new index and a new field filled in for old records.
    const future: SchemaVersion[] = [
      ...SCHEMA_VERSIONS,
      {
        version: SCHEMA_VERSIONS.length + 1,
        stores: { commitments: 'id, &dedupeKey, status, due, [status+due], [status+updatedAt], [status+capturedAt], capturedAt, updatedAt, platform, *tags' },
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
    expect(v2.verno).toBe(SCHEMA_VERSIONS.length + 1);
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
