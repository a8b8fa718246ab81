/**
 * Static checks of the Firefox build (`npm run build:firefox` → .output/firefox-mv2), without a browser: the
 * MV2 manifest, every file it names, the locale files, and the built analyzer running on a real text. The
 * add-on in real Firefox (findings, a fix, a send, the popup) is firefox-real.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

const DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
const built = existsSync(join(DIR, 'manifest.json'));

describe.skipIf(!built)('the Firefox build', () => {
  const manifest = built ? JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) : {};

  it('is a Manifest V2 add-on with a background script, popup, options and content script that all exist', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.default_locale).toBe('id');
    const files = [
      ...manifest.background.scripts,
      manifest.browser_action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      'analyzer.js',
      '_locales/id/messages.json',
      '_locales/en/messages.json',
    ];
    for (const f of files) expect(existsSync(join(DIR, f)), f).toBe(true);
    // sites beyond the nine are asked for at run time (optional), never held at install
    expect(manifest.optional_permissions).toContain('https://*/*');
    expect(manifest.permissions.filter((p: string) => p.includes('*://*') || p === '<all_urls>')).toEqual([]);
  });

  it('its locale files are valid and complete', () => {
    const id = JSON.parse(readFileSync(join(DIR, '_locales/id/messages.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(DIR, '_locales/en/messages.json'), 'utf8'));
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [k, v] of Object.entries(id) as [string, { message: string }][]) expect(v.message, k).not.toMatch(/\$[^$\s]*\$/);
  });

  it('its analyzer bundle runs and finds a NIK, a rude word and a promise', () => {
    const sandbox: Record<string, unknown> = { console };
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(join(DIR, 'analyzer.js'), 'utf8'), sandbox);
    const analyze = sandbox.__saringAnalyze as (t: string, o?: { now?: Date }) => { rule: string }[];
    expect(typeof analyze).toBe('function');
    const rules = analyze('NIK 3204110609870003, dasar goblok. Akan kami perbaiki besok.', { now: new Date('2026-11-22T02:00:00Z') }).map((f) => f.rule);
    expect(rules).toContain('pii.nik');
    expect(rules.some((r) => r.startsWith('tone.'))).toBe(true);
    expect(rules.some((r) => r.startsWith('commitment.'))).toBe(true);
  });
});
