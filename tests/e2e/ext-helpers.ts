/** Helpers for the specs that run the built extension (hard cases, trusted events, opt-in). */
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EXTENSION_DIR, extensionBuilt, REPO_ROOT, type Harness } from './harness';

export const EXT_DIR = process.env.SARING_E2E_EXTENSION_DIR ? resolve(REPO_ROOT, process.env.SARING_E2E_EXTENSION_DIR) : EXTENSION_DIR;
export const HAVE_EXTENSION = extensionBuilt(EXT_DIR);

/** A reply with a NIK, an insult and a promise: ≥ 3 findings, one commitment. */
export const REPLY =
  'Mohon maaf Pak, NIK 3204110609870003 sudah kami cek. Dasar goblok yang kemarin itu. Akan kami perbaiki paling lambat Jumat depan.';
/** Nothing to find, nothing promised. */
export const CLEAN = 'Terima kasih atas dukungannya, Bu.';

type Where = Page | Frame;

/** Give the content script a moment to start (document_idle, then settings). */
export async function settle(where: Where, ms = 400): Promise<void> {
  await where.waitForSelector('saring-ui', { state: 'attached', timeout: 1_500 }).catch(() => undefined);
  await where.waitForTimeout(ms);
}

export async function findingsCount(where: Where): Promise<number> {
  return where.evaluate(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0));
}

/** Is anything of <saring-ui> visible (badge or panel)? */
export async function uiVisible(where: Where): Promise<boolean> {
  return where.evaluate(() => {
    const root = document.querySelector('saring-ui')?.shadowRoot;
    if (!root) return false;
    return Array.from(root.querySelectorAll<HTMLElement>('.badge, .panel')).some((e) => !e.hidden && e.getClientRects().length > 0);
  });
}

export async function waitForFindings(where: Where, atLeast: number, timeout = 5_000): Promise<void> {
  await where
    .waitForFunction((n) => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0) >= n, atLeast, { timeout, polling: 100 })
    .catch(async () => {
      throw new Error(`expected data-findings ≥ ${atLeast}, have ${await findingsCount(where)}`);
    });
}

export async function waitForNoFindings(where: Where, timeout = 5_000): Promise<void> {
  await where
    .waitForFunction(() => Number(document.querySelector('saring-ui')?.getAttribute('data-findings') ?? 0) === 0, undefined, { timeout, polling: 100 })
    .catch(async () => {
      throw new Error(`expected data-findings = 0, have ${await findingsCount(where)}`);
    });
}

/** The rules the UI shows for the focused box. */
export async function shownRules(where: Where): Promise<string[]> {
  return where.evaluate(() =>
    Array.from(document.querySelector('saring-ui')?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((e) => e.getAttribute('data-rule') ?? ''),
  );
}

/** Open the popup and wait until it lists at least `n` commitments (reloading now and then). */
export async function waitForCommitments(h: Harness, n = 1, timeoutMs = 15_000): Promise<Page> {
  const popup = await h.openPopup();
  const deadline = Date.now() + timeoutMs;
  let lastReload = Date.now();
  while (Date.now() < deadline) {
    if ((await popup.locator('[data-commitment-id]').count()) >= n) return popup;
    await popup.waitForTimeout(250);
    if (Date.now() - lastReload > 2_000) {
      await popup.reload({ waitUntil: 'load' });
      lastReload = Date.now();
    }
  }
  throw new Error(`fewer than ${n} [data-commitment-id] in the popup after ${timeoutMs} ms; popup text: ${(await popup.locator('body').innerText()).slice(0, 500)}`);
}

/** How many commitments the popup lists once it has loaded (it renders the overdue count when ready). */
export async function commitmentsInPopup(h: Harness): Promise<number> {
  const popup = await h.openPopup();
  await popup.waitForSelector('[data-overdue-count]', { timeout: 10_000 });
  await popup.waitForTimeout(500);
  const n = await popup.locator('[data-commitment-id]').count();
  await popup.close();
  return n;
}

/** No errors anywhere, nothing left loopback, and the extension asked for nothing but its own files. */
export async function expectCleanRun(h: Harness): Promise<void> {
  expect(h.errors.all()).toEqual([]);
  await h.close();
  h.network.assertLoopbackOnly();
  expect(h.network.fromExtension().filter((r) => !r.url.startsWith('chrome-extension://'))).toEqual([]);
}
