import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { BADGE_ALARM } from '@/lib/store/badge';
import { getDb } from '@/lib/store/db';
import { captureReq } from '../store/helpers';

const EXT = fakeBrowser.runtime.id;

function send(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    const results = (fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => unknown)(message, sender, resolve);
    void results;
  });
}
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

describe('background entrypoint', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    await background.main();
  });

  it('creates the badge alarm', async () => {
    await until(async () => !!(await fakeBrowser.alarms.get(BADGE_ALARM)));
  });

  it('saves a capture from a content script and updates the badge', async () => {
    const req = captureReq({}, [{ due: '2020-01-06' }, { text: 'Kami akan cek besok.', due: '2999-01-01' }]);
    const res = await send(req, { id: EXT, url: 'https://x.com/pemkot/status/1', tab: { id: 1 } });
    expect(res).toMatchObject({ ok: true, saved: 2 });
    expect(await getDb().commitments.count()).toBe(2);
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '1');

    // popup marks it done → badge clears
    const done = await send(
      { type: 'commitments/set-status', id: res.ids[0], status: 'done' },
      { id: EXT, url: fakeBrowser.runtime.getURL('/popup.html') },
    );
    expect(done).toMatchObject({ ok: true, commitment: { status: 'done' } });
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '');
  });

  it('answers malformed and foreign messages with an error', async () => {
    expect(await send({ type: 'nope' }, { id: EXT, tab: {} })).toMatchObject({ ok: false });
    expect(await send(captureReq(), { id: 'someone-else', tab: {} })).toMatchObject({ ok: false });
  });

  it('refreshes the badge on the alarm tick', async () => {
    await getDb().commitments.toCollection().modify({ status: 'open' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: Date.now() });
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '1');
  });
});
