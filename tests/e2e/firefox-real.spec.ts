/**
 * The Firefox build (.output/firefox-mv2) in REAL Firefox (Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi; see firefox-harness.ts): on the textarea (Instagram), Draft.js (X) and
 * Lexical (Facebook) fixtures, served on loopback under their real host names, a reply typed with real key
 * events shows the NIK finding in <saring-ui>; a click on the NIK card's fix masks it in the editor's OWN
 * model (its input path); sending it records the promise, which the add-on's popup then lists.
 *
 * Skips (with a message saying why) only when /usr/bin/firefox-esr is missing — `.ci/run` installs it. A
 * missing Firefox build is a failure, not a skip (`npm run build:firefox`; `npm test` builds it first).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES, type EditorCase } from './cases';
import { extensionBuilt } from './harness';
import { FIREFOX, FIREFOX_EXTENSION_DIR, firefoxAvailable, launchFirefox, type FirefoxHarness } from './firefox-harness';

const HAVE_FIREFOX = firefoxAvailable();
if (!HAVE_FIREFOX) console.warn(`[e2e] firefox-real.spec.ts SKIPPED: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set SARING_E2E_FIREFOX)`);

const DRAFT = 'NIK 3204110609870003, akan kami cek besok';
const MASKED = 'NIK 3204********0003, akan kami cek besok';

const pick = (name: string): EditorCase => {
  const c = EDITOR_CASES.find((e) => e.name === name);
  if (!c) throw new Error(`no editor case ${name}`);
  return c;
};
const CASES: { c: EditorCase; platform: string }[] = [
  { c: pick('Instagram (textarea), Post button'), platform: 'instagram' },
  { c: pick('X (Draft.js), Post button'), platform: 'x' },
  { c: pick('Facebook (Lexical), Post button'), platform: 'facebook' },
];

type Fixture = { __fixture: { getText(): string; posted: string[] } };

async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as Fixture).__fixture.getText());
}

async function waitForModelText(page: Page, expected: string, timeout = 8_000): Promise<void> {
  await page
    .waitForFunction((exp) => (window as unknown as Fixture).__fixture.getText() === exp, { timeout, polling: 50 }, expected)
    .catch(async () => {
      throw new Error(`editor model text is ${JSON.stringify(await modelText(page))}, expected ${JSON.stringify(expected)}`);
    });
}

/** What <saring-ui> shows, for failure messages. */
async function uiState(page: Page): Promise<string> {
  const s = await page.evaluate(() => {
    const ui = document.querySelector('saring-ui');
    return {
      findings: ui?.getAttribute('data-findings') ?? null,
      rules: Array.from(ui?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((e) => e.getAttribute('data-rule')),
      text: (window as unknown as Partial<Fixture>).__fixture?.getText(),
    };
  });
  return JSON.stringify(s);
}

/** An element inside <saring-ui>'s shadow root (puppeteer's `>>>` pierces it), once it is there. */
async function inUi(page: Page, selector: string, timeout = 8_000): Promise<ElementHandle<Element>> {
  const h = await page.waitForSelector(`saring-ui >>> ${selector}`, { timeout, visible: true }).catch(() => null);
  if (!h) throw new Error(`no visible ${selector} in saring-ui's shadow root; ${await uiState(page)}`);
  return h;
}

describe.skipIf(!HAVE_FIREFOX)('the Firefox build in real Firefox (firefox-esr)', () => {
  let f: FirefoxHarness | undefined;
  let sent = 0;

  beforeAll(async () => {
    if (!extensionBuilt(FIREFOX_EXTENSION_DIR)) throw new Error(`no Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first`);
    f = await launchFirefox({ port: inject('e2ePort') });
    expect(f.addonId).toBe('saring@saring.id');
  }, 90_000);

  afterAll(async () => {
    await f?.close();
  });

  it.each(CASES)('$c.name: NIK shown, the clicked mask goes through the editor, the send is logged', async ({ c, platform }) => {
    const ff = f!;
    const page = await ff.openFixture(c.host, c.path);
    // no waiting for the content script: <saring-ui> appears only for a focused box, and a box that already
    // has focus when Saring starts (document_idle, then its settings) is picked up; the findings prove it ran
    if (c.openFirst && !(await page.$(c.box))) await page.click(c.openFirst);
    const box = await page.waitForSelector(c.box, { timeout: 8_000 });
    await box!.click();
    await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, { timeout: 5_000 }, c.box);
    // real key events (WebDriver BiDi input.performActions): trusted keydown/keypress/input/keyup
    await page.keyboard.type(DRAFT);
    await waitForModelText(page, DRAFT);

    // the finding: a NIK card, counted on the host element
    await page
      .waitForFunction(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0) >= 1, { timeout: 15_000, polling: 100 })
      .catch(async () => {
        throw new Error(`no findings shown; ${await uiState(page)}`);
      });
    await page.waitForFunction(() => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-rule="pii.nik"]'), { timeout: 8_000 }).catch(async () => {
      throw new Error(`no NIK card; ${await uiState(page)}`);
    });

    // nothing of Saring's inside the compose box (no tag, class or attribute; the UI lives in <saring-ui>)
    expect(
      await page.$eval(c.box, (el) =>
        [el, ...Array.from(el.querySelectorAll('*'))].flatMap((n) =>
          [n.tagName, ...Array.from(n.classList), ...Array.from(n.attributes).map((a) => `${a.name}=${a.value}`)].filter((x) => /saring/i.test(x)),
        ),
      ),
    ).toEqual([]);

    // open the panel from the badge, click the NIK card's fix: the editor's own model holds the masked text
    await (await inUi(page, '.badge')).click();
    await (await inUi(page, '[data-rule="pii.nik"] button.primary')).click();
    await waitForModelText(page, MASKED);
    await page.waitForFunction(() => !document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-rule="pii.nik"]'), { timeout: 8_000 }).catch(async () => {
      throw new Error(`the NIK card is still there after the fix; ${await uiState(page)}`);
    });

    // send with a real click: the fixture posts the masked text and empties the box
    await page.click(c.send);
    await page.waitForFunction(() => (window as unknown as Fixture).__fixture.posted.length >= 1, { timeout: 8_000 });
    expect(await page.evaluate(() => [...(window as unknown as Fixture).__fixture.posted])).toEqual([MASKED]);
    sent++;

    // the add-on's popup lists the promise, from this platform (reloading until the write lands)
    const popup = await ff.openPopup();
    const deadline = Date.now() + 15_000;
    let platforms: string[] = [];
    for (;;) {
      platforms = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('[data-commitment-id] [data-platform]')).map((e) => e.getAttribute('data-platform') ?? ''),
      );
      if (platforms.length >= sent && platforms.includes(platform)) break;
      if (Date.now() > deadline) {
        const text = await popup.evaluate(() => document.body.innerText.slice(0, 500));
        throw new Error(`the popup lists ${platforms.length} commitments (${platforms.join(', ')}), expected ${sent} incl. ${platform}; popup text: ${text}`);
      }
      await new Promise((r) => setTimeout(r, 1_000));
      await ff.openPopup();
    }
    const items = await popup.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-commitment-id]')).map((e) => ({
        platform: e.querySelector('[data-platform]')?.getAttribute('data-platform') ?? '',
        text: e.innerText,
      })),
    );
    // this send's promise: the masked sentence, with "besok" as its deadline phrase
    const mine = items.filter((i) => i.platform === platform);
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain(MASKED);
    expect(mine[0].text).toContain('“besok”');
    // the log never holds the NIK in clear
    for (const i of items) expect(i.text).not.toContain('3204110609870003');

    await page.close();
    expect(ff.errors).toEqual([]);
    // the page came through the loopback proxy under its real host name; nothing else was asked for
    expect(ff.proxyRequests.some((r) => r.allowed && r.host === c.host)).toBe(true);
    ff.assertLoopbackOnly();
  });
});
