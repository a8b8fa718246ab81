/**
 * "Aktifkan Saring di situs ini" on a site outside the nine platforms (portal.example.go.id on loopback).
 *
 * Without opt-in the content script never runs there (no match pattern, no host permission at install).
 * The opt-in asks Chrome for that one origin with permissions.request(): Chrome then shows a permission
 * prompt that headless Chromium can neither show nor let us click (the request stays pending; there is no
 * switch that auto-accepts extension permission prompts in this Chromium). So the spec runs a TEST-ONLY
 * copy of the built extension, made in a temp folder, whose manifest already holds that origin in
 * host_permissions — the state the user's "Allow" would produce. permissions.request() then resolves true
 * without a prompt, and everything after it is the shipped code running for real: the options page's
 * "Situs lain" form → lib/sites/opt-in.ts enableSite() → scripting.registerContentScripts() → the content
 * script in the portal. The shipped extension (EXT_DIR) is never changed; the first test checks that a
 * prompt really is pending with it.
 * Needs the built extension; skips without it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXT_DIR, expectCleanRun, HAVE_EXTENSION, REPLY, waitForCommitments, waitForFindings } from './ext-helpers';
import { launch, type Harness } from './harness';

/** The bit of the extension API the service-worker evaluations use (this folder has no chrome types). */
declare const chrome: {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

const HOST = 'portal.example.go.id';
const ORIGIN = `https://${HOST}/*`;

async function noSaringHere(page: Page): Promise<void> {
  await page.waitForTimeout(1_500);
  await page.click('#tanggapan');
  await page.keyboard.type(REPLY);
  await page.waitForTimeout(1_000);
  expect(await page.locator('saring-ui').count()).toBe(0);
  await page.fill('#tanggapan', '');
}

async function addSiteInOptions(h: Harness, host: string): Promise<Page> {
  const opt = await h.openPopup('options.html');
  const input = opt.locator('[data-section="sites"] input[inputmode="url"]');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(host);
  await opt.locator('[data-section="sites"] button[type="submit"]').click();
  return opt;
}

describe.skipIf(!HAVE_EXTENSION)(`opt-in on a site outside the nine (${EXT_DIR})`, () => {
  let h: Harness | undefined;
  let testCopy = '';

  beforeAll(() => {
    const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8'));
    // the shipped manifest: nothing for this origin at install, only the optional https://*/*
    expect(JSON.stringify(manifest.host_permissions)).not.toContain(HOST);
    expect(JSON.stringify(manifest.content_scripts)).not.toContain(HOST);
    expect(manifest.optional_host_permissions).toContain('https://*/*');
    testCopy = mkdtempSync(join(tmpdir(), 'saring-optin-'));
    cpSync(EXT_DIR, testCopy, { recursive: true });
    manifest.host_permissions = [...manifest.host_permissions, ORIGIN];
    writeFileSync(join(testCopy, 'manifest.json'), JSON.stringify(manifest));
  });
  afterAll(() => {
    if (testCopy) rmSync(testCopy, { recursive: true, force: true });
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('the shipped extension: nothing runs on the portal, and enabling it asks Chrome (a prompt stays pending)', async () => {
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
    const page = await h.openFixture(HOST, '/');
    await noSaringHere(page);
    const opt = await addSiteInOptions(h, HOST);
    await opt.waitForTimeout(2_000);
    // no chip and no error: permissions.request() is waiting for the user's answer
    expect(await opt.locator(`[data-site="${HOST}"]`).count()).toBe(0);
    const sw = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    expect(await sw.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN)).toBe(false);
    expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(h.errors.all()).toEqual([]);
  });

  it('after opt-in the content script is registered, <saring-ui> appears, findings show and a promise is captured; turning it off stops it', async () => {
    h = await launch({ extension: testCopy, port: inject('e2ePort') });
    const page = await h.openFixture(HOST, '/');
    // holding the origin is not enough: without the opt-in nothing is registered, nothing runs
    await noSaringHere(page);

    const opt = await addSiteInOptions(h, HOST);
    await opt.waitForSelector(`[data-site="${HOST}"]`, { timeout: 10_000 });
    const sw = h.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const scripts = (await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())) as { matches?: string[]; js?: string[] }[];
    expect(scripts.map((s) => s.matches)).toEqual([[ORIGIN]]);
    expect(scripts[0].js).toEqual(['content-scripts/content.js']);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('saring-ui', { state: 'attached', timeout: 5_000 }).catch(() => undefined);
    await page.click('#tanggapan');
    await page.keyboard.type(REPLY);
    await waitForFindings(page, 3);
    expect(await page.locator('saring-ui').count()).toBe(1);
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => (window as unknown as { __fixture: { posted: string[] } }).__fixture.posted.length === 1);
    await waitForCommitments(h, 1);

    // turn it off again: unregistered; after a reload nothing runs
    await opt.bringToFront();
    await opt.reload();
    await opt.locator(`[data-site="${HOST}"] button`).click();
    await opt.waitForSelector(`[data-site="${HOST}"]`, { state: 'detached', timeout: 5_000 });
    expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await noSaringHere(page);
    await expectCleanRun(h);
  });
});
