/**
 * A platform is one adapter in lib/platforms. This fails when one lacks what the end-to-end tests need:
 * a fixture folder under its main host, an editor case (editors.spec.ts and fixtures.spec.ts run every
 * case) and an empty page (the "no compose box" check), or when the derived lists drift.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_PLATFORMS, PLATFORM_IDS, PLATFORMS, generic, platformById, platformFor } from '../../../lib/platforms';
import { PLATFORM_MATCHES } from '../../../lib/platforms/matches';
import { platformIdSchema } from '../../../lib/messages/schema';
import { platformLabel } from '../../../lib/export/labels';
import { EDITOR_CASES, EMPTY_PAGES } from '../../e2e/cases';

const SITES = 'tests/e2e/fixtures/sites';
const fileOf = (host: string, path: string) => `${SITES}/${host}${path === '/' ? '/index.html' : path}`;

describe('platform registry', () => {
  it('has unique ids and the generic fallback last', () => {
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORM_IDS.length);
    expect(ALL_PLATFORMS.at(-1)).toBe(generic);
    expect(PLATFORMS).not.toContain(generic);
    for (const p of ALL_PLATFORMS) expect(platformById(p.id)).toBe(p);
    expect(platformById('toString')).toBeUndefined();
  });

  it('derives the Zod enum, the export labels and the match patterns from the adapters', () => {
    expect(platformIdSchema.options).toEqual(PLATFORM_IDS);
    for (const p of ALL_PLATFORMS) expect(platformLabel(p.id)).toBe(p.name);
    expect(PLATFORM_MATCHES).toEqual(PLATFORMS.flatMap((p) => p.matches));
  });

  describe.each(PLATFORMS.map((p) => ({ id: p.id, p })))('$id', ({ p }) => {
    it('serves its own hosts and has match patterns', () => {
      expect(p.hosts.length).toBeGreaterThan(0);
      expect(p.matches.length).toBeGreaterThan(0);
      for (const h of p.hosts) expect(platformFor(h)).toBe(p);
      expect(p.composeSelectors.length).toBeGreaterThan(0);
    });

    it('has a fixture folder under its main host', () => {
      expect(existsSync(`${SITES}/${p.hosts[0]}`), `${SITES}/${p.hosts[0]}`).toBe(true);
    });

    it('has an editor case on a fixture page that exists, and an empty page', () => {
      const cases = EDITOR_CASES.filter((c) => platformFor(c.host) === p);
      expect(cases.map((c) => c.name).length, `EDITOR_CASES for ${p.id}`).toBeGreaterThan(0);
      for (const c of cases) expect(existsSync(fileOf(c.host, c.path)), fileOf(c.host, c.path)).toBe(true);
      const empty = EMPTY_PAGES.filter((e) => platformFor(e.host) === p);
      expect(empty.length, `EMPTY_PAGES for ${p.id}`).toBeGreaterThan(0);
      for (const e of empty) expect(existsSync(fileOf(e.host, e.path)), fileOf(e.host, e.path)).toBe(true);
    });
  });
});
