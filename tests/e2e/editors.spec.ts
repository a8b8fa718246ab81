/**
 * The extension in real editors (contract §3), one test per compose box: type an Indonesian reply with a
 * NIK, an insult and a promise; the findings show in <saring-ui>'s shadow root; the editor's own model
 * still holds exactly what was typed; the box's DOM has nothing of ours; sending records the promise in
 * the popup; no page errors; nothing leaves loopback; the extension itself fetches nothing.
 *
 * Needs the built extension (.output/chrome-mv3, `npm run build`); skips cleanly without it.
 * SARING_E2E_EXTENSION_DIR=<dir> runs it against another unpacked extension (e.g. the contract stub in
 * fixtures/stub-extension, used to validate this spec).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES, EMPTY_PAGES, type EditorCase } from './cases';
import { EXTENSION_DIR, extensionBuilt, launch, REPO_ROOT, type Harness } from './harness';
import { focusBox, send, waitForModelText, waitForPosted } from './page-helpers';
import { resetServerRequests } from './server.mjs';

const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
const HAVE_EXTENSION = extensionBuilt(EXT_DIR);

export const REPLY =
  'Mohon maaf Pak, NIK 3204110609870003 sudah kami cek. Dasar goblok yang kemarin itu. Akan kami perbaiki paling lambat Jumat depan.';
const EXPECTED_RULES = ['[data-rule^="pii.nik"]', '[data-rule^="tone."]', '[data-rule^="commitment."]'];

/** Give the content script a moment to start (it runs at document_idle and reads settings first). */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
  await page.waitForTimeout(250);
}

async function shownRules(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('saring-ui')?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((e) => e.getAttribute('data-rule')),
  );
}

/** What the page shows, for failure messages. */
async function describeState(page: Page): Promise<string> {
  const text = await page.evaluate(() => (window as unknown as { __fixture?: { getText(): string } }).__fixture?.getText());
  return `data-findings=${await findingsCount(page)}, rules shown: ${JSON.stringify(await shownRules(page))}, editor text: ${JSON.stringify(text)}`;
}

async function findingsCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0));
}

/** Anything of ours inside (or on) the compose box: a saring-* tag, class or attribute. */
async function injectedIntoBox(page: Page, box: string): Promise<string[]> {
  return page.$eval(box, (el) => {
    const found: string[] = [];
    const all = [el, ...Array.from(el.querySelectorAll('*'))];
    for (const n of all) {
      const tag = n.tagName.toLowerCase();
      if (tag.includes('saring')) found.push(`<${tag}>`);
      for (const c of Array.from(n.classList)) if (c.toLowerCase().includes('saring')) found.push(`<${tag} class="${c}">`);
      for (const a of Array.from(n.attributes)) {
        if (a.name.toLowerCase().includes('saring') || a.value.toLowerCase().startsWith('saring')) found.push(`<${tag} ${a.name}="${a.value}">`);
      }
      if (n.shadowRoot) found.push(`<${tag}> has a shadow root`);
    }
    return found;
  });
}

/** The fixture server only ever served the fixture's own files: the page, /assets/*, nothing the extension asked for. */
function unexpectedServerRequests(reqs: { host: string; path: string }[]): string[] {
  return reqs
    .filter((r) => !/^\/(?:[\w-]+\.html)?(?:\?.*)?$/.test(r.path) && !r.path.startsWith('/assets/'))
    .map((r) => `${r.host}${r.path}`);
}

async function waitForCommitmentInPopup(h: Harness, timeoutMs = 15_000): Promise<Page> {
  const popup = await h.openPopup();
  const deadline = Date.now() + timeoutMs;
  let lastReload = Date.now();
  while (Date.now() < deadline) {
    if ((await popup.locator('[data-commitment-id]').count()) > 0) return popup;
    await popup.waitForTimeout(250);
    if (Date.now() - lastReload > 2_000) {
      await popup.reload({ waitUntil: 'load' });
      lastReload = Date.now();
    }
  }
  throw new Error(`no [data-commitment-id] in the popup after ${timeoutMs} ms; popup text: ${(await popup.locator('body').innerText()).slice(0, 500)}`);
}

describe.skipIf(!HAVE_EXTENSION)(`with the extension (${EXT_DIR})`, () => {
  let h: Harness | undefined;
  let port: number;

  beforeEach(async () => {
    port = inject('e2ePort');
    await resetServerRequests(port);
    h = await launch({ extension: EXT_DIR, port });
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  });

  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  describe.each(EDITOR_CASES)('$name', (c: EditorCase) => {
    it('shows the findings, keeps the editor intact, and records the promise on send', async () => {
      const hh = h!;
      const page = await hh.openFixture(c.host, c.path);
      await settle(page);
      await focusBox(page, c);
      await page.keyboard.type(REPLY);

      // findings in <saring-ui>'s open shadow root (contract §3: within 1 s of the last keystroke)
      await page
        .waitForFunction(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0) >= 3, undefined, {
          timeout: 5_000,
          polling: 100,
        })
        .catch(async () => {
          throw new Error(`expected data-findings ≥ 3; ${await describeState(page)}`);
        });
      for (const sel of EXPECTED_RULES) {
        await page
          .waitForFunction((s) => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector(s), sel, { timeout: 3_000 })
          .catch(async () => {
            throw new Error(`no ${sel} in saring-ui's shadow root; ${await describeState(page)}`);
          });
      }
      expect(await page.locator('saring-ui').count()).toBe(1);
      const severities = await page.evaluate(() =>
        Array.from(document.querySelector('saring-ui')!.shadowRoot!.querySelectorAll('[data-rule]')).map((e) => e.getAttribute('data-severity')),
      );
      for (const s of severities) expect(['info', 'warning', 'danger']).toContain(s);

      // the editor's own model holds exactly what was typed; the box's DOM has nothing of ours
      await waitForModelText(page, REPLY);
      expect(await injectedIntoBox(page, c.box)).toEqual([]);

      // send: the fixture records the model text at that moment and empties the box
      await send(page, c);
      expect(await waitForPosted(page, 1)).toEqual([REPLY]);
      await waitForModelText(page, '');

      const popup = await waitForCommitmentInPopup(hh);
      expect(await popup.locator('[data-commitment-id]').count()).toBeGreaterThanOrEqual(1);

      expect(hh.errors.all()).toEqual([]);
      await hh.close();
      hh.network.assertLoopbackOnly();
      // the extension (service worker, popup, other extension pages) asked for nothing but its own files
      expect(hh.network.fromExtension().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
      expect(hh.network.netLog().filter((r) => r.initiator?.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'))).toEqual([]);
      expect(unexpectedServerRequests(await hh.serverRequests())).toEqual([]);
    });
  });

  it.each(EMPTY_PAGES)('a page without a compose box ($host $path): no errors, no requests', async ({ host, path }) => {
    const hh = h!;
    const page = await hh.openFixture(host, path);
    await settle(page);
    await page.waitForTimeout(500);
    expect(await findingsCount(page)).toBe(0);
    expect(hh.errors.all()).toEqual([]);
    await hh.close();
    hh.network.assertLoopbackOnly();
    expect(hh.network.fromExtension().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
    expect(unexpectedServerRequests(await hh.serverRequests())).toEqual([]);
  });
});
