/**
 * Issue 15 item 3: the single writer masks personal data before every write (capture, edit, import,
 * merge), whatever the sender did and whatever the settings.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { toJsonExport } from '@/lib/export/json';
import { CommitmentRepository, dedupeKey } from '@/lib/store/repository';
import { createRequestHandler, type SenderInfo } from '@/lib/store/service';
import { maskForLog } from '@/lib/store/mask';
import type { CommitmentRecord } from '@/lib/store/types';
import { captureReq, freshDb } from './helpers';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const content: SenderInfo = { id: EXT, url: 'https://x.com/pemkot/status/1', tab: { id: 3 } };
const popup: SenderInfo = { id: EXT, url: `${ORIGIN}popup.html` };

const NIK = '3204110609870003'; // a confident NIK
const INFO_KK = '1234567890123456'; // "nomor KK 1234567890123456": an info-level KK
const WEAK_NIK = '3299015505900002'; // "Data 3299015505900002": an info-level NIK
const PHONE = '0812-3456-7890';
const leaks = (s: string) => [NIK, INFO_KK, WEAK_NIK, '3456-7890'].filter((d) => s.includes(d));
const allText = (r: CommitmentRecord) => [r.text, r.action, r.deadlinePhrase, r.excerpt, r.notes, r.dedupeKey].join(' | ');

let db: ReturnType<typeof freshDb>;
let repo: CommitmentRepository;
let handle: ReturnType<typeof createRequestHandler>;
beforeEach(() => {
  db = freshDb();
  repo = new CommitmentRepository(db, { now: () => new Date(2026, 10, 22, 9) });
  handle = createRequestHandler({ repo, extensionId: EXT, extensionOrigin: ORIGIN });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('maskForLog', () => {
  it('masks confident and info-level identity numbers alike, ignoring any allowlist', () => {
    expect(maskForLog(`NIK ${NIK} akan kami cek besok.`)).toBe('NIK 3204********0003 akan kami cek besok.');
    expect(maskForLog(`nomor KK ${INFO_KK}`)).toBe('nomor KK 1234********3456');
    expect(maskForLog(`Data ${WEAK_NIK} tercatat`)).toBe('Data 3299********0002 tercatat');
    expect(maskForLog(`Hubungi ${PHONE} besok`)).not.toContain('3456-7890');
  });
  it('leaves text without personal data as it is, and is idempotent', () => {
    const plain = 'Kami akan memperbaiki jalan di Jl. Melati paling lambat Jumat depan.';
    expect(maskForLog(plain)).toBe(plain);
    const once = maskForLog(`NIK ${NIK}, HP ${PHONE}, nomor KK ${INFO_KK}`);
    expect(maskForLog(once)).toBe(once);
    expect(maskForLog('')).toBe('');
  });
});

describe('every write path masks', () => {
  it('capture: a content script that sent clear data (e.g. allowlisted NIK, info KK) is masked', async () => {
    const text = `Data NIK ${NIK} dan nomor KK ${INFO_KK} akan kami perbaiki paling lambat Jumat depan.`;
    const req = captureReq({ postText: `Pak Budi, ${text} Hubungi ${PHONE}.` }, [{ text, action: `perbaiki data NIK ${NIK}` }]);
    const res = await handle(req, content);
    expect(res.ok).toBe(true);
    const [r] = await repo.list();
    expect(leaks(allText(r))).toEqual([]);
    expect(r.text).toContain('3204********0003');
    expect(r.excerpt).toContain('3204********0003');
    expect(r.dedupeKey).toBe(dedupeKey(r.text, r.url, r.due));
    // the same post again is the same promise (the key is of the masked text)
    const again = (await handle(req, content)) as { saved: number };
    expect(again.saved).toBe(0);
  });

  it('edit: text, action, deadline phrase and notes are masked; the dedupe key stays', async () => {
    await handle(captureReq(), content);
    const [before] = await repo.list();
    const res = await handle(
      {
        type: 'commitments/update',
        id: before.id,
        patch: { text: `Jalan untuk NIK ${NIK} kami perbaiki`, action: `hubungi ${PHONE}`, notes: `nomor KK ${INFO_KK} sudah dicek`, deadlinePhrase: `Data ${WEAK_NIK}` },
      },
      popup,
    );
    expect(res.ok).toBe(true);
    const after = (await repo.get(before.id))!;
    expect(leaks(allText(after))).toEqual([]);
    expect(after.notes).toBe('nomor KK 1234********3456 sudah dicek');
    expect(after.dedupeKey).toBe(before.dedupeKey);
  });

  it('import: every text field is masked and the dedupe key recomputed from the masked text', async () => {
    const rec: CommitmentRecord = {
      id: 'rec-1',
      text: `Data NIK ${NIK} akan kami perbaiki besok.`,
      action: `perbaiki NIK ${NIK}`,
      deadlinePhrase: 'besok',
      due: '2026-11-23',
      precision: 'day',
      vague: false,
      platform: 'x',
      url: 'https://x.com/pemkot/status/9',
      excerpt: `Pak, HP ${PHONE}, data NIK ${NIK} akan kami perbaiki besok.`,
      capturedAt: '2026-11-22T02:00:00.000Z',
      status: 'open',
      statusHistory: [{ status: 'open', at: '2026-11-22T02:00:00.000Z' }],
      notes: `nomor KK ${INFO_KK}`,
      evidenceUrl: null,
      updatedAt: '2026-11-22T02:00:00.000Z',
      dedupeKey: 'whatever the file says',
    };
    const res = await handle({ type: 'commitments/import', text: toJsonExport([rec]) }, popup);
    expect(res.ok).toBe(true);
    const r = (await repo.get('rec-1'))!;
    expect(leaks(allText(r))).toEqual([]);
    expect(r.dedupeKey).toBe(dedupeKey(r.text, r.url, r.due));

    // merge is an import too
    const other = { ...rec, id: 'rec-2', url: 'https://x.com/pemkot/status/10', notes: `Data ${WEAK_NIK}` };
    const merged = await handle({ type: 'commitments/merge', files: [{ text: toJsonExport([other]) }] }, popup);
    expect(merged.ok).toBe(true);
    const m = (await repo.get('rec-2'))!;
    expect(leaks(allText(m))).toEqual([]);
    expect(m.dedupeKey).toBe(dedupeKey(m.text, m.url, m.due));
  });

  it('import: two records that are the same promise once masked are saved once', async () => {
    const base = (id: string, nik: string): CommitmentRecord => ({
      id,
      text: `NIK ${nik} akan kami perbaiki besok.`,
      action: '',
      deadlinePhrase: 'besok',
      due: '2026-11-23',
      precision: 'day',
      vague: false,
      platform: 'x',
      url: 'https://x.com/a',
      excerpt: '',
      capturedAt: '2026-11-22T02:00:00.000Z',
      status: 'open',
      statusHistory: [{ status: 'open', at: '2026-11-22T02:00:00.000Z' }],
      notes: '',
      evidenceUrl: null,
      updatedAt: '2026-11-22T02:00:00.000Z',
      dedupeKey: id,
    });
    // same first and last four digits: equal once masked
    const res = (await repo.importCommitments([base('a', '3204110609870003'), base('b', '3204119999990003')]));
    expect(res).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(await repo.list()).toHaveLength(1);
  });
});
