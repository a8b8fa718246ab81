/**
 * Browser figures for `npm run bench`, in headless Chromium with the built extension (.output/chrome-mv3):
 * - typing overhead per fixture editor: main-thread task time per typed character and key→next-frame
 *   latency, with and without the extension, measured in the same run;
 * - the content script's cost at load on a page with no compose box;
 * - the popup's first paint with 10,000 commitments;
 * - heap growth over 1,000 focus/blur cycles and SPA-style box replacements.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildFixtures } from '../tests/e2e/build-fixtures.mjs';
import { EDITOR_CASES } from '../tests/e2e/cases';
import { extensionBuilt, launch, type Harness } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server.mjs';

const TYPED = 'Terima kasih Pak, laporan Bapak sudah kami terima dan akan kami tindak lanjuti paling lambat Jumat depan. ';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}

// Page-side code is passed as source text: tsx's transform would add helpers (__name) the page lacks.
/** Instrument key → next animation frame in the page. */
const KEY_TO_FRAME = `(() => {
  window.__lat = [];
  document.addEventListener('keydown', () => {
    const t0 = performance.now();
    requestAnimationFrame(() => window.__lat.push(performance.now() - t0));
  }, true);
})()`;

interface TypingRow {
  editor: string;
  msPerCharWithout: number;
  msPerCharWith: number;
  /** (with − without) / without of main-thread task time while typing */
  overhead: number;
  frameMsWithout: number;
  frameMsWith: number;
}

async function typeOnce(h: Harness, host: string, path: string, box: string): Promise<{ taskMsPerChar: number; frameMs: number }> {
  const page = await h.openFixture(host, path);
  await page.evaluate(KEY_TO_FRAME);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.click(box);
  await page.keyboard.type('x');
  await page.waitForTimeout(300);
  const before = await metrics(cdp);
  await page.keyboard.type(TYPED, { delay: 15 });
  await page.waitForTimeout(600); // let the debounced analysis run: it counts too
  const after = await metrics(cdp);
  const lat = (await page.evaluate('window.__lat')) as number[];
  await page.close();
  return { taskMsPerChar: ((after.TaskDuration - before.TaskDuration) * 1000) / TYPED.length, frameMs: median(lat) };
}

export async function benchTyping(port: number): Promise<TypingRow[]> {
  const rows: TypingRow[] = [];
  const seen = new Set<string>();
  const EDITORS = new Set(['draft', 'lexical', 'quill', 'tiptap', 'textarea']);
  const cases = EDITOR_CASES.filter((c) => EDITORS.has(c.editor) && !seen.has(c.editor) && seen.add(c.editor));
  const without = await launch({ extension: false, port, netLog: false });
  const withExt = await launch({ extension: true, port, netLog: false });
  try {
    for (const c of cases) {
      const a: number[] = [];
      const b: number[] = [];
      const fa: number[] = [];
      const fb: number[] = [];
      for (let i = 0; i < 3; i++) {
        const x = await typeOnce(without, c.host, c.path, c.box);
        const y = await typeOnce(withExt, c.host, c.path, c.box);
        a.push(x.taskMsPerChar);
        b.push(y.taskMsPerChar);
        fa.push(x.frameMs);
        fb.push(y.frameMs);
      }
      const msA = median(a);
      const msB = median(b);
      rows.push({ editor: c.editor, msPerCharWithout: msA, msPerCharWith: msB, overhead: (msB - msA) / msA, frameMsWithout: median(fa), frameMsWith: median(fb) });
    }
  } finally {
    await without.close();
    await withExt.close();
  }
  return rows;
}

/**
 * Main-thread script time at load of a page with no compose box: without any extension, with an empty
 * content script on the same hosts (what Chromium charges for any content script: the isolated world and
 * its bindings), and with Saring. cost = with − without; ownMs = with − empty (Saring's own share).
 */
export async function benchLoad(port: number): Promise<{ scriptMsWithout: number; scriptMsEmptyScript: number; scriptMsWith: number; costMs: number; ownMs: number }> {
  const measure = async (h: Harness) => {
    const xs: number[] = [];
    for (let i = 0; i < 11; i++) {
      const page = await h.context.newPage();
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`https://x.com/empty.html`, { waitUntil: 'load' });
      await page.waitForTimeout(400);
      xs.push((await metrics(cdp)).ScriptDuration * 1000);
      await page.close();
    }
    return median(xs);
  };
  const emptyDir = mkdtempSync(join(tmpdir(), 'saring-empty-cs-'));
  writeFileSync(join(emptyDir, 'c.js'), '');
  writeFileSync(join(emptyDir, 'sw.js'), ''); // the harness waits for a service worker
  writeFileSync(
    join(emptyDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty content script', version: '1', background: { service_worker: 'sw.js' }, content_scripts: [{ matches: ['https://x.com/*'], js: ['c.js'], run_at: 'document_idle', all_frames: true }] }),
  );
  const run = async (extension: boolean | string) => {
    const h = await launch({ extension, port, netLog: false });
    try {
      return await measure(h);
    } finally {
      await h.close();
    }
  };
  try {
    const a = await run(false);
    const e = await run(emptyDir);
    const b = await run(true);
    return { scriptMsWithout: a, scriptMsEmptyScript: e, scriptMsWith: b, costMs: b - a, ownMs: b - e };
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/** Seeds 10,000 commitments straight into the extension's IndexedDB, then times the popup's paint. */
export async function benchPopup(
  port: number,
  n = 10_000,
): Promise<{ commitments: number; firstPaintMs: number; listReadyMs: number; listRenderedMs: number }> {
  const h = await launch({ extension: true, port, netLog: false });
  try {
    const seedPage = await h.openPopup();
    await seedPage.waitForTimeout(500);
    await seedPage.evaluate(`(async (count) => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('saring');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction('commitments', 'readwrite');
      const store = tx.objectStore('commitments');
      const base = Date.parse('2026-11-22T02:00:00Z');
      for (let i = 0; i < count; i++) {
        const due = new Date(base + ((i % 120) - 60) * 86400000).toISOString().slice(0, 10);
        const status = i % 5 === 0 ? 'done' : i % 11 === 0 ? 'dropped' : 'open';
        const at = new Date(base - i * 60000).toISOString();
        store.put({
          id: 'bench-' + i, text: 'Akan kami perbaiki jalan nomor ' + i + ' paling lambat ' + due + '.', action: 'perbaiki jalan nomor ' + i,
          deadlinePhrase: 'paling lambat', due, precision: 'day', vague: false, platform: 'x', url: 'https://x.com/status/' + i,
          excerpt: 'Akan kami perbaiki jalan nomor ' + i + '.', capturedAt: at, status, statusHistory: [{ status: 'open', at }],
          notes: '', evidenceUrl: null, updatedAt: at, dedupeKey: 'bench-' + i,
        });
      }
      await new Promise((res, rej) => { tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); });
      db.close();
    })(${n})`);
    await seedPage.close();
    const paints: number[] = [];
    const ready: number[] = [];
    // listReadyMs: when the harness sees the first item (includes Playwright's polling and round trip);
    // listRenderedMs: the popup's own mark, set once the first items are in the DOM (components/popup/JanjiTab.tsx)
    const rendered: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await h.openPopup();
      await page.waitForSelector('[data-commitment-id]', { timeout: 20_000 });
      const t = (await page.evaluate(
        `({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, now: performance.now(), items: performance.getEntriesByName('saring:janji:first-items')[0]?.startTime ?? NaN })`,
      )) as { fcp: number; now: number; items: number };
      paints.push(t.fcp);
      ready.push(t.now);
      rendered.push(t.items);
      await page.close();
    }
    return { commitments: n, firstPaintMs: median(paints), listReadyMs: median(ready), listRenderedMs: median(rendered) };
  } finally {
    await h.close();
  }
}

/** 1,000 focus/blur cycles and box replacements; heap after GC before and after. */
export async function benchMemory(port: number): Promise<{ heapBeforeKb: number; heapAfterKb: number; growthKb: number }> {
  const h = await launch({ extension: true, port, netLog: false });
  try {
    const page: Page = await h.openFixture('www.instagram.com', '/');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(100);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / 1024;
    };
    const cycle = (rounds: number) =>
      page.evaluate(`(async (n) => {
        for (let i = 0; i < n; i++) {
          const ta = document.createElement('textarea');
          ta.value = 'Halo ' + i + ', NIK 3204110609870003';
          document.body.append(ta);
          ta.focus();
          ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          ta.blur();
          ta.remove(); // an SPA navigation replaces the box
        }
      })(${rounds})`);
    await cycle(100);
    const before = await heap();
    await cycle(1_000);
    const after = await heap();
    return { heapBeforeKb: before, heapAfterKb: after, growthKb: after - before };
  } finally {
    await h.close();
  }
}

export async function benchBrowser(): Promise<Record<string, unknown>> {
  if (!extensionBuilt()) throw new Error('the extension is not built (npm run build)');
  await buildFixtures({ quiet: true });
  const server = await startServer();
  const out: Record<string, unknown> = {};
  try {
    const typing = await benchTyping(server.port);
    out.typing = typing;
    console.log('\ntyping (main-thread task time per typed character; key → next frame)');
    console.log('editor     without ms/char  with ms/char  overhead   frame ms without / with');
    for (const r of typing)
      console.log(`${r.editor.padEnd(10)} ${r.msPerCharWithout.toFixed(3).padStart(14)} ${r.msPerCharWith.toFixed(3).padStart(12)} ${(r.overhead * 100).toFixed(1).padStart(8)}%   ${r.frameMsWithout.toFixed(1)} / ${r.frameMsWith.toFixed(1)}`);
    const load = await benchLoad(server.port);
    out.load = load;
    console.log(`\nload on a page without a compose box: script ${load.scriptMsWithout.toFixed(2)} ms without, ${load.scriptMsEmptyScript.toFixed(2)} ms with an empty content script, ${load.scriptMsWith.toFixed(2)} ms with Saring → cost ${load.costMs.toFixed(2)} ms (target ≤ 2 ms), Saring's own ${load.ownMs.toFixed(2)} ms`);
    const popup = await benchPopup(server.port);
    out.popup = popup;
    console.log(
      `popup with ${popup.commitments.toLocaleString('en')} commitments: first paint ${popup.firstPaintMs.toFixed(0)} ms, list ready ${popup.listReadyMs.toFixed(0)} ms as the harness sees it, first items in the DOM at ${popup.listRenderedMs.toFixed(0)} ms (target ≤ 200 ms, list ≤ 400 ms)`,
    );
    const mem = await benchMemory(server.port);
    out.memory = mem;
    console.log(`heap over 1,000 focus/blur + box replacements: ${mem.heapBeforeKb.toFixed(0)} kB → ${mem.heapAfterKb.toFixed(0)} kB (growth ${mem.growthKb.toFixed(0)} kB)`);
  } finally {
    await server.close();
  }
  return out;
}
