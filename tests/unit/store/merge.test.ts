import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { toJsonExport } from '@/lib/export/json';
import { mergeRecord, unionHistory } from '@/lib/store/merge';
import { CommitmentRepository } from '@/lib/store/repository';
import { seedCommitments } from '@/lib/store/seed';
import { createRequestHandler, type SenderInfo } from '@/lib/store/service';
import type { CommitmentRecord } from '@/lib/store/types';
import { rec } from '../report/helpers';
import { freshDb } from './helpers';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const page: SenderInfo = { id: EXT, url: `${ORIGIN}options.html` };
const content: SenderInfo = { id: EXT, url: 'https://x.com/a', tab: { id: 1 } };

let db: ReturnType<typeof freshDb>;
let repo: CommitmentRepository;
let ids = 0;
beforeEach(() => {
  db = freshDb();
  repo = new CommitmentRepository(db, { newId: () => `fresh-${++ids}` });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const T = (d: number, h = 2) => new Date(Date.UTC(2026, 10, d, h)).toISOString();
const all = async () => (await db.commitments.toArray()).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
/** The same promise as another staff member's copy: same text, url and due; its own id. */
const copyOf = (r: CommitmentRecord, over: Partial<CommitmentRecord>): CommitmentRecord => ({ ...r, id: `${r.id}-copy`, ...over });

describe('merge rules (pure)', () => {
  it('history union: one entry per status and instant, oldest first', () => {
    const a = [{ status: 'open' as const, at: T(1) }, { status: 'done' as const, at: T(5) }];
    const b = [{ status: 'open' as const, at: '2026-11-01T02:00:00Z' }, { status: 'dropped' as const, at: T(3) }];
    expect(unionHistory(a, b)).toEqual([{ status: 'open', at: T(1) }, { status: 'dropped', at: T(3) }, { status: 'done', at: T(5) }]);
  });

  it('the newest status change wins; fields from the copy changed last; notes and evidence kept', () => {
    const mine = rec({ capturedAt: T(1), status: 'done', changedAt: T(5), notes: 'Sudah dicek lapangan.', evidenceUrl: 'https://pemda.example.go.id/berita/1' });
    const theirs = copyOf(mine, {
      status: 'dropped',
      statusHistory: [{ status: 'open', at: T(1) }, { status: 'dropped', at: T(8) }],
      notes: 'Anggaran dialihkan.',
      evidenceUrl: null,
      deadlinePhrase: 'akhir bulan',
      updatedAt: T(8),
    });
    const m = mergeRecord(mine, theirs)!;
    expect(m.id).toBe(mine.id);
    expect(m.status).toBe('dropped');
    expect(m.statusHistory.map((h) => h.status)).toEqual(['open', 'done', 'dropped']);
    expect(m.deadlinePhrase).toBe('akhir bulan');
    expect(m.notes).toContain('Anggaran dialihkan.');
    expect(m.notes).toContain('Sudah dicek lapangan.');
    expect(m.evidenceUrl).toBe('https://pemda.example.go.id/berita/1');
    expect(m.updatedAt).toBe(T(8));
    // an older copy with nothing new changes nothing
    expect(mergeRecord(m, { ...mine, notes: '' , evidenceUrl: null })).toBeNull();
    expect(mergeRecord(m, m)).toBeNull();
  });
});

describe('merge import into the log', () => {
  it('adds new promises, skips what is already there (importing a file twice adds nothing)', async () => {
    const file = [rec({ capturedAt: T(1) }), rec({ capturedAt: T(2) })];
    expect(await repo.mergeImport([file])).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await repo.mergeImport([file])).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await db.commitments.count()).toBe(2);
  });

  it('duplicates across files: the same promise under two ids becomes one record', async () => {
    const a = rec({ capturedAt: T(2) });
    const b = copyOf(a, { capturedAt: T(1) });
    expect(await repo.mergeImport([[a], [b]])).toEqual({ added: 1, updated: 1, skipped: 0 });
    const [only] = await all();
    expect(await db.commitments.count()).toBe(1);
    expect(only.id).toBe(a.id);
    expect(only.capturedAt).toBe(T(1)); // the earliest capture
  });

  it('conflicts: the newest status wins over the log, the history of both is kept', async () => {
    const mine = rec({ capturedAt: T(1) });
    await repo.importCommitments([mine]);
    const done = copyOf(mine, { status: 'done', statusHistory: [{ status: 'open', at: T(1) }, { status: 'done', at: T(6) }], updatedAt: T(6) });
    const reopened = copyOf(mine, {
      id: 'third',
      status: 'open',
      statusHistory: [{ status: 'open', at: T(1) }, { status: 'done', at: T(3) }, { status: 'open', at: T(4) }],
      updatedAt: T(4),
    });
    expect(await repo.mergeImport([[done], [reopened]])).toEqual({ added: 0, updated: 2, skipped: 0 });
    const [m] = await all();
    expect(m.status).toBe('done');
    expect(m.statusHistory).toEqual([
      { status: 'open', at: T(1) },
      { status: 'done', at: T(3) },
      { status: 'open', at: T(4) },
      { status: 'done', at: T(6) },
    ]);
  });

  it('a new promise whose id is taken by another promise gets a fresh id', async () => {
    const a = rec({ id: 'same-id', capturedAt: T(1) });
    await repo.importCommitments([a]);
    const other = rec({ id: 'same-id', capturedAt: T(2) });
    expect(await repo.mergeImport([[other]])).toEqual({ added: 1, updated: 0, skipped: 0 });
    const rows = await all();
    expect(rows.map((r) => r.id)).toEqual(['same-id', expect.stringMatching(/^fresh-/)]);
  });

  it('all or nothing: a failure inside the transaction leaves the log as it was', async () => {
    await repo.importCommitments([rec({ capturedAt: T(1) })]);
    const before = await all();
    const spy = vi.spyOn(db.commitments, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(repo.mergeImport([[rec({ capturedAt: T(2) })]])).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await all()).toEqual(before);
  });

  it('10,000 records: merged into a log holding half of them, in one go', async () => {
    const now = new Date('2026-12-05T09:00:00+07:00');
    const records = seedCommitments(10_000, { now, seed: 7 });
    await repo.importCommitments(records.slice(0, 5_000));
    const changed = records.map((r, i) =>
      i % 10 === 0 && r.status === 'open'
        ? { ...r, id: `${r.id}-b`, status: 'done' as const, statusHistory: [...r.statusHistory, { status: 'done' as const, at: '2026-12-04T02:00:00.000Z' }], updatedAt: '2026-12-04T02:00:00.000Z' }
        : r,
    );
    const opened = changed.filter((r, i) => i < 5_000 && r !== records[i]).length;
    const t0 = performance.now();
    const s = await repo.mergeImport([changed]);
    const ms = performance.now() - t0;
    console.log(`[merge] 10,000 records: ${ms.toFixed(0)} ms`);
    expect(s).toEqual({ added: 5_000, updated: opened, skipped: 5_000 - opened });
    expect(await db.commitments.count()).toBe(10_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});

describe('the background message commitments/merge', () => {
  const handle = () => createRequestHandler({ repo, extensionId: EXT, extensionOrigin: ORIGIN });

  it('merges several files from an extension page; a content script may not', async () => {
    const a = rec({ capturedAt: T(1) });
    const files = [{ name: 'ani.json', text: toJsonExport([a]) }, { name: 'budi.json', text: toJsonExport([copyOf(a, {}), rec({ capturedAt: T(2) })]) }];
    expect(await handle()({ type: 'commitments/merge', files }, content)).toMatchObject({ ok: false, error: expect.stringMatching(/forbidden/) });
    expect(await db.commitments.count()).toBe(0);
    expect(await handle()({ type: 'commitments/merge', files }, page)).toEqual({ ok: true, merged: { added: 2, updated: 0, skipped: 1 } });
  });

  it('a bad file refuses every file: nothing changes, the answer names the file', async () => {
    const good = toJsonExport([rec({ capturedAt: T(1) })]);
    const bad = '{"format":"saring-commitments","version":1,"exportedAt":"2026-11-01T00:00:00Z","commitments":[{"id":1}]}';
    const r = await handle()({ type: 'commitments/merge', files: [{ text: good }, { text: bad }] }, page);
    expect(r).toMatchObject({ ok: false, file: 1, importError: { code: 'record', index: 0 } });
    expect(await db.commitments.count()).toBe(0);
    const notJson = await handle()({ type: 'commitments/merge', files: [{ text: 'nope' }] }, page);
    expect(notJson).toMatchObject({ ok: false, file: 0, importError: { code: 'notJson' } });
    expect(await handle()({ type: 'commitments/merge', files: [] }, page)).toMatchObject({ ok: false });
  });
});
