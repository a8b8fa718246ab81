import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { MAX_IMPORT_BYTES, parseJsonImport, toJsonExport, type ImportError } from '@/lib/export/json';
import type { SaringDB } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { seedCommitments } from '@/lib/store/seed';
import { createRequestHandler } from '@/lib/store/service';
import type { CommitmentRecord } from '@/lib/store/types';
import { captureReq, freshDb } from '../store/helpers';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const NOW = new Date(2026, 10, 22, 9, 0);
const POPUP = { id: EXT, url: `${ORIGIN}popup.html` };

let dbs: SaringDB[] = [];
function newDb() {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
  dbs = [];
});

const byId = (rows: CommitmentRecord[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A realistic log: captured, edited, done, dropped, undone, noted. */
async function realLog(db: SaringDB) {
  let clock = new Date(2026, 10, 20, 9, 0);
  const repo = new CommitmentRepository(db, { now: () => (clock = new Date(clock.getTime() + 60_000)) });
  const { ids } = await repo.capture(
    captureReq({ postText: 'Terima kasih. Kami akan memperbaiki jalan, mengganti lampu, dan mengkaji usulan.' }, [
      { text: 'Kami akan memperbaiki jalan paling lambat Jumat depan.', due: '2026-11-27' },
      { text: 'Lampu diganti besok.', action: 'mengganti lampu', due: '2026-11-21', deadlinePhrase: 'besok' },
      { text: 'Akan kami kaji secepatnya.', action: 'mengkaji usulan "taman"', due: null, precision: 'none', vague: true },
      { text: 'Drainase dicek akhir bulan.', action: 'mengecek drainase', due: '2026-11-30', precision: 'month' },
    ]),
  );
  await repo.setStatus(ids[1], 'done');
  await repo.update(ids[1], { notes: 'Sudah, lihat foto.\nBaris kedua; dengan "kutip", koma.', evidenceUrl: 'https://pemkot.go.id/berita/1' });
  await repo.setStatus(ids[2], 'dropped');
  await repo.undoStatus(ids[2]);
  await repo.setStatus(ids[3], 'dropped');
  await repo.update(ids[0], { due: '2026-11-28', precision: 'day' });
  return { repo, ids };
}

describe('JSON import: round trip', () => {
  it('export → import into an empty database gives back every record, field for field', async () => {
    const src = newDb();
    await realLog(src);
    const before = byId(await src.commitments.toArray());
    expect(before.find((r) => r.statusHistory.length === 2)).toBeTruthy();

    const file = toJsonExport(before, NOW);
    const parsed = parseJsonImport(file);
    expect(parsed.ok).toBe(true);
    const dst = newDb();
    const summary = await new CommitmentRepository(dst).importCommitments(parsed.ok ? parsed.commitments : []);
    expect(summary).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(byId(await dst.commitments.toArray())).toEqual(before);
    // and exporting again gives the same file
    expect(toJsonExport(byId(await dst.commitments.toArray()), NOW)).toBe(file);
  });

  it('re-importing the same file adds nothing', async () => {
    const db = newDb();
    await realLog(db);
    const file = toJsonExport(await db.commitments.toArray(), NOW);
    const handle = createRequestHandler({ repo: new CommitmentRepository(db), extensionId: EXT, extensionOrigin: ORIGIN });
    const again = await handle({ type: 'commitments/import', text: file }, POPUP);
    expect(again).toEqual({ ok: true, imported: { added: 0, updated: 0, unchanged: 4 } });
    expect(await db.commitments.count()).toBe(4);
    const twice = await handle({ type: 'commitments/import', text: file }, POPUP);
    expect(twice).toMatchObject({ ok: true, imported: { added: 0 } });
    expect(await db.commitments.count()).toBe(4);
  });

  it('a newer copy of a record replaces the older; an older one does not', async () => {
    const db = newDb();
    const { ids, repo } = await realLog(db);
    const rec = (await db.commitments.get(ids[0]))!;
    const newer = { ...rec, notes: 'dari perangkat lain', updatedAt: new Date(Date.parse(rec.updatedAt) + 1000).toISOString() };
    const older = { ...rec, notes: 'lama', updatedAt: new Date(Date.parse(rec.updatedAt) - 1000).toISOString() };
    expect(await repo.importCommitments([older])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.commitments.get(ids[0]))!.notes).toBe('');
    expect(await repo.importCommitments([newer])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.commitments.get(ids[0]))!.notes).toBe('dari perangkat lain');
  });

  it('the same promise under another id (captured on another device) is not duplicated', async () => {
    const db = newDb();
    const { ids, repo } = await realLog(db);
    const rec = (await db.commitments.get(ids[0]))!;
    expect(await repo.importCommitments([{ ...rec, id: 'other-device-id' }])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.commitments.count()).toBe(4);
  });

  it('a file without dedupe keys (hand-made) gets them computed', async () => {
    const records = seedCommitments(3, { now: NOW }).map(({ dedupeKey: _k, ...r }) => r);
    const parsed = parseJsonImport(JSON.stringify({ format: 'saring-commitments', version: 1, exportedAt: NOW.toISOString(), commitments: records }));
    expect(parsed.ok && parsed.commitments.every((r) => r.dedupeKey.length > 0)).toBe(true);
  });
});

describe('JSON import: bad files change nothing', () => {
  let db: SaringDB;
  let handle: ReturnType<typeof createRequestHandler>;
  let before: CommitmentRecord[];
  let good: ReturnType<typeof JSON.parse>;

  beforeEach(async () => {
    db = newDb();
    await realLog(db);
    before = byId(await db.commitments.toArray());
    handle = createRequestHandler({ repo: new CommitmentRepository(db), extensionId: EXT, extensionOrigin: ORIGIN });
    good = JSON.parse(toJsonExport(seedCommitments(5, { now: NOW }), NOW));
  });

  async function refused(text: string): Promise<ImportError> {
    const res = (await handle({ type: 'commitments/import', text }, POPUP)) as { ok: boolean; importError?: ImportError; error?: string };
    expect(res.ok).toBe(false);
    expect(byId(await db.commitments.toArray())).toEqual(before);
    expect(res.importError).toBeTruthy();
    return res.importError!;
  }
  const variant = (f: (g: any) => void) => {
    const g = structuredClone(good);
    f(g);
    return JSON.stringify(g);
  };

  it('not JSON', async () => {
    expect((await refused('Tanggal,Janji\r\n2026-11-27,perbaiki jalan')).code).toBe('notJson');
    expect((await refused('{"format": "saring-commitments", ')).code).toBe('notJson');
  });

  it('empty', async () => {
    expect((await refused('')).code).toBe('empty');
    expect((await refused('\uFEFF  \n')).code).toBe('empty');
  });

  it('wrong shape: not our format', async () => {
    expect((await refused('[]')).code).toBe('notSaring');
    expect((await refused('"halo"')).code).toBe('notSaring');
    expect((await refused(JSON.stringify({ commitments: [] }))).code).toBe('notSaring');
    expect((await refused(variant((g) => (g.format = 'other'))))).toEqual({ code: 'notSaring' });
  });

  it('wrong version', async () => {
    expect(await refused(variant((g) => (g.version = 2)))).toEqual({ code: 'version', version: '2' });
    expect(await refused(variant((g) => delete g.version))).toEqual({ code: 'version', version: 'undefined' });
  });

  it('wrong shape: the envelope', async () => {
    expect(await refused(variant((g) => (g.commitments = {})))).toEqual({ code: 'envelope', field: 'commitments', reason: 'type' });
    expect(await refused(variant((g) => delete g.commitments))).toEqual({ code: 'envelope', field: 'commitments', reason: 'missing' });
    expect(await refused(variant((g) => (g.exportedAt = 'kemarin')))).toEqual({ code: 'envelope', field: 'exportedAt', reason: 'datetime' });
  });

  it('wrong shape: a record, named by position, label and field — even when the others are fine', async () => {
    const label = good.commitments[2].action;
    expect(await refused(variant((g) => (g.commitments[2].due = '2026-02-30')))).toEqual({ code: 'record', index: 2, label, field: 'due', reason: 'date' });
    expect(await refused(variant((g) => delete g.commitments[4].status))).toMatchObject({ code: 'record', index: 4, field: 'status', reason: 'missing' });
    expect(await refused(variant((g) => (g.commitments[0].status = 'selesai')))).toMatchObject({ index: 0, field: 'status', reason: 'enum' });
    expect(await refused(variant((g) => (g.commitments[1].url = 'javascript:alert(1)')))).toMatchObject({ index: 1, field: 'url', reason: 'url' });
    expect(await refused(variant((g) => (g.commitments[1].evidenceUrl = 'ftp://x')))).toMatchObject({ field: 'evidenceUrl', reason: 'url' });
    expect(await refused(variant((g) => (g.commitments[1].vague = 'ya')))).toMatchObject({ field: 'vague', reason: 'type' });
    expect(await refused(variant((g) => (g.commitments[1].text = '   ')))).toMatchObject({ field: 'text', reason: 'blank' });
    expect(await refused(variant((g) => (g.commitments[1].notes = 'x'.repeat(5001))))).toMatchObject({ field: 'notes', reason: 'tooLong' });
    expect(await refused(variant((g) => (g.commitments[1].statusHistory = [])))).toMatchObject({ field: 'statusHistory', reason: 'empty' });
    expect(await refused(variant((g) => (g.commitments[1].status = g.commitments[1].status === 'open' ? 'done' : 'open')))).toMatchObject({
      field: 'statusHistory',
      reason: 'history',
    });
    expect(await refused(variant((g) => (g.commitments[1].statusHistory[0].at = 'nanti')))).toMatchObject({ field: 'statusHistory.0.at', reason: 'datetime' });
    expect(await refused(variant((g) => (g.commitments[3] = 42)))).toMatchObject({ code: 'record', index: 3, label: '', reason: 'type' });
  });

  it('duplicates inside the file', async () => {
    expect(await refused(variant((g) => (g.commitments[3].id = g.commitments[1].id)))).toEqual({ code: 'duplicateId', index: 3, other: 1 });
    // the same promise twice (same text, page and deadline), whatever keys the file gives
    const same = (g: ReturnType<typeof JSON.parse>) => {
      for (const k of ['text', 'url', 'due', 'dedupeKey']) g.commitments[4][k] = g.commitments[0][k];
    };
    expect(await refused(variant(same))).toEqual({ code: 'duplicateKey', index: 4, other: 0 });
    // a copied key alone is not a duplicate: the key is recomputed from the record
    expect(parseJsonImport(variant((g) => (g.commitments[4].dedupeKey = g.commitments[0].dedupeKey))).ok).toBe(true);
  });

  it('10 MB of garbage, and a file over the size limit', async () => {
    let s = '';
    const chunk = 'Gy7#\u00e9\u4e2d{["\\' + 'x'.repeat(1013);
    while (s.length < 10 * 1024 * 1024) s += chunk;
    expect((await refused(s)).code).toBe('notJson');
    expect((await refused('{' + s)).code).toBe('notJson');
    expect(await refused('x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ code: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 });
  });

  it('a 10,000-commitment export is within the size limit and imports', async () => {
    const big = toJsonExport(seedCommitments(10_000, { now: NOW }), NOW);
    expect(big.length).toBeGreaterThan(9 * 1024 * 1024);
    const parsed = parseJsonImport(big);
    expect(parsed.ok && parsed.commitments.length).toBe(10_000);
  });

  it('a write that fails half-way rolls back everything (one transaction)', async () => {
    // Valid file: record 0 is new; record 1 updates an existing record so that its dedupe key collides with
    // another existing record → the unique index refuses it → nothing, not even record 0, is written.
    const [a, b] = before;
    const fresh = { ...seedCommitments(1, { now: NOW })[0], id: 'brand-new' };
    const clash = { ...a, text: b.text, url: b.url, dedupeKey: b.dedupeKey, updatedAt: new Date(Date.parse(a.updatedAt) + 1000).toISOString() };
    const text = JSON.stringify({ format: 'saring-commitments', version: 1, exportedAt: NOW.toISOString(), commitments: [fresh, clash] });
    expect(parseJsonImport(text).ok).toBe(true);
    const res = await handle({ type: 'commitments/import', text }, POPUP);
    expect(res.ok).toBe(false);
    expect(byId(await db.commitments.toArray())).toEqual(before);
  });

  it('only extension pages may import', async () => {
    const res = await handle({ type: 'commitments/import', text: toJsonExport([], NOW) }, { id: EXT, url: 'https://x.com/', tab: { id: 1 } });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/forbidden/) });
  });
});

describe('JSON import: IDs (issue 15 item 5)', () => {
  const fileWith = (id: string) => {
    const [rec] = seedCommitments(1, { now: NOW });
    return JSON.stringify({ format: 'saring-commitments', version: 1, exportedAt: NOW.toISOString(), commitments: [{ ...rec, id }] });
  };
  it('accepts letters, digits and "-"; refuses CSV formulas, ICS line breaks and long IDs', () => {
    expect(parseJsonImport(fileWith('a1B2-c3')).ok).toBe(true);
    for (const id of ['=HYPERLINK("http://evil","x")', '+cmd|/c calc', 'x\r\nATTENDEE:mailto:evil@example.com', 'a;b', 'a'.repeat(65), '']) {
      expect(parseJsonImport(fileWith(id)).ok, JSON.stringify(id)).toBe(false);
    }
  });
});
