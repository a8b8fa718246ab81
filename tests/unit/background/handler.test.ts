import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest } from '@/lib/messages/schema';
import { badgeText, BADGE_ALARM, ensureBadgeAlarm, setBadge } from '@/lib/store/badge';
import { CommitmentRepository } from '@/lib/store/repository';
import { createRequestHandler, senderRole, type SenderInfo } from '@/lib/store/service';
import { captureReq, freshDb } from '../store/helpers';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const contentSender: SenderInfo = { id: EXT, url: 'https://x.com/pemkot/status/1', tab: { id: 3 } };
const popupSender: SenderInfo = { id: EXT, url: `${ORIGIN}popup.html` };
const popupInTab: SenderInfo = { id: EXT, url: `${ORIGIN}popup.html`, tab: { id: 9 } };

let db: ReturnType<typeof freshDb>;
let repo: CommitmentRepository;
let onChange: ReturnType<typeof vi.fn<() => void>>;
let handle: ReturnType<typeof createRequestHandler>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  repo = new CommitmentRepository(db, { now: () => new Date(2026, 10, 22, 9) });
  onChange = vi.fn<() => void>();
  handle = createRequestHandler({ repo, extensionId: EXT, extensionOrigin: ORIGIN, onChange });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('validation', () => {
  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'commitments/capture'],
    ['no type', { platform: 'x' }],
    ['unknown type', { type: 'commitments/drop-table' }],
    ['capture without commitments', { ...captureReq(), commitments: undefined }],
    ['capture with a bad platform', { ...captureReq(), platform: 'myspace' }],
    ['capture with a javascript: URL', { ...captureReq(), url: 'javascript:alert(1)' }],
    ['capture with a bad date', captureReq({}, [{ due: '2026-02-30' }])],
    ['capture with a bad sentAt', { ...captureReq(), sentAt: 'kemarin' }],
    ['capture with an empty promise', captureReq({}, [{ text: '   ' }])],
    ['capture with end before start', captureReq({}, [{ start: 10, end: 2 }])],
    ['capture with a wrong precision', captureReq({}, [{ precision: 'decade' as never }])],
    ['set-status with a bad status', { type: 'commitments/set-status', id: 'a', status: 'overdue' }],
    ['update with an unknown field', { type: 'commitments/update', id: 'a', patch: { status: 'done' } }],
    ['update with a bad evidence link', { type: 'commitments/update', id: 'a', patch: { evidenceUrl: 'javascript:x' } }],
    ['update of the dedupe key', { type: 'commitments/update', id: 'a', patch: { dedupeKey: 'x' } }],
  ];
  it.each(malformed)('rejects %s', (_name, msg) => {
    const r = parseRequest(msg);
    expect(r.ok).toBe(false);
  });

  it.each(malformed)('the handler answers %s with an error, never throws', async (_name, msg) => {
    const r = await handle(msg, popupSender);
    expect(r.ok).toBe(false);
    expect(typeof (r as { error?: string }).error).toBe('string');
    expect(await db.commitments.count()).toBe(0);
  });

  it('names unknown types', () => {
    expect(parseRequest({ type: 'x/y' })).toEqual({ ok: false, error: 'unknown message type: x/y' });
  });

  it('accepts well-formed requests', () => {
    expect(parseRequest(captureReq()).ok).toBe(true);
    expect(parseRequest({ type: 'commitments/overdue-count' }).ok).toBe(true);
    expect(parseRequest({ type: 'commitments/set-status', id: 'a', status: 'done' }).ok).toBe(true);
    expect(parseRequest({ type: 'commitments/undo-status', id: 'a' }).ok).toBe(true);
    expect(parseRequest({ type: 'commitments/update', id: 'a', patch: { notes: 'ok', evidenceUrl: null } }).ok).toBe(true);
  });
});

describe('senders', () => {
  it('tells content scripts, own pages and strangers apart', () => {
    const deps = { extensionId: EXT, extensionOrigin: ORIGIN };
    expect(senderRole(contentSender, deps)).toBe('content');
    expect(senderRole(popupSender, deps)).toBe('page');
    expect(senderRole(popupInTab, deps)).toBe('page');
    expect(senderRole({ ...contentSender, id: 'other-extension' }, deps)).toBe('none');
    expect(senderRole({ url: 'https://evil.example/' , tab: {} }, deps)).toBe('none');
    expect(senderRole(undefined, deps)).toBe('none');
  });

  it('accepts a capture only from a content script', async () => {
    expect((await handle(captureReq(), popupSender)).ok).toBe(false);
    expect((await handle(captureReq(), { ...contentSender, id: 'other' })).ok).toBe(false);
    expect((await handle(captureReq(), { id: EXT, url: 'https://x.com/' })).ok).toBe(false); // no tab
    expect(await db.commitments.count()).toBe(0);
    const r = await handle(captureReq(), contentSender);
    expect(r).toMatchObject({ ok: true, saved: 1 });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('accepts edits only from extension pages', async () => {
    const { ids } = await repo.capture(captureReq());
    const msg = { type: 'commitments/set-status', id: ids[0], status: 'done' };
    expect((await handle(msg, contentSender)).ok).toBe(false);
    expect((await repo.get(ids[0]))!.status).toBe('open');
    expect(await handle(msg, popupSender)).toMatchObject({ ok: true, commitment: { id: ids[0], status: 'done' } });
  });
});

describe('requests', () => {
  it('capture twice → one record, same ids; overdue count; set-status, undo, update', async () => {
    const a = await handle(captureReq({}, [{ due: '2026-11-20' }]), contentSender);
    const b = await handle(captureReq({}, [{ due: '2026-11-20' }]), contentSender);
    expect(a).toMatchObject({ ok: true, saved: 1 });
    expect(b).toMatchObject({ ok: true, saved: 0 });
    expect((b as { ids: string[] }).ids).toEqual((a as { ids: string[] }).ids);
    expect(onChange).toHaveBeenCalledTimes(1);

    const id = (a as { ids: string[] }).ids[0];
    // the in-page UI shows nothing of the log: a content script (and so a page) cannot learn the count
    expect((await handle({ type: 'commitments/overdue-count' }, contentSender)).ok).toBe(false);
    expect(await handle({ type: 'commitments/overdue-count' }, popupSender)).toEqual({ ok: true, overdue: 1 });
    expect((await handle({ type: 'commitments/overdue-count' }, { id: 'x', tab: {} })).ok).toBe(false);

    await handle({ type: 'commitments/set-status', id, status: 'done' }, popupSender);
    expect(await handle({ type: 'commitments/overdue-count' }, popupSender)).toEqual({ ok: true, overdue: 0 });
    const undone = await handle({ type: 'commitments/undo-status', id }, popupSender);
    expect(undone).toMatchObject({ ok: true, commitment: { status: 'open', statusHistory: [{ status: 'open' }] } });

    const upd = await handle({ type: 'commitments/update', id, patch: { notes: 'dicek', evidenceUrl: 'https://pemkot.go.id/x' } }, popupSender);
    expect(upd).toMatchObject({ ok: true, commitment: { notes: 'dicek', evidenceUrl: 'https://pemkot.go.id/x' } });
  });

  it('a missing id is an error response', async () => {
    expect(await handle({ type: 'commitments/set-status', id: 'missing', status: 'done' }, popupSender)).toEqual({
      ok: false,
      error: 'commitment not found: missing',
    });
  });

  it('a database failure is an error response', async () => {
    db.close();
    const r = await handle(captureReq(), contentSender);
    expect(r.ok).toBe(false);
  });
});

describe('badge', () => {
  it('shows the overdue count', async () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(250)).toBe('99+');
    await setBadge(3);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    await setBadge(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('creates the periodic alarm once', async () => {
    await ensureBadgeAlarm();
    const first = await fakeBrowser.alarms.get(BADGE_ALARM);
    expect(first?.periodInMinutes).toBe(60);
    await ensureBadgeAlarm();
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('delete all', () => {
  it('only an extension page may delete every commitment', async () => {
    await handle(captureReq(), contentSender);
    expect(await handle({ type: 'commitments/delete-all' }, contentSender)).toMatchObject({ ok: false });
    expect(await db.commitments.count()).toBe(1);
    expect(await handle({ type: 'commitments/delete-all' }, popupSender)).toMatchObject({ ok: true, deleted: 1 });
    expect(await db.commitments.count()).toBe(0);
    expect(onChange).toHaveBeenCalled();
  });
});

describe('settings/allow ("Selalu izinkan" from the in-page panel)', () => {
  it('accepts a contact detail from a content script, refuses identity numbers and other senders', async () => {
    const saved: string[] = [];
    const h = createRequestHandler({ repo, extensionId: EXT, extensionOrigin: ORIGIN, allowContact: async (v) => saved.push(v) });
    expect(await h({ type: 'settings/allow', rule: 'pii.phone', value: '0812-3456-7890' }, contentSender)).toEqual({ ok: true });
    expect(await h({ type: 'settings/allow', rule: 'pii.email', value: 'humas@kotaku.go.id' }, contentSender)).toEqual({ ok: true });
    for (const [rule, value] of [
      ['pii.nik', '3204110609870003'],
      ['pii.kk', '3204111209870001'],
      ['pii.health', 'pasien HIV'],
      ['pii.phone', '3204110609870003'],
      ['pii.address', 'Jl. Mawar 3204110609870003'],
      ['pii.email', 'bukan email'],
    ]) {
      expect((await h({ type: 'settings/allow', rule, value }, contentSender)).ok, `${rule} ${value}`).toBe(false);
    }
    expect((await h({ type: 'settings/allow', rule: 'pii.phone', value: '0812-3456-7890' }, { id: 'other', tab: {} })).ok).toBe(false);
    expect((await h({ type: 'settings/allow', rule: 'pii.phone', value: '0812-3456-7890', extra: 1 }, contentSender)).ok).toBe(false);
    expect(saved).toEqual(['0812-3456-7890', 'humas@kotaku.go.id']);
  });

  it('the panel offers it for the same rules the background accepts', async () => {
    const { ALLOWABLE_RULES } = await import('../../../lib/ui/panel');
    const { ALLOWABLE_CONTACT_RULES } = await import('../../../lib/settings/forms');
    expect([...ALLOWABLE_RULES].sort()).toEqual([...ALLOWABLE_CONTACT_RULES].sort());
  });
});
