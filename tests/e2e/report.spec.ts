/**
 * The accountability report in the real extension (issue 18): a seeded log (imported through the
 * background, the single writer) → report.html for the year 2025 → the totals match the seed, axe finds
 * nothing serious, the postable summary passes Saring's analyzer; a screenshot for the README
 * (docs/screenshots when SARING_SCREENSHOTS=1); Page.printToPDF makes an A4 PDF that holds the period,
 * the table and page numbers (read with pdftotext when poppler-utils is installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectCleanRun, EXT_DIR, HAVE_EXTENSION } from './ext-helpers';
import { launch, REPO_ROOT, type Harness } from './harness';
import { expectedTotals, SEED_ACTIONS, seedExport } from './report-seed';

const SHOTS = process.env.SARING_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs', 'screenshots') : join(REPO_ROOT, 'tests', 'e2e', '.build', 'screenshots');
const OUT = join(REPO_ROOT, 'tests', 'e2e', '.build');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/** Poll with evaluate (DevTools protocol): waitForFunction needs eval, which extension pages' CSP forbids. */
async function until(page: Page, expr: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expr))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expr}`);
    await page.waitForTimeout(100);
  }
}

describe.skipIf(!HAVE_EXTENSION)('the promise report', () => {
  let h: Harness;
  let report: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launch({ extension: EXT_DIR, port: inject('e2ePort') });
    const popup = await h.openPopup();
    const res = (await popup.evaluate(
      `chrome.storage.local.set({ settings: { language: 'id', officeName: 'Dinas Kominfo Kota Contoh', onboarded: true }, settings$: { v: 3 } })
        .then(() => chrome.runtime.sendMessage({ type: 'commitments/import', text: ${JSON.stringify(seedExport())} }))`,
    )) as { ok: boolean; imported?: { added: number } };
    expect(res).toMatchObject({ ok: true, imported: { added: 24 } });
    await popup.close();
    report = await h.openPopup('report.html?period=year&year=2025');
    await report.setViewportSize({ width: 1100, height: 900 });
    await until(report, `!!document.querySelector('[data-report-ready]')`);
  });
  afterAll(async () => {
    if (h) await expectCleanRun(h);
  });

  it('shows the totals of the seed, by the deadline precision', async () => {
    const totals = (await report.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-total]')].map((e) => [e.getAttribute('data-total'), e.getAttribute('data-value')]))`)) as Record<string, string>;
    const want = expectedTotals();
    for (const k of ['promised', 'onTime', 'late', 'open', 'overdue', 'dropped'] as const) expect(Number(totals[k]), k).toBe(want[k]);
    expect(Number(totals.rate)).toBeCloseTo(want.onTime / (want.onTime + want.late + want.overdue), 3);
    expect(await report.locator('[data-report-title]').textContent()).toBe('Laporan janji publik Dinas Kominfo Kota Contoh');
    expect(await report.locator('[data-report-period]').textContent()).toBe('Tahun 2025');
    expect(await report.locator('[data-row]').count()).toBe(want.promised);
    expect(await report.locator('[data-chart="monthly"] [data-month]').count()).toBe(12);
    expect(await report.locator('[data-chart="overdue"] [data-overdue-id]').count()).toBe(want.overdue);
    expect(await report.title()).toContain('Tahun 2025');
  });

  it('axe finds nothing serious; the summary passes the analyzer and is copied', async () => {
    await report.evaluate(AXE);
    const violations = (await report.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' ' + JSON.stringify(v.nodes.map((n) => n.target))))`)) as string[];
    expect(violations).toEqual([]);
    await report.locator('[data-compose-summary]').click();
    await until(report, `document.querySelector('[data-summary-check]')?.getAttribute('data-summary-check') !== 'pending'`);
    const text = await report.locator('[data-summary-text]').inputValue();
    const want = expectedTotals();
    expect(text).toBe(
      `Tahun 2025: ${want.onTime + want.late} dari ${want.promised} janji tuntas, ${want.onTime} tepat waktu dan ${want.late} terlambat; ${want.open} masih berjalan, ${want.overdue} melewati tenggat, ${want.dropped} dibatalkan. Sumber: catatan janji publik Dinas Kominfo Kota Contoh.`,
    );
    const loud = await report.locator('[data-summary-check] [data-severity="warning"], [data-summary-check] [data-severity="danger"]').count();
    expect(loud).toBe(0);
    // personal data typed into the summary blocks copying
    await report.locator('[data-summary-text]').fill(`${text} Pelapor NIK 3204110609870003.`);
    await until(report, `!!document.querySelector('[data-summary-check] [data-rule="pii.nik"]')`);
    expect(await report.locator('[data-copy-summary]').isDisabled()).toBe(true);
    await report.locator('[data-summary-text]').fill(text);
    await until(report, `!document.querySelector('[data-copy-summary]').disabled`);
    // the top of the page (title, period, totals, charts) for the README; the PDF below has the rest
    await report.setViewportSize({ width: 1100, height: 1080 });
    await report.evaluate(`window.scrollTo(0, 0)`);
    await report.screenshot({ path: join(SHOTS, 'report.png'), clip: { x: 0, y: 0, width: 1100, height: 1080 } });
  });

  it('prints an A4 PDF with the period, the table and page numbers', async () => {
    const cdp = await h.context.newCDPSession(report);
    const { data } = (await cdp.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true })) as { data: string };
    const pdf = Buffer.from(data, 'base64');
    const file = join(OUT, 'report.pdf');
    writeFileSync(file, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    // A4 is 595 × 842 points
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    if (!PDFTOTEXT) {
      console.warn('[e2e] pdftotext not installed (apt-get install -y poppler-utils): PDF text not checked');
      return;
    }
    // -raw: the order Chromium drew the text in, so each table cell's lines come together
    const text = execFileSync(PDFTOTEXT, ['-raw', file, '-'], { encoding: 'utf8' }).replace(/-\n/g, '-').replace(/\s+/g, ' ');
    expect(text).toContain('Laporan janji publik Dinas Kominfo Kota Contoh');
    expect(text).toContain('Tahun 2025');
    expect(text).toContain('Daftar janji');
    expect(text).toContain('24 janji dalam periode ini');
    for (const action of SEED_ACTIONS) expect(text).toContain(action);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(text).not.toContain('Cetak / Simpan PDF');
  });
});
