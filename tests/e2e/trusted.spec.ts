/**
 * Only the user's own action counts as a send (issue 9): a script on the page that fills a box and then
 * "clicks" the send control or "presses" Enter with synthetic events makes the site post and empty the box,
 * yet Saring records no commitment. And the page's scripts cannot reach what Saring stores.
 * Needs the built extension; skips without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commitmentsInPopup, EXT_DIR, expectCleanRun, HAVE_EXTENSION, REPLY, settle, waitForCommitments, waitForFindings } from './ext-helpers';
import { launch, type Harness } from './harness';
import { waitForModelText, waitForPosted } from './page-helpers';

/** In the page's main world: focus the box and insert the text the way a script can (execCommand). */
const FILL = `async (sel, text) => {
  const box = document.querySelector(sel);
  box.focus();
  const r = document.createRange();
  r.selectNodeContents(box);
  r.collapse(false);
  getSelection().removeAllRanges();
  getSelection().addRange(r);
  await new Promise((res) => setTimeout(res, 100)); // let the editor pick up the selection (selectionchange)
  document.execCommand('insertText', false, text);
}`;

interface SyntheticCase {
  name: string;
  host: string;
  path: string;
  box: string;
  /** a page-world function (box selector) that sends with synthetic events */
  fire: string;
  /** how the user sends: a key, or the send control's selector */
  realSend: string;
  /**
   * 'script': the page fills the box (execCommand). 'keyboard': Draft.js breaks (React removeChild) under a
   * scripted execCommand in an empty editor, so the text is typed; only the send is synthetic.
   */
  fill: 'script' | 'keyboard';
}

const CASES: SyntheticCase[] = [
  {
    name: 'WhatsApp: synthetic Enter keydown on the box',
    host: 'web.whatsapp.com',
    path: '/',
    box: '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
    fire: `(sel) => document.querySelector(sel).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }))`,
    realSend: 'Enter',
    fill: 'script',
  },
  {
    name: 'WhatsApp: HTMLElement.click() on the Send button',
    host: 'web.whatsapp.com',
    path: '/',
    box: '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
    fire: `() => document.querySelector('button[aria-label="Send"]').click()`,
    realSend: 'button[aria-label="Send"]',
    fill: 'script',
  },
  {
    name: 'Facebook: dispatched MouseEvent click on the Post button',
    host: 'www.facebook.com',
    path: '/',
    box: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    fire: `() => {
      const b = document.querySelector('[role="button"][aria-label="Post"]');
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) b.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
    }`,
    realSend: '[role="button"][aria-label="Post"]',
    fill: 'script',
  },
  {
    name: 'X: synthetic Ctrl+Enter',
    host: 'x.com',
    path: '/',
    box: '[data-testid="tweetTextarea_0"]',
    fire: `(sel) => document.querySelector(sel).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true }))`,
    realSend: 'Control+Enter',
    fill: 'keyboard',
  },
];

describe.skipIf(!HAVE_EXTENSION)(`trusted events only (${EXT_DIR})`, () => {
  let h: Harness;
  beforeEach(async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
  });
  afterEach(async () => {
    await h?.close();
  });

  it.each(CASES)('$name: the site posts, Saring records nothing; a real send afterwards is recorded', async (c) => {
    const page = await h.openFixture(c.host, c.path);
    await settle(page);
    if (c.fill === 'script') await page.evaluate(`(${FILL})(${JSON.stringify(c.box)}, ${JSON.stringify(REPLY)})`);
    else {
      await page.click(c.box);
      await page.keyboard.insertText(REPLY);
    }
    await waitForModelText(page, REPLY);
    // Saring did see the text (so what follows is about the send, not about missing the box)
    await waitForFindings(page, 3);
    await page.evaluate(`(${c.fire})(${JSON.stringify(c.box)})`);
    expect(await waitForPosted(page, 1)).toEqual([REPLY]);
    await waitForModelText(page, '');
    await page.waitForTimeout(1_500); // longer than the send watch needs to see an empty box
    expect(await commitmentsInPopup(h)).toBe(0);

    // the same box, the user's own keystrokes and send: recorded
    await page.bringToFront();
    await page.click(c.box);
    await page.keyboard.type(REPLY);
    await waitForFindings(page, 3);
    if (/^(Control\+)?Enter$/.test(c.realSend)) await page.keyboard.press(c.realSend);
    else await page.click(c.realSend);
    expect(await waitForPosted(page, 2)).toEqual([REPLY, REPLY]);
    await waitForCommitments(h, 1);
    await expectCleanRun(h);
  });

  it("a page script cannot reach Saring's storage or messaging", async () => {
    const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    const page = await h.openFixture('www.facebook.com', '/');
    await settle(page);
    const seen = await page.evaluate(async (extId) => {
      const c = (window as unknown as { chrome?: Record<string, unknown> }).chrome;
      const runtime = c?.runtime as { sendMessage?: unknown; connect?: unknown; id?: unknown } | undefined;
      let sendMessageResult = 'no sendMessage';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extId, { type: 'commitments/list' });
          sendMessageResult = 'answered';
        } catch (e) {
          sendMessageResult = `threw: ${String(e)}`;
        }
      }
      // the in-page UI is the only thing of Saring's in the page, and it holds no stored data
      const ui = document.querySelector('saring-ui');
      return {
        storage: typeof c?.storage,
        runtimeId: typeof runtime?.id,
        sendMessageResult,
        uiText: ui?.shadowRoot?.textContent ?? '',
      };
    }, h.extensionId ?? '');
    expect(seen.storage).toBe('undefined');
    expect(seen.runtimeId).toBe('undefined');
    expect(seen.sendMessageResult === 'no sendMessage' || seen.sendMessageResult.startsWith('threw')).toBe(true);

    // a capture message posted into the window does nothing either
    await page.evaluate(() =>
      window.postMessage(
        { type: 'commitments/capture', platform: 'facebook', url: location.href, postText: 'x', sentAt: new Date().toISOString(), commitments: [{ text: 'x' }] },
        '*',
      ),
    );
    await page.waitForTimeout(500);
    expect(await commitmentsInPopup(h)).toBe(0);
    await expectCleanRun(h);
  });
});
