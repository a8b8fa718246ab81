/**
 * Issue 15 item 6: no capture from private windows unless allowed; about:srcdoc editors get the tab's URL
 * from the background; a Cancel within the send window logs nothing; a capture survives the tab closing
 * and the worker stopping (persisted pending before any other async work).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CommitmentRepository } from '@/lib/store/repository';
import { createRequestHandler, type HandlerDeps, type SenderInfo } from '@/lib/store/service';
import { memoryPendingStore, PENDING_PREFIX, storagePendingStore, type KeyValueArea } from '@/lib/store/pending';
import { captureReq, freshDb } from '../store/helpers';

const EXT = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const tab = (over: Partial<NonNullable<SenderInfo['tab']>> = {}): SenderInfo => ({ id: EXT, url: 'https://x.com/pemkot/status/1', tab: { id: 3, url: 'https://x.com/pemkot/status/1', ...over } });

let db: ReturnType<typeof freshDb>;
let repo: CommitmentRepository;
let clock = 1_000_000;
let timers: { at: number; fn: () => void }[] = [];
const advance = async (ms: number) => {
  clock += ms;
  const due = timers.filter((t) => t.at <= clock);
  timers = timers.filter((t) => t.at > clock);
  for (const t of due) t.fn();
  await new Promise((r) => setTimeout(r, 50)); // let the writes finish
};
const make = (over: Partial<HandlerDeps> = {}) =>
  createRequestHandler({
    repo,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    now: () => clock,
    setTimer: (fn, ms) => timers.push({ at: clock + ms, fn }),
    sendWindowMs: 5_000,
    ...over,
  });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  repo = new CommitmentRepository(db);
  timers = [];
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('private (incognito) windows', () => {
  it('records nothing from an incognito tab by default, and nothing is kept pending', async () => {
    const pending = memoryPendingStore();
    const r = await make({ pending })(captureReq(), tab({ incognito: true }));
    expect(r).toMatchObject({ ok: false, saved: 0, error: expect.stringMatching(/^forbidden: .*incognito/) });
    expect(await repo.list()).toHaveLength(0);
    expect(pending.entries.size).toBe(0);
  });
  it('records when the user allowed it in the options', async () => {
    const r = await make({ captureIncognito: async () => true })(captureReq(), tab({ incognito: true }));
    expect(r).toMatchObject({ ok: true, saved: 1 });
    const refused = await make({ captureIncognito: async () => false })(captureReq({ url: 'https://x.com/b' }), tab({ incognito: true }));
    expect(refused.ok).toBe(false);
  });
  it('normal tabs are unaffected', async () => {
    expect(await make()(captureReq(), tab({ incognito: false }))).toMatchObject({ ok: true, saved: 1 });
  });
});

describe('the page URL', () => {
  it('an about:srcdoc or about:blank editor is logged with the tab URL the browser reports', async () => {
    const handle = make();
    const sender: SenderInfo = { id: EXT, url: 'about:srcdoc', tab: { id: 3, url: 'https://www.facebook.com/pemkot/posts/9' } };
    expect(await handle(captureReq({ url: 'about:srcdoc' }), sender)).toMatchObject({ ok: true, saved: 1 });
    expect(await handle(captureReq({ url: 'about:blank' }, [{ text: 'Lampu kami ganti besok.' }]), sender)).toMatchObject({ ok: true, saved: 1 });
    const urls = (await repo.list()).map((r) => r.url);
    expect(urls).toEqual(['https://www.facebook.com/pemkot/posts/9', 'https://www.facebook.com/pemkot/posts/9']);
  });
  it('no http(s) tab URL → refused; other schemes are refused by the schema', async () => {
    const handle = make();
    expect(await handle(captureReq({ url: 'about:srcdoc' }), { id: EXT, url: 'about:srcdoc', tab: { id: 3, url: 'chrome://newtab/' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid/) });
    expect(await handle(captureReq({ url: 'data:text/html,x' }), tab())).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid/) });
    expect(await repo.list()).toHaveLength(0);
  });
});

describe('the send window', () => {
  it('a held capture is logged when the window ends', async () => {
    const pending = memoryPendingStore();
    const handle = make({ pending });
    expect(await handle(captureReq({ pendingId: 'send-1' }), tab())).toEqual({ ok: true, saved: 0, ids: [], pending: true });
    expect(await repo.list()).toHaveLength(0);
    await advance(4_999);
    expect(await repo.list()).toHaveLength(0);
    await advance(1);
    expect(await repo.list()).toHaveLength(1);
    expect(pending.entries.size).toBe(0);
  });
  it('a Cancel within the window logs nothing; only the sending tab may cancel', async () => {
    const pending = memoryPendingStore();
    const handle = make({ pending });
    await handle(captureReq({ pendingId: 'send-2' }), tab());
    expect(await handle({ type: 'commitments/cancel-capture', pendingId: 'send-2' }, tab({ id: 99 }))).toEqual({ ok: true, cancelled: false });
    expect(await handle({ type: 'commitments/cancel-capture', pendingId: 'send-2' }, { id: EXT, url: `${ORIGIN}popup.html` })).toMatchObject({ ok: false });
    expect(await handle({ type: 'commitments/cancel-capture', pendingId: 'send-2' }, tab())).toEqual({ ok: true, cancelled: true });
    await advance(10_000);
    expect(await repo.list()).toHaveLength(0);
    // a Cancel after the window changes nothing
    await handle(captureReq({ pendingId: 'send-3' }), tab());
    await advance(5_000);
    expect(await handle({ type: 'commitments/cancel-capture', pendingId: 'send-3' }, tab())).toEqual({ ok: true, cancelled: false });
    expect(await repo.list()).toHaveLength(1);
  });
});

describe('a capture survives the tab closing and the worker stopping', () => {
  const area = () => fakeBrowser.storage.local as unknown as KeyValueArea;

  it('is persisted before it is written, and logged by the next worker', async () => {
    const pending = storagePendingStore(area());
    // the first worker receives the capture and is stopped before its window ends (its timers are lost)
    await make({ pending })(captureReq({ pendingId: 'send-4' }), tab());
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored)).toEqual([`${PENDING_PREFIX}send-4`]);
    timers = [];
    // the tab is closed; a new worker starts later and drains the queue
    clock += 60_000;
    const next = make({ pending: storagePendingStore(area()) });
    expect(await next.drainPending()).toBe(1);
    const [r] = await repo.list();
    expect(r.url).toBe('https://x.com/pemkot/status/1');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('a failed write stays pending and is retried on the next start; drained twice it is logged once', async () => {
    const pending = memoryPendingStore();
    db.close();
    const r = await make({ pending })(captureReq(), tab());
    expect(r.ok).toBe(false);
    expect(pending.entries.size).toBe(1);
    await db.open();
    const next = make({ pending });
    expect(await next.drainPending()).toBe(1);
    expect(await next.drainPending()).toBe(0);
    expect(await repo.list()).toHaveLength(1);
  });

  it('a pending entry still inside its window is scheduled, not logged at once', async () => {
    const pending = memoryPendingStore();
    await make({ pending })(captureReq({ pendingId: 'send-5' }), tab());
    timers = [];
    clock += 1_000;
    const next = make({ pending });
    expect(await next.drainPending()).toBe(0);
    expect(await repo.list()).toHaveLength(0);
    await advance(4_000);
    expect(await repo.list()).toHaveLength(1);
  });
});
