/**
 * A hostile page (issue 15): the page Saring protects must not be able to stop it, steer it or learn about it.
 * - It replays every window message and re-dispatches WXT's "content script started" event (the kill switch
 *   of WXT's own context), yet Saring still flags a NIK afterwards, and the page never sees an announcement.
 * - Its scripts .click() every button in Saring's open shadow root: nothing changes (no allowlist entry,
 *   the NIK is still flagged in a fresh box), and the panel shows no count from the commitment log.
 * Needs the built extension; skips without it.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXT_DIR, expectCleanRun, HAVE_EXTENSION, settle, shownRules, waitForFindings } from './ext-helpers';
import { launch, type Harness } from './harness';

const HOST = 'www.instagram.com';
const BOX = 'textarea[aria-label="Add a comment…"]';
const NIK_TEXT = 'Data warga NIK 3204110609870003 sudah kami cek.';

/** Runs in the page's main world before any of its scripts: records and replays whatever it can see. */
const HOSTILE = `(() => {
  const seen = (window.__hostileSeen = []);
  let replays = 0;
  addEventListener('message', (e) => {
    seen.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data ?? null));
    if (replays++ > 200) return;
    window.postMessage(e.data, '*');
    const type = e.data && typeof e.data === 'object' ? e.data.type : typeof e.data === 'string' ? e.data : '';
    if (type) document.dispatchEvent(new CustomEvent(type, { detail: { ...(typeof e.data === 'object' ? e.data : {}), messageId: 'hostile-' + replays } }));
  }, true);
})();`;

/** The attack on WXT's context without waiting for its announcement: the event name is predictable. */
const KILL = `(extId) => {
  for (const name of ['content', 'content-scripts/content']) {
    const type = extId + ':' + name + ':wxt:content-script-started';
    const detail = { contentScriptName: name, messageId: 'hostile' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }
}`;

async function typeInFreshBox(page: Page, text: string): Promise<void> {
  await page.click(BOX);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe.skipIf(!HAVE_EXTENSION)(`a hostile page (${EXT_DIR})`, () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
    await h.context.addInitScript(HOSTILE);
  });
  afterEach(async () => {
    await h?.close();
  });

  it('replaying every message and the WXT start event does not stop Saring; nothing is announced', async () => {
    const page = await h.openFixture(HOST, '/');
    await settle(page);
    await page.evaluate(`(${KILL})(${JSON.stringify(h.extensionId)})`);
    await page.waitForTimeout(500);
    await typeInFreshBox(page, NIK_TEXT);
    await waitForFindings(page, 1);
    expect(await shownRules(page)).toContain('pii.nik');
    // again after the box was used once (a second replay round)
    await page.evaluate(`(${KILL})(${JSON.stringify(h.extensionId)})`);
    await page.waitForTimeout(2_500); // longer than the lifetime check
    await typeInFreshBox(page, 'NIK saya 3204110609870003 ya.');
    await waitForFindings(page, 1);
    const seen = (await page.evaluate('window.__hostileSeen')) as string[];
    // the page saw only its own replays of KILL: nothing of Saring's own
    const fromSaring = seen.filter((s) => !s.includes('hostile'));
    expect(fromSaring).toEqual([]);
    await expectCleanRun(h);
  });

  it("a page script's .click() on every panel button changes nothing; the panel shows nothing of the log", async () => {
    const page = await h.openFixture(HOST, '/');
    await settle(page);
    const text = 'NIK 3204110609870003, telepon 0812-3456-7890.';
    await typeInFreshBox(page, text);
    await waitForFindings(page, 2);
    const before = await shownRules(page);
    expect(before).toContain('pii.nik');
    // from the page's main world: open shadow root, every button, twice
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('saring-ui')!.shadowRoot!;
      let n = 0;
      for (let round = 0; round < 2; round++) {
        for (const b of Array.from(root.querySelectorAll('button'))) {
          b.click();
          n++;
        }
      }
      return { n, text: root.textContent ?? '' };
    });
    expect(clicked.n).toBeGreaterThan(3);
    expect(clicked.text).not.toMatch(/janji publik|overdue/i);
    await page.waitForTimeout(800);
    expect(await shownRules(page)).toEqual(before);
    expect(await page.inputValue(BOX)).toBe(text); // no fix applied
    // nothing reached the allowlist: the same NIK and phone are flagged in a fresh box
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await typeInFreshBox(page, text);
    await waitForFindings(page, 2);
    expect(await shownRules(page)).toEqual(before);
    const options = await h.openPopup('options.html');
    await options.waitForTimeout(800);
    const stored = await options.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings as { analyzer?: { allowlist?: string[] } } | undefined);
    expect(stored?.analyzer?.allowlist ?? []).toEqual([]);
    await expectCleanRun(h);
  });

  it('turning the site off in the settings stops Saring in the tab already open', async () => {
    const page = await h.openFixture(HOST, '/');
    await settle(page);
    await typeInFreshBox(page, NIK_TEXT);
    await waitForFindings(page, 1);
    const options = await h.openPopup('options.html');
    await options.waitForTimeout(500);
    await options.evaluate(async (host) => {
      const c = (globalThis as any).chrome;
      const cur = ((await c.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await c.storage.local.set({ settings: { ...cur, disabledSites: [host] } });
    }, 'instagram.com'); // the parent domain covers www.
    await options.close();
    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('saring-ui'), undefined, { timeout: 5_000 });
    await typeInFreshBox(page, 'NIK saya 3204110609870003 ya.');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.querySelector('saring-ui'))).toBeNull();
    await expectCleanRun(h);
  });
});
