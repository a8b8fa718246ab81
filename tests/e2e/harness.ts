/**
 * End-to-end harness: Debian Chromium driven by playwright-core, with (optionally) the built extension
 * loaded, the fixture sites served over HTTPS on loopback under their REAL hostnames, a network guard that
 * sees every request (pages, workers, the extension's service worker and popup, and — through Chromium's
 * NetLog — everything else the browser did), and per-page error collection.
 *
 *   const h = await launch({ extension: true, port });
 *   const page = await h.openFixture('x.com', '/');
 *   …
 *   h.network.assertLoopbackOnly();
 *   await h.close();
 *
 * See ../../shared/toolchain.md ("Real browser, real extension") for why the flags are what they are.
 */
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORMS } from '../../lib/platforms';
import { buildFixtures, SITES_DIR } from './build-fixtures.mjs';
import { fetchServerRequests, startServer, type FixtureServer, type ServerRequest } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.SARING_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Is the built extension there? (Specs that need it skip without it.) */
export function extensionBuilt(dir = EXTENSION_DIR): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

/**
 * Every hostname mapped to the fixture server: every host of every platform adapter (lib/platforms), plus
 * portal.example.go.id (a site outside the nine, for the opt-in flow). The server has a fixture folder for
 * each platform's main host (tests/unit/registry/platforms.test.ts checks it); the aliases answer 404 but
 * never leave loopback.
 */
export const OPT_IN_HOST = 'portal.example.go.id';
export const MAPPED_HOSTS: readonly string[] = [...PLATFORMS.flatMap((p) => p.hosts), OPT_IN_HOST];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', ...MAPPED_HOSTS]);
/** schemes that never touch the network */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:', 'chrome-untrusted:', 'file:', 'filesystem:']);

/** Does this URL stay on this machine (a local scheme, loopback, or a host mapped to the fixture server)? */
export function isLoopbackUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(u.protocol)) return true;
  return LOOPBACK_HOSTS.has(u.hostname.toLowerCase());
}

/** The id Chromium gives an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  /** who made it: a page (or frame in it), a dedicated worker of a page, or a service worker */
  by: 'page' | 'serviceworker' | 'other';
  /** the page URL or the service worker URL */
  byUrl: string;
  /** true when made by an extension page or the extension's service worker */
  fromExtension: boolean;
  loopback: boolean;
  time: number;
}

export interface NetLogRequest {
  url: string;
  method?: string;
  /** the origin that asked ("https://x.com", "chrome-extension://…"), or "not an origin" for the browser's own */
  initiator?: string;
  /** the browser's own background traffic (initiator "not an origin" and not a navigation of a tab) */
  browserInternal: boolean;
  loopback: boolean;
}

export interface NetworkGuard {
  /** every request Playwright reported, from any page, frame, worker or service worker (incl. the extension's) */
  readonly requests: SeenRequest[];
  /** the ones that would leave loopback */
  nonLoopback(): SeenRequest[];
  /** requests made by extension pages or the extension's service worker */
  fromExtension(): SeenRequest[];
  /** every URL request in Chromium's NetLog so far, since the last clear() (after close(): all of them) */
  netLog(): NetLogRequest[];
  /** NetLog requests to non-loopback hosts started by web content or the extension (not the browser's own) */
  netLogNonLoopback(opts?: { includeBrowserInternal?: boolean }): NetLogRequest[];
  /** throws, listing the offenders, if anything that pages, workers or the extension asked for left loopback */
  assertLoopbackOnly(): void;
  /** forget what was seen so far (Playwright events and NetLog entries) */
  clear(): void;
}

export interface PageError {
  kind: 'pageerror' | 'console.error' | 'weberror' | 'crash';
  text: string;
  /** URL of the page or worker */
  url: string;
  /** where the console message came from, if known */
  location?: string;
}

export interface ErrorLog {
  /** every error from every page and worker */
  all(): PageError[];
  /** errors of one page */
  forPage(page: Page): PageError[];
  /** errors from the extension's service worker */
  serviceWorker(): PageError[];
  clear(): void;
}

export interface LaunchOptions {
  /** load the extension: true → .output/chrome-mv3; a string → that unpacked extension folder */
  extension: boolean | string;
  /** the fixture server's port; default: process.env.SARING_E2E_PORT, else the harness starts its own server */
  port?: number;
  headless?: boolean;
  /** extra Chromium flags */
  args?: string[];
  /** record Chromium's NetLog (default true) */
  netLog?: boolean;
  /** how long to wait for the extension's service worker (default 10 s) */
  serviceWorkerTimeoutMs?: number;
}

export interface OpenFixtureOptions {
  /** wait for window.__fixture.ready on pages that load a fixture bundle (default true) */
  waitReady?: boolean;
  timeoutMs?: number;
}

export interface Harness {
  context: BrowserContext;
  /** the extension's id, or null without the extension */
  extensionId: string | null;
  /** the fixture server's port */
  port: number;
  profileDir: string;
  /** open https://<host><path> (real hostname, served from loopback) in a new tab */
  openFixture(host: string, path?: string, opts?: OpenFixtureOptions): Promise<Page>;
  /** open chrome-extension://<id>/popup.html in a new tab */
  openPopup(path?: string): Promise<Page>;
  network: NetworkGuard;
  errors: ErrorLog;
  /** what the fixture server itself received (all hosts), from whichever process runs it */
  serverRequests(): Promise<ServerRequest[]>;
  close(): Promise<void>;
}

/** Chromium flags: toolchain.md's, plus loopback-only host resolution and the NetLog. */
export function chromiumArgs(opts: { port: number; extensionDir?: string | null; netLogFile?: string | null }): string[] {
  const rules = [
    ...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`),
    // anything else resolves nowhere: nothing can leave the machine even if something tries
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
    'EXCLUDE localhost',
  ].join(', ');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-dev-shm-usage',
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ];
  if (opts.extensionDir) {
    args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  }
  if (opts.netLogFile) args.push(`--log-net-log=${opts.netLogFile}`, '--net-log-capture-mode=Default');
  return args;
}

/** Read a (possibly unfinished) NetLog file: one event per line after the constants. */
export function readNetLog(file: string): NetLogRequest[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const out: NetLogRequest[] = [];
  const seen = new Set<number>();
  let startJob: number | undefined;
  const m = /"URL_REQUEST_START_JOB":(\d+)/.exec(text);
  if (m) startJob = Number(m[1]);
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/,$/, '');
    if (!line.startsWith('{"') || !line.includes('"url"')) continue;
    let ev: { type?: number; source?: { id?: number }; params?: { url?: string; initiator?: string; method?: string } };
    try {
      ev = JSON.parse(line);
    } catch {
      continue;
    }
    if (ev.type !== startJob || !ev.params?.url) continue;
    const id = ev.source?.id ?? -1;
    if (seen.has(id)) continue;
    seen.add(id);
    const initiator = ev.params.initiator;
    const url = ev.params.url;
    out.push({
      url,
      method: ev.params.method,
      initiator,
      browserInternal: initiator === 'not an origin' && !isLoopbackUrl(url),
      loopback: isLoopbackUrl(url),
    });
  }
  return out;
}

let ownServer: { server: FixtureServer; users: number } | null = null;

async function resolvePort(port?: number): Promise<{ port: number; release: () => Promise<void> }> {
  const given = port ?? (process.env.SARING_E2E_PORT ? Number(process.env.SARING_E2E_PORT) : undefined);
  if (given) return { port: given, release: async () => {} };
  if (!ownServer) {
    if (!existsSync(join(SITES_DIR, 'x.com', 'assets'))) await buildFixtures({ quiet: true });
    ownServer = { server: await startServer(), users: 0 };
  }
  ownServer.users++;
  return {
    port: ownServer.server.port,
    release: async () => {
      if (ownServer && --ownServer.users === 0) {
        const s = ownServer.server;
        ownServer = null;
        await s.close();
      }
    },
  };
}

export async function launch(options: LaunchOptions): Promise<Harness> {
  const extensionDir =
    options.extension === true ? EXTENSION_DIR : typeof options.extension === 'string' ? resolve(options.extension) : null;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (run \`npm run build\` first)`);
  }
  const { port, release } = await resolvePort(options.port);
  const profileDir = mkdtempSync(join(tmpdir(), 'saring-e2e-profile-'));
  const netLogFile = options.netLog === false ? null : join(profileDir, 'netlog.json');

  const context = await chromium.launchPersistentContext(join(profileDir, 'user-data'), {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...chromiumArgs({ port, extensionDir, netLogFile }), ...(options.args ?? [])],
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    locale: 'id-ID',
  });

  // ---- network guard -------------------------------------------------------------------------
  const requests: SeenRequest[] = [];
  let extensionId: string | null = null;
  const isExtUrl = (u: string) => u.startsWith('chrome-extension://');
  const onRequest = (r: Request) => {
    const sw = r.serviceWorker();
    let by: SeenRequest['by'] = 'other';
    let byUrl = '';
    if (sw) {
      by = 'serviceworker';
      byUrl = sw.url();
    } else {
      try {
        const f = r.frame();
        by = 'page';
        byUrl = f.page()?.url() ?? f.url();
      } catch {
        by = 'other';
      }
    }
    requests.push({
      url: r.url(),
      method: r.method(),
      resourceType: r.resourceType(),
      by,
      byUrl,
      fromExtension: isExtUrl(byUrl) || isExtUrl(r.url()),
      loopback: isLoopbackUrl(r.url()),
      time: Date.now(),
    });
  };
  context.on('request', onRequest);

  let netLogSkip = 0;
  const network: NetworkGuard = {
    requests,
    nonLoopback: () => requests.filter((r) => !r.loopback),
    fromExtension: () => requests.filter((r) => r.fromExtension),
    netLog: () => (netLogFile ? readNetLog(netLogFile).slice(netLogSkip) : []),
    netLogNonLoopback: (opts) =>
      network.netLog().filter((r) => !r.loopback && (opts?.includeBrowserInternal || !r.browserInternal)),
    assertLoopbackOnly() {
      const bad = [
        ...network.nonLoopback().map((r) => `${r.method} ${r.url} (by ${r.by} ${r.byUrl})`),
        ...network.netLogNonLoopback().map((r) => `${r.method ?? ''} ${r.url} (netlog, initiator ${r.initiator})`),
      ];
      if (bad.length) throw new Error(`Requests left loopback:\n  ${bad.join('\n  ')}`);
    },
    clear: () => {
      requests.length = 0;
      netLogSkip = netLogFile ? readNetLog(netLogFile).length : 0;
    },
  };

  // ---- errors --------------------------------------------------------------------------------
  const errors: (PageError & { page?: Page })[] = [];
  const attachPage = (page: Page) => {
    page.on('pageerror', (e) => errors.push({ kind: 'pageerror', text: `${e.name}: ${e.message}\n${e.stack ?? ''}`, url: page.url(), page }));
    page.on('crash', () => errors.push({ kind: 'crash', text: 'page crashed', url: page.url(), page }));
  };
  context.pages().forEach(attachPage);
  context.on('page', attachPage);
  context.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const page = m.page() ?? undefined;
    const worker = m.worker();
    const loc = m.location();
    errors.push({
      kind: 'console.error',
      text: m.text(),
      url: page?.url() ?? worker?.url() ?? '',
      location: loc?.url ? `${loc.url}:${loc.lineNumber}:${loc.columnNumber}` : undefined,
      page,
    });
  });
  context.on('weberror', (e) => {
    const page = e.page() ?? undefined;
    // pageerror already records these for pages we know
    if (page) return;
    errors.push({ kind: 'weberror', text: String(e.error()?.stack ?? e.error()), url: '' });
  });

  const errorLog: ErrorLog = {
    all: () => errors.map(({ page: _p, ...e }) => e),
    forPage: (page) => errors.filter((e) => e.page === page).map(({ page: _p, ...e }) => e),
    serviceWorker: () => errors.filter((e) => !e.page && isExtUrl(e.url)).map(({ page: _p, ...e }) => e),
    clear: () => {
      errors.length = 0;
    },
  };

  // ---- the extension's id -------------------------------------------------------------------
  if (extensionDir) {
    const findSw = () => context.serviceWorkers().find((w) => isExtUrl(w.url()));
    let sw = findSw();
    if (!sw) {
      sw = await context
        .waitForEvent('serviceworker', {
          predicate: (w) => isExtUrl(w.url()),
          timeout: options.serviceWorkerTimeoutMs ?? 10_000,
        })
        .catch(() => findSw());
    }
    if (!sw) {
      await context.close().catch(() => undefined);
      throw new Error(`the extension in ${extensionDir} did not load (no service worker within the timeout): Chrome rejects a bad manifest or _locales silently; load it with --enable-logging=stderr to see why`);
    }
    extensionId = new URL(sw.url()).host;
  }

  const openFixture = async (host: string, path = '/', opts: OpenFixtureOptions = {}): Promise<Page> => {
    const page = await context.newPage();
    const timeout = opts.timeoutMs ?? 15_000;
    await page.goto(`https://${host}${path.startsWith('/') ? path : `/${path}`}`, { timeout, waitUntil: 'load' });
    // the extension may open a tab of its own (onboarding on install) in front of this one: a hidden tab gets
    // no animation frames (Playwright's default polling, editors, Saring's reads)
    await page.bringToFront();
    if (opts.waitReady !== false) {
      await page.waitForFunction(
        () =>
          !document.querySelector('script[type="module"][src^="/assets/"]') ||
          (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true,
        undefined,
        { timeout, polling: 100 },
      );
    }
    return page;
  };

  const openPopup = async (path = 'popup.html'): Promise<Page> => {
    if (!extensionId) throw new Error('openPopup(): launched without the extension');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      await release();
      if (netLogFile) {
        // keep the final NetLog readable after the profile is gone
        const final = readNetLog(netLogFile).slice(netLogSkip);
        network.netLog = () => final;
      }
      if (!process.env.SARING_E2E_KEEP_PROFILE) rmSync(profileDir, { recursive: true, force: true });
    }
  };

  return {
    context,
    extensionId,
    port,
    profileDir,
    openFixture,
    openPopup,
    network,
    errors: errorLog,
    serverRequests: () =>
      ownServer && ownServer.server.port === port ? Promise.resolve([...ownServer.server.requests]) : fetchServerRequests(port),
    close,
  };
}
