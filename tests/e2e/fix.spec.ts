/**
 * The masking fix, applied through each editor's own input path: after the user clicks "Terapkan" on the
 * NIK card, the editor's OWN model (Draft ContentState, Lexical root, Quill, Tiptap, textarea value) holds
 * the masked text, the rest of the draft is intact, and the editor keeps working (typing after the fix).
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES, type EditorCase } from './cases';
import { resolve } from 'node:path';
import { EXTENSION_DIR, extensionBuilt, launch, REPO_ROOT, type Harness } from './harness';
import { focusBox, waitForModelText } from './page-helpers';

const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
const DRAFT = 'Data warga: NIK 3204110609870003 mohon dicek ulang.';
const MASKED = 'Data warga: NIK 3204********0003 mohon dicek ulang.';

// one case per editor library
const seen = new Set<string>();
const CASES = EDITOR_CASES.filter((c) => !seen.has(c.editor) && seen.add(c.editor));

async function shadowClick(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector(s), selector, { timeout: 5_000 });
  await page.locator('saring-ui').locator(selector).first().click();
}

describe.skipIf(!extensionBuilt(EXT_DIR))('the masking fix in real editors', () => {
  let h: Harness | undefined;
  beforeEach(async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(CASES)('$editor: the NIK is masked in the editor model, and typing goes on', async (c: EditorCase) => {
    const page = await h!.openFixture(c.host, c.path);
    await page.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
    await focusBox(page, c);
    await page.keyboard.type(DRAFT);
    await waitForModelText(page, DRAFT);
    // open the panel from the badge, then apply the fix on the NIK card
    await shadowClick(page, '.badge');
    await shadowClick(page, '[data-rule="pii.nik"] button.primary');
    await waitForModelText(page, MASKED);
    // the caret sits right after the replacement, as after typing it; the editor follows further typing
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Terima kasih.');
    await waitForModelText(page, MASKED + ' Terima kasih.');
    // after the fix, the NIK card is gone
    await page.waitForFunction(() => !document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-rule="pii.nik"]'), undefined, { timeout: 5_000 });
    expect(h!.errors.all()).toEqual([]);
  });
});
