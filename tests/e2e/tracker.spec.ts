/**
 * The commitment tracker in the real extension (issue 6): a promise sent on X is recorded; with the
 * service worker's clock moved to the due date, the reminder notification is created; the JSON export,
 * after deleting everything, imports back with nothing lost; a malformed file changes nothing.
 */
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES } from './cases';
import { EXTENSION_DIR, extensionBuilt, launch, REPO_ROOT, type Harness } from './harness';
import { focusBox, send, waitForPosted } from './page-helpers';

const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
const x = EDITOR_CASES.find((c) => c.editor === 'draft')!;

async function exportJson(popup: Page): Promise<{ commitments: Record<string, unknown>[] }> {
  // the popup downloads through an object URL: catch the Blob it is made from
  await popup.evaluate(`(() => {
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => { window.__exported = blob; return make(blob); };
  })()`);
  const details = popup.locator('[data-panel="data"]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await popup.locator('[data-panel="data"] summary').click();
  await popup.locator('[data-export="json"]').click();
  // poll with evaluate (DevTools protocol): waitForFunction would need eval, which the popup's CSP forbids
  await expect.poll(async () => (await popup.evaluate('!!window.__exported')) as boolean, { timeout: 10_000, interval: 100 }).toBe(true);
  return JSON.parse((await popup.evaluate('window.__exported.text()')) as string);
}

describe.skipIf(!extensionBuilt(EXT_DIR))('the commitment tracker in the browser', () => {
  let h: Harness;
  let sw: Worker;
  beforeAll(async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
    sw = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const page = await h.openFixture(x.host, x.path);
    await page.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
    await focusBox(page, x);
    await page.keyboard.type('Terima kasih Pak. Lampu jalan di gang itu akan kami perbaiki besok.');
    await page.waitForFunction(() => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-rule^="commitment."]'), undefined, { timeout: 8_000 });
    await send(page, x);
    await waitForPosted(page, 1);
    await page.waitForFunction(() => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-notice="captured"]'), undefined, { timeout: 8_000 });
    await page.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a reminder notification is created when the worker clock reaches it (day before or due day)', async () => {
    const popup = await h.openPopup();
    await popup.waitForSelector('[data-commitment-id]', { timeout: 10_000 });
    expect(await popup.locator('[data-commitment-id]').first().getAttribute('data-commitment-id')).toBeTruthy();
    // spy on notifications and move the service worker's clock to 09:00 (local) the next day. Installed
    // again if the worker was restarted meanwhile (a busy machine can stop an idle worker), and the
    // reminder alarm is fired again on each poll until a notification is made.
    const SHIFT_AND_FIRE = `(() => {
      if (!globalThis.__notes) {
        globalThis.__notes = [];
        const create = chrome.notifications.create.bind(chrome.notifications);
        chrome.notifications.create = (...args) => { globalThis.__notes.push(args); return create(...args); };
        const Real = Date;
        globalThis.__realNow = () => Real.now();
        const target = new Real(); target.setDate(target.getDate() + 1); target.setHours(9, 0, 0, 0);
        const offset = target.getTime() - Real.now();
        class Shifted extends Real {
          constructor(...a) { if (a.length) super(...a); else super(Real.now() + offset); }
          static now() { return Real.now() + offset; }
        }
        globalThis.Date = Shifted;
      }
      // the worker checks its reminders when its alarm fires: fire it now, on the shifted clock
      if (!globalThis.__notes.length) chrome.alarms.create('saring/reminders-next', { when: globalThis.__realNow() + 300 });
      return globalThis.__notes.length;
    })()`;
    const worker = () => h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? sw;
    await expect.poll(async () => (await worker().evaluate(SHIFT_AND_FIRE)) as number, { timeout: 15_000, interval: 500 }).toBeGreaterThan(0);
    sw = worker();
    const [args] = (await sw.evaluate('globalThis.__notes')) as unknown[][];
    expect(JSON.stringify(args)).toMatch(/perbaiki/);
  });

  it('export JSON, delete everything, import it back: nothing lost; a bad file changes nothing', async () => {
    const popup = await h.openPopup();
    await popup.waitForSelector('[data-commitment-id]', { timeout: 10_000 });
    const before = await exportJson(popup);
    expect(before.commitments.length).toBeGreaterThan(0);

    const del = await popup.evaluate(`chrome.runtime.sendMessage({ type: 'commitments/delete-all' })`);
    expect(del).toMatchObject({ ok: true });

    const again = await h.openPopup();
    await again.waitForTimeout(300);
    await again.locator('[data-panel="data"] summary').click();
    await again.locator('[data-import]').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"saring-commitments","version":1,"commitments":[{"id":1}]}') });
    await again.waitForSelector('[data-data-status="error"]', { timeout: 10_000 });
    expect(await again.locator('[data-commitment-id]').count()).toBe(0);

    await again.locator('[data-import]').setInputFiles({ name: 'janji.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(before)) });
    await again.waitForSelector('[data-commitment-id]', { timeout: 10_000 });
    const after = await exportJson(again);
    const strip = (c: Record<string, unknown>[]) => JSON.stringify([...c].sort((a, b) => String(a.id).localeCompare(String(b.id))));
    expect(strip(after.commitments)).toBe(strip(before.commitments));
    expect(h.errors.all()).toEqual([]);
  });
});
