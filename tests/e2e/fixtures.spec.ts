/**
 * Proves the harness and the fixture pages WITHOUT the extension: real keyboard input goes into each real
 * editor, its own model follows (window.__fixture.getText()), sending works and empties the box, nothing
 * leaves loopback, and the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES, EMPTY_PAGES } from './cases';
import { launch, type Harness } from './harness';
import { fixtureState, focusBox, modelText, selectAll, send, waitForModelText, waitForPosted } from './page-helpers';

let h: Harness;

beforeAll(async () => {
  h = await launch({ extension: false, port: inject('e2ePort') });
});

afterAll(async () => {
  await h?.close();
  // after close the NetLog is complete: nothing the pages asked for went anywhere but loopback
  h?.network.assertLoopbackOnly();
});

describe.each(EDITOR_CASES)('fixture: $name', (c) => {
  it('has the platform structure and exposes the editor model', async () => {
    const page = await h.openFixture(c.host, c.path);
    const st = await fixtureState(page);
    expect(st.editor).toBe(c.editor);
    expect(st.text).toBe('');
    if (c.openFirst) {
      expect(await page.locator(c.box).count()).toBe(0);
      await page.click(c.openFirst);
    }
    expect(await page.locator(c.box).count()).toBe(1);
    if (c.send !== 'Enter') expect(await page.locator(c.send).count()).toBe(1);
    expect(h.errors.forPage(page)).toEqual([]);
    await page.close();
  });

  it('follows typing, Backspace, new lines, selection delete', async () => {
    const page = await h.openFixture(c.host, c.path);
    await focusBox(page, c);

    await page.keyboard.type('Halo Pak Budi');
    await waitForModelText(page, 'Halo Pak Budi');

    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await waitForModelText(page, 'Halo Pak');

    await page.keyboard.press(c.newlineKey);
    await page.keyboard.type('baris dua');
    await waitForModelText(page, `Halo Pak${c.newlineSep}baris dua`);

    // select " dua" backwards with Shift+ArrowLeft and delete it
    // (a human pace: editors sync their selection on selectionchange, asynchronously)
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+ArrowLeft');
      await page.waitForTimeout(40);
    }
    expect(await page.evaluate(() => {
      const a = document.activeElement;
      if (a instanceof HTMLTextAreaElement) return a.value.slice(a.selectionStart, a.selectionEnd);
      return document.getSelection()?.toString() ?? '';
    })).toBe(' dua');
    await page.keyboard.press('Delete');
    await waitForModelText(page, `Halo Pak${c.newlineSep}baris`);

    // select everything and delete it
    await selectAll(page);
    await page.keyboard.press('Backspace');
    await waitForModelText(page, '');

    await page.keyboard.type('Mohon maaf, akan kami perbaiki paling lambat Jumat depan.');
    await waitForModelText(page, 'Mohon maaf, akan kami perbaiki paling lambat Jumat depan.');
    expect(await fixtureState(page)).toMatchObject({ posted: [] });
    expect(h.errors.forPage(page)).toEqual([]);
    await page.close();
  });

  it('sends the model text and empties the box', async () => {
    const page = await h.openFixture(c.host, c.path);
    await focusBox(page, c);
    const text = 'Terima kasih atas laporannya, Bu.';
    await page.keyboard.type(text);
    await waitForModelText(page, text);
    await send(page, c);
    expect(await waitForPosted(page, 1)).toEqual([text]);
    await waitForModelText(page, '');

    // the box still works after the editor's own clear
    await focusBox(page, c);
    await page.keyboard.type('Kedua');
    await waitForModelText(page, 'Kedua');
    await send(page, c);
    expect(await waitForPosted(page, 2)).toEqual([text, 'Kedua']);
    await waitForModelText(page, '');
    expect(h.errors.forPage(page)).toEqual([]);
    await page.close();
  });
});

describe('fixture specifics', () => {
  it('X: Ctrl+Enter sends too', async () => {
    const page = await h.openFixture('x.com', '/');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Siap laksanakan');
    await page.keyboard.press('Control+Enter');
    expect(await waitForPosted(page, 1)).toEqual(['Siap laksanakan']);
    await waitForModelText(page, '');
    expect(await modelText(page)).toBe('');
    await page.close();
  });

  it('X: the Draft.js structure matches the adapter (.DraftEditor-root > … > tweetTextarea_0)', async () => {
    const page = await h.openFixture('x.com', '/');
    const ok = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="tweetTextarea_0"]');
      return !!el?.closest('.DraftEditor-root') && el?.getAttribute('role') === 'textbox' && el?.getAttribute('contenteditable') === 'true';
    });
    expect(ok).toBe(true);
    await page.close();
  });

  it('?postDelay=300 empties the box later, as real sites do', async () => {
    const page = await h.openFixture('www.facebook.com', '/?postDelay=300');
    await page.click('[data-lexical-editor="true"]');
    await page.keyboard.type('Tunggu');
    await page.click('[role="button"][aria-label="Post"]');
    expect(await waitForPosted(page, 1)).toEqual(['Tunggu']);
    expect(await modelText(page)).toBe('Tunggu');
    await waitForModelText(page, '');
    await page.close();
  });

  it.each(EMPTY_PAGES)('empty page $host $path loads without errors', async ({ host, path }) => {
    const page = await h.openFixture(host, path);
    expect(await page.locator('[contenteditable], textarea').count()).toBe(0);
    expect(h.errors.forPage(page)).toEqual([]);
    await page.close();
  });

  it('the server records requests and 404s unknown hosts and paths', async () => {
    const page = await h.openFixture('x.com', '/empty.html');
    const r1 = await page.goto('https://x.com/no-such-file.js');
    expect(r1?.status()).toBe(404);
    const r2 = await page.goto('https://twitter.com/');
    expect(r2?.status()).toBe(404);
    const seen = await h.serverRequests();
    expect(seen.some((r) => r.host === 'x.com' && r.path === '/empty.html' && r.status === 200)).toBe(true);
    expect(seen.some((r) => r.host === 'x.com' && r.path === '/no-such-file.js' && r.status === 404)).toBe(true);
    expect(seen.some((r) => r.host === 'twitter.com' && r.status === 404)).toBe(true);
    await page.close();
  });

  it('the network guard sees a request that would leave loopback (and it never resolves)', async () => {
    const page = await h.openFixture('x.com', '/empty.html');
    const result = await page.evaluate(() =>
      fetch('https://example.org/saring-e2e-guard-probe').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(result).toBe('blocked');
    expect(h.network.nonLoopback().map((r) => r.url)).toEqual(['https://example.org/saring-e2e-guard-probe']);
    expect(h.network.netLogNonLoopback().some((r) => r.url === 'https://example.org/saring-e2e-guard-probe')).toBe(true);
    expect(() => h.network.assertLoopbackOnly()).toThrow(/example\.org/);
    h.network.clear();
    // the console error "Failed to load resource" is expected here
    await page.close();
  });
});
