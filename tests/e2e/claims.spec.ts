/**
 * A figure that contradicts one of the office's verified facts shows as a card in the page (issue 5),
 * with the verified value and its source, once the fact is in Saring's settings.
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES } from './cases';
import { EXTENSION_DIR, extensionBuilt, launch, REPO_ROOT, type Harness } from './harness';
import { focusBox } from './page-helpers';

const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
const textarea = EDITOR_CASES.find((c) => c.editor === 'textarea')!;

describe.skipIf(!extensionBuilt(EXT_DIR))('verified facts in the page', () => {
  let h: Harness | undefined;
  beforeEach(async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a contradicting figure gets a card naming the verified value and source', async () => {
    const sw = h!.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    await sw.evaluate(`chrome.storage.local.get('settings').then((r) => {
      const s = r.settings || {};
      s.analyzer = Object.assign({}, s.analyzer, { verifiedFacts: [{ label: 'angka stunting', keywords: ['stunting'], value: 14.2, unit: '%', source: 'SSGI 2024', date: '2024-12-01' }] });
      return chrome.storage.local.set({ settings: s });
    })`);
    const page = await h!.openFixture(textarea.host, textarea.path);
    await page.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
    await focusBox(page, textarea);
    await page.keyboard.type('Angka stunting di kota kita tinggal 9,5% tahun ini.');
    await page.waitForFunction(() => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-rule="claim.contradicts_fact"]'), undefined, { timeout: 8_000 });
    const card = await page.evaluate(() => document.querySelector('saring-ui')!.shadowRoot!.querySelector('[data-rule="claim.contradicts_fact"]')!.textContent);
    expect(card).toContain('14,2');
    expect(card).toContain('SSGI 2024');
    expect(h!.errors.all()).toEqual([]);
  });
});
