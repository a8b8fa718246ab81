import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CommitmentNotFoundError, CommitmentRepository, dedupeKey, makeExcerpt } from '@/lib/store/repository';
import { SaringDB } from '@/lib/store/db';
import { captureReq, freshDb } from './helpers';

const dbs: SaringDB[] = [];
function repoAt(iso = '2026-11-22T09:00:00+07:00', db = freshDb()) {
  dbs.push(db);
  let clock = new Date(iso);
  const repo = new CommitmentRepository(db, { now: () => clock });
  return { repo, db, setNow: (s: string) => (clock = new Date(s)) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('capture', () => {
  it('saves a record with every field', async () => {
    const { repo } = repoAt();
    const { ids, saved } = await repo.capture(captureReq());
    expect(saved).toBe(1);
    expect(ids).toHaveLength(1);
    const r = (await repo.get(ids[0]))!;
    expect(r).toMatchObject({
      id: ids[0],
      text: 'Kami akan memperbaiki jalan di Jl. Melati paling lambat Jumat depan.',
      action: 'memperbaiki jalan di Jl. Melati',
      deadlinePhrase: 'paling lambat Jumat depan',
      due: '2026-11-27',
      precision: 'day',
      vague: false,
      platform: 'x',
      url: 'https://x.com/pemkot/status/1',
      capturedAt: '2026-11-22T02:00:00.000Z',
      status: 'open',
      statusHistory: [{ status: 'open', at: '2026-11-22T02:00:00.000Z' }],
      notes: '',
      evidenceUrl: null,
    });
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.excerpt).toBe(r.text);
  });

  it('the same text sent twice makes one record', async () => {
    const { repo } = repoAt();
    const a = await repo.capture(captureReq());
    const b = await repo.capture(captureReq({ sentAt: '2026-11-22T09:00:05+07:00' }));
    expect(b.saved).toBe(0);
    expect(b.ids).toEqual(a.ids);
    expect(await repo.db.commitments.count()).toBe(1);
  });

  it('ignores case, spacing, punctuation, URL fragment and tracking parameters when deduplicating', async () => {
    const { repo } = repoAt();
    await repo.capture(captureReq());
    const b = await repo.capture(
      captureReq({ url: 'https://X.com/pemkot/status/1/?utm_source=a#reply' }, [
        { text: 'kami akan  memperbaiki jalan di Jl Melati, paling lambat Jumat depan!' },
      ]),
    );
    expect(b.saved).toBe(0);
    expect(await repo.db.commitments.count()).toBe(1);
  });

  it('concurrent captures (two tabs, two repositories on one database) make no duplicate', async () => {
    const db = freshDb();
    dbs.push(db);
    const other = new SaringDB(db.name);
    dbs.push(other);
    const r1 = new CommitmentRepository(db);
    const r2 = new CommitmentRepository(other);
    const results = await Promise.all([
      r1.capture(captureReq()),
      r2.capture(captureReq()),
      r1.capture(captureReq()),
      r2.capture(captureReq()),
    ]);
    expect(await db.commitments.count()).toBe(1);
    expect(results.reduce((s, r) => s + r.saved, 0)).toBe(1);
    const ids = new Set(results.flatMap((r) => r.ids));
    expect(ids.size).toBe(1);
  });

  it('the unique index refuses a second record with the same dedupe key', async () => {
    const { repo, db } = repoAt();
    const { ids } = await repo.capture(captureReq());
    const r = (await db.commitments.get(ids[0]))!;
    await expect(db.commitments.add({ ...r, id: 'other-id' })).rejects.toThrow();
  });

  it('different page, different due date or different text are different promises', async () => {
    const { repo } = repoAt();
    await repo.capture(captureReq());
    await repo.capture(captureReq({ url: 'https://x.com/pemkot/status/2' }));
    await repo.capture(captureReq({}, [{ due: '2026-11-28' }]));
    await repo.capture(captureReq({}, [{ text: 'Kami akan mengecek drainase besok.' }]));
    expect(await repo.db.commitments.count()).toBe(4);
  });

  it('several promises in one post, including a repeated one', async () => {
    const { repo } = repoAt();
    const one = 'Kami akan memperbaiki lampu besok.';
    const two = 'Sampah akan diangkut paling lambat Senin.';
    const res = await repo.capture(captureReq({ postText: `${one} ${two}` }, [{ text: one, start: 0, end: one.length }, { text: two, start: one.length + 1, end: one.length + 1 + two.length }, { text: one }]));
    expect(res.saved).toBe(2);
    expect(res.ids[0]).toBe(res.ids[2]);
    expect(res.ids[0]).not.toBe(res.ids[1]);
  });

  it('an empty capture saves nothing', async () => {
    const { repo } = repoAt();
    expect(await repo.capture(captureReq({}, []))).toEqual({ ids: [], saved: 0 });
  });
});

describe('excerpt', () => {
  it('is at most 280 characters, around the promise, cut at words', () => {
    const before = 'Terima kasih atas laporannya. '.repeat(20);
    const promise = 'Kami akan memperbaiki jalan paling lambat Jumat depan.';
    const after = ' Mohon bersabar, petugas sedang di lapangan.'.repeat(20);
    const post = before + promise + after;
    const ex = makeExcerpt(post, { text: promise, start: before.length, end: before.length + promise.length });
    expect(ex.length).toBeLessThanOrEqual(280);
    expect(ex).toContain(promise);
    expect(ex.startsWith('…')).toBe(true);
    expect(ex.endsWith('…')).toBe(true);
    expect(ex).not.toMatch(/…\S*[a-z]…$/); // sanity: not chopped mid-word at the start
  });

  it('finds the promise when offsets do not fit the text, and falls back to the sentence', () => {
    expect(makeExcerpt('Halo. Kami akan cek besok.', { text: 'Kami akan cek besok.', start: 500, end: 520 })).toBe('Halo. Kami akan cek besok.');
    const long = 'x '.repeat(400);
    expect(makeExcerpt(long, { text: 'Kami akan cek besok.', start: 900, end: 920 })).toBe('Kami akan cek besok.');
  });

  it('a very long promise is truncated to 280', () => {
    const t = 'kami akan '.repeat(60);
    const ex = makeExcerpt(t, { text: t, start: 0, end: t.length });
    expect(ex.length).toBeLessThanOrEqual(280);
  });
});

describe('status', () => {
  it('mark done keeps the history, undo restores it', async () => {
    const { repo, setNow } = repoAt();
    const [id] = (await repo.capture(captureReq())).ids;
    setNow('2026-11-25T10:00:00+07:00');
    const done = await repo.setStatus(id, 'done');
    expect(done.status).toBe('done');
    expect(done.statusHistory.map((h) => h.status)).toEqual(['open', 'done']);
    expect(done.statusHistory[1].at).toBe('2026-11-25T03:00:00.000Z');
    expect(done.updatedAt).toBe('2026-11-25T03:00:00.000Z');

    // setting the same status again is a no-op
    expect((await repo.setStatus(id, 'done')).statusHistory).toHaveLength(2);

    const undone = await repo.undoStatus(id);
    expect(undone.status).toBe('open');
    expect(undone.statusHistory.map((h) => h.status)).toEqual(['open']);
    // nothing left to undo: the capture itself stays
    expect((await repo.undoStatus(id)).statusHistory).toHaveLength(1);

    await repo.setStatus(id, 'dropped');
    await repo.setStatus(id, 'open');
    await repo.setStatus(id, 'done');
    expect((await repo.get(id))!.statusHistory.map((h) => h.status)).toEqual(['open', 'dropped', 'open', 'done']);
  });

  it('unknown id is an error', async () => {
    const { repo } = repoAt();
    await expect(repo.setStatus('nope', 'done')).rejects.toBeInstanceOf(CommitmentNotFoundError);
    await expect(repo.update('nope', { notes: 'x' })).rejects.toBeInstanceOf(CommitmentNotFoundError);
  });
});

describe('update', () => {
  it('edits fields, keeps the dedupe key', async () => {
    const { repo, setNow } = repoAt();
    const [id] = (await repo.capture(captureReq())).ids;
    const before = (await repo.get(id))!;
    setNow('2026-11-23T08:00:00+07:00');
    const r = await repo.update(id, { notes: 'Sudah dikoordinasikan dengan DPU', evidenceUrl: 'https://pemkot.go.id/berita/1', due: '2026-11-30' });
    expect(r.notes).toBe('Sudah dikoordinasikan dengan DPU');
    expect(r.evidenceUrl).toBe('https://pemkot.go.id/berita/1');
    expect(r.due).toBe('2026-11-30');
    expect(r.dedupeKey).toBe(before.dedupeKey);
    expect(r.updatedAt).toBe('2026-11-23T01:00:00.000Z');
    // a re-capture of the same post still finds it
    expect((await repo.capture(captureReq())).saved).toBe(0);
  });
});

describe('overdueCount and queries', () => {
  it('counts open commitments due before today', async () => {
    const { repo } = repoAt();
    const res = await repo.capture(
      captureReq({}, [
        { text: 'a akan', due: '2026-11-20' },
        { text: 'b akan', due: '2026-11-21' },
        { text: 'c akan', due: '2026-11-22' },
        { text: 'd akan', due: null, precision: 'none', vague: true },
        { text: 'e akan', due: '2026-11-10' },
      ]),
    );
    const now = new Date(2026, 10, 22, 9, 0); // local 22 Nov
    expect(await repo.overdueCount(now)).toBe(3);
    await repo.setStatus(res.ids[4], 'done');
    expect(await repo.overdueCount(now)).toBe(2);
    await repo.setStatus(res.ids[1], 'dropped');
    expect(await repo.overdueCount(now)).toBe(1);
    expect(await repo.overdueCount(new Date(2026, 10, 23, 0, 1))).toBe(2); // c becomes overdue after midnight
    expect(await repo.overdueCount(new Date(2026, 0, 1))).toBe(0);

    expect((await repo.list({ status: 'open' })).map((r) => r.text).sort()).toEqual(['a akan', 'c akan', 'd akan']);
    expect((await repo.list({ status: ['done', 'dropped'] })).length).toBe(2);
    expect((await repo.list({ dueBefore: '2026-11-21' })).map((r) => r.text).sort()).toEqual(['a akan', 'b akan', 'e akan']);
  });

  it('dedupeKey includes due and page', () => {
    expect(dedupeKey('Akan dicek', 'https://a.id/x', null)).not.toBe(dedupeKey('Akan dicek', 'https://a.id/y', null));
    expect(dedupeKey('Akan dicek', 'https://a.id/x', '2026-01-01')).not.toBe(dedupeKey('Akan dicek', 'https://a.id/x', null));
    expect(dedupeKey('Akan DICEK!', 'https://a.id/x#c', null)).toBe(dedupeKey('akan dicek', 'https://a.id/x', null));
  });
});
