/**
 * The finished experience in a real browser (issue 7): axe-core finds no serious or critical violation
 * in the popup (both tabs), the options page, onboarding and the in-page UI; the keyboard reaches the
 * badge and the cards; and screenshots of each are written for the README (docs/screenshots when
 * SARING_SCREENSHOTS=1, otherwise under tests/e2e/.build/screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_CASES } from './cases';
import { EXTENSION_DIR, extensionBuilt, launch, REPO_ROOT, type Harness } from './harness';
import { focusBox, send, waitForPosted } from './page-helpers';

const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
const SHOTS = process.env.SARING_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'tests', 'e2e', '.build', 'screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** Runs axe in the page (through the DevTools protocol, so the extension pages' CSP does not block it). */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(`axe.run(${within ? `{ include: [[${JSON.stringify(within)}]] }` : 'document'}, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe.skipIf(!extensionBuilt(EXT_DIR))('the finished experience', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('in-page UI: keyboard reaches the badge and cards, axe finds nothing serious', async () => {
    const c = EDITOR_CASES.find((x) => x.editor === 'lexical')!;
    const page = await h.openFixture(c.host, c.path);
    await page.setViewportSize({ width: 900, height: 640 });
    await page.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
    await focusBox(page, c);
    await page.keyboard.type('Pak, NIK 3204110609870003 sudah kami cek. Makanya baca dulu aturannya! Akan kami perbaiki paling lambat Jumat depan.');
    await page.waitForFunction(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0) >= 3, undefined, { timeout: 8_000 });
    // the live region announces the alerts to screen readers
    const live = await page.evaluate(() => document.querySelector('saring-ui')!.shadowRoot!.querySelector('[aria-live]')!.textContent);
    expect(live).toMatch(/temuan/);
    // keyboard: the badge is a button with a label; Enter opens the panel; Escape returns to the box
    await page.locator('saring-ui').locator('.badge').focus();
    expect(await page.locator('saring-ui').locator('.badge').textContent()).toMatch(/Saring: \d+ temuan/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('saring-ui')!.shadowRoot!.querySelector('.panel')!.hasAttribute('hidden'));
    await page.keyboard.press('Tab');
    await page.screenshot({ path: join(SHOTS, 'in-page.png') });
    expect(await seriousViolations(page, 'saring-ui')).toEqual([]);
    await page.locator('saring-ui').locator('.card').first().focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, c.box, { timeout: 3_000 });
    // send it, so the popup below shows a recorded promise and the confirmation appears in the page
    await send(page, c);
    await waitForPosted(page, 1);
    await page.waitForFunction(() => !!document.querySelector('saring-ui')?.shadowRoot?.querySelector('[data-notice="captured"]'), undefined, { timeout: 8_000 });
    expect(h.errors.forPage(page)).toEqual([]);
  });

  it('popup (Janji and Periksa), options and onboarding: axe finds nothing serious', async () => {
    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('[data-commitment-id]', { timeout: 10_000 });
    await popup.screenshot({ path: join(SHOTS, 'popup-janji.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    const periksa = await h.openPopup('popup.html?tab=periksa');
    await periksa.setViewportSize({ width: 420, height: 600 });
    const box = periksa.locator('textarea').first();
    await box.fill('Katanya bansos cair besok, sebarkan! Hubungi Bu Sari 0812-3456-7890.');
    await periksa.waitForTimeout(800);
    await periksa.screenshot({ path: join(SHOTS, 'popup-periksa.png') });
    expect(await seriousViolations(periksa)).toEqual([]);
    for (const name of ['options', 'onboarding']) {
      const page = await h.openPopup(`${name}.html`);
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
      expect(await seriousViolations(page), name).toEqual([]);
    }
    expect(h.errors.all()).toEqual([]);
  });
});
