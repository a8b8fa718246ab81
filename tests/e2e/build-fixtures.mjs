#!/usr/bin/env node
/**
 * Builds the e2e fixture sites into tests/e2e/.build/sites/<hostname>/ (gitignored):
 * the static HTML from fixtures/sites/<hostname>/ plus the editor bundles (real Draft.js, Lexical, Quill,
 * Tiptap, React) made with esbuild into <hostname>/assets/.
 *
 *   node tests/e2e/build-fixtures.mjs            # build
 *   import { buildFixtures } from './build-fixtures.mjs'
 */
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = join(here, '.build');
export const SITES_DIR = join(BUILD_DIR, 'sites');

/** entry (in fixtures/src) → the hostname(s) that serve it (bundled into each one's /assets/) */
export const ENTRIES = {
  'x-draft.tsx': 'x.com',
  'facebook-lexical.ts': 'www.facebook.com',
  'linkedin-quill.ts': 'www.linkedin.com',
  'linkedin-tiptap.ts': 'www.linkedin.com',
  'instagram-textarea.tsx': 'www.instagram.com',
  'lexical-boxes.ts': ['www.threads.net', 'web.whatsapp.com', 'www.reddit.com', 'www.facebook.com'],
  'youtube-commentbox.ts': 'www.youtube.com',
  'tiktok-draft.tsx': 'www.tiktok.com',
};

/** every hostname with a fixture folder (some have only static pages, e.g. portal.example.go.id) */
export const FIXTURE_HOSTS = [...new Set(Object.values(ENTRIES).flat())];

export async function buildFixtures({ quiet = false } = {}) {
  const t0 = Date.now();
  await rm(SITES_DIR, { recursive: true, force: true });
  await mkdir(SITES_DIR, { recursive: true });
  await cp(join(here, 'fixtures', 'sites'), SITES_DIR, { recursive: true });
  await Promise.all(
    Object.entries(ENTRIES).flatMap(([entry, hosts]) => [hosts].flat().map((host) =>
      build({
        entryPoints: [join(here, 'fixtures', 'src', entry)],
        outdir: join(SITES_DIR, host, 'assets'),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'chrome120',
        jsx: 'automatic',
        minify: false,
        sourcemap: 'linked',
        define: { 'process.env.NODE_ENV': '"development"', global: 'globalThis' },
        logLevel: 'warning',
        legalComments: 'none',
      }),
    )),
  );
  if (!quiet) console.log(`[e2e] fixtures built into ${SITES_DIR} in ${Date.now() - t0} ms`);
  return SITES_DIR;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildFixtures().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
