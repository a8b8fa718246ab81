/**
 * End-to-end harness for REAL Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on, and the fixture
 * sites reached under their REAL host names (https://x.com/ …) without leaving loopback.
 *
 *   const f = await launchFirefox({ port });          // port of the HTTPS fixture server (global-setup)
 *   const page = await f.openFixture('x.com', '/');
 *   const popup = await f.openPopup();                // moz-extension://<fixed uuid>/popup.html
 *   f.assertLoopbackOnly();
 *   await f.close();
 *
 * How the real host names reach the fixture server: Firefox gets a manual proxy (`network.proxy.type` 1) on
 * 127.0.0.1 for HTTP and HTTPS. The proxy is a few lines of Node here: it answers `CONNECT host:443` by
 * tunnelling to the fixture server ONLY for the mapped platform hosts (the TLS handshake then happens between
 * Firefox and the fixture server, with its self-signed certificate — `acceptInsecureCerts`); every other
 * host, and any plain-HTTP request, gets 403 and is recorded, so nothing can leave the machine even if
 * something tries. (`network.dns.localDomains` also maps names to loopback but keeps the port, i.e. would
 * need a server on 443.)
 *
 * The add-on's internal UUID is fixed through `extensions.webextensions.uuids` so the popup's
 * moz-extension:// URL is known before installing.
 *
 * Needs /usr/bin/firefox-esr (override with SARING_E2E_FIREFOX). Never downloads anything: puppeteer-core
 * has no browser download of its own, and the fixture server, the proxy and Firefox all stay on loopback.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { MAPPED_HOSTS, REPO_ROOT } from './harness';

export const FIREFOX = process.env.SARING_E2E_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
/** the add-on id from wxt.config.ts (browser_specific_settings.gecko.id) */
export const FIREFOX_ADDON_ID = 'saring@saring.id';
/** the moz-extension:// host the tests give the add-on (any UUID; fixed so the popup URL is known) */
export const FIREFOX_ADDON_UUID = '5a41e5a0-7e57-4e2e-9a1d-000000000015';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export interface ProxyRequest {
  /** "CONNECT x.com:443" or "GET http://…" */
  line: string;
  host: string;
  /** tunnelled to the fixture server (a mapped platform host on 443) */
  allowed: boolean;
  /** Firefox's own services (remote settings …): refused like everything else, but not asked for by a page or the add-on */
  browserInternal: boolean;
}

/** Mozilla's service domains: Firefox's own background traffic (remote settings keeps polling even with its server pref set). */
const MOZILLA_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

interface LoopbackProxy {
  port: number;
  requests: ProxyRequest[];
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that tunnels CONNECT for the mapped hosts to the fixture server and refuses the rest. */
async function startProxy(fixturePort: number): Promise<LoopbackProxy> {
  const mapped = new Set(MAPPED_HOSTS);
  const requests: ProxyRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // plain HTTP through the proxy: never forwarded
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ line: `${req.method} ${req.url}`, host, allowed: false, browserInternal: MOZILLA_SERVICES.test(host) });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('saring e2e proxy: plain http is not served');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = String(req.url ?? '');
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    const host = (m?.[1] ?? target).toLowerCase();
    const port = Number(m?.[2] ?? 0);
    const allowed = mapped.has(host) && port === 443;
    requests.push({ line: `CONNECT ${target}`, host, allowed, browserInternal: !allowed && MOZILLA_SERVICES.test(host) });
    client.on('error', () => undefined);
    if (!allowed) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox prefs: the proxy, a fixed add-on UUID, and the browser's own background traffic off. */
export function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // the proxy resolves names (it refuses all but the mapped ones): no DNS leaves the machine
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
    'intl.accept_languages': 'id-ID, id, en',
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
  };
}

export interface FirefoxHarness {
  browser: Browser;
  /** what installExtension() returned (the gecko id) */
  addonId: string;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  /** every request the loopback proxy saw (the fixture pages' CONNECTs, and anything refused) */
  proxyRequests: ProxyRequest[];
  /** page errors (uncaught exceptions, console.error) of the pages opened through this harness */
  errors: { url: string; text: string }[];
  /** open https://<host><path> in a new tab and wait for the fixture to be ready */
  openFixture(host: string, path?: string, opts?: { waitReady?: boolean; timeoutMs?: number }): Promise<Page>;
  /** show moz-extension://<uuid>/<path> (default popup.html) in the add-on's own tab (always the same tab) */
  openPopup(path?: string): Promise<Page>;
  /**
   * throws if anything asked the proxy for a host that is neither a mapped fixture host nor one of Firefox's
   * own services (those are refused too: nothing leaves loopback either way)
   */
  assertLoopbackOnly(): void;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { port: number; extensionDir?: string; headless?: boolean }): Promise<FirefoxHarness> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionDir} (run \`npm run build:firefox\`)`);
  const proxy = await startProxy(opts.port);
  const profileDir = mkdtempSync(join(tmpdir(), 'saring-e2e-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: opts.headless ?? true,
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      extraPrefsFirefox: firefoxPrefs(proxy.port),
      defaultViewport: { width: 1200, height: 900 },
      // Firefox is slow to start on a busy 2-core machine
      timeout: 60_000,
      protocolTimeout: 60_000,
    });
  } catch (e) {
    await proxy.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const errors: { url: string; text: string }[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push({ url: page.url(), text: String((e as Error)?.stack ?? e) }));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ url: page.url(), text: m.text() });
    });
  };
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close().catch(() => undefined);
    await proxy.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_ADDON_UUID}`;

  const openFixture: FirefoxHarness['openFixture'] = async (host, path = '/', o = {}) => {
    const timeout = o.timeoutMs ?? 20_000;
    const page = await browser.newPage();
    watch(page);
    await page.goto(`https://${host}${path.startsWith('/') ? path : `/${path}`}`, { timeout, waitUntil: 'load' });
    await page.bringToFront();
    if (o.waitReady !== false) {
      await page.waitForFunction(
        () =>
          !document.querySelector('script[type="module"][src^="/assets/"]') ||
          (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true,
        { timeout, polling: 100 },
      );
    }
    return page;
  };

  // WebDriver BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context"), and
  // puppeteer does not see the URL of extension tabs (it reports about:blank). But the add-on opens its own
  // onboarding tab on install, and script in an extension page may navigate that tab to any page of the
  // add-on: openPopup() finds that tab by its location and sends it to popup.html.
  const extensionPage = async (timeout = 20_000): Promise<Page> => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(extensionOrigin)) return p;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no tab of the add-on (${extensionOrigin}) within ${timeout} ms: did it open its onboarding page on install?`);
  };
  let extTab: Page | null = null;
  const openPopup: FirefoxHarness['openPopup'] = async (path = 'popup.html') => {
    if (!extTab) {
      extTab = await extensionPage();
      watch(extTab);
    }
    const page = extTab;
    await page.bringToFront();
    const target = `${extensionOrigin}/${path}`;
    await page.evaluate((u) => {
      if (location.href === u) location.reload();
      else location.assign(u);
    }, target);
    // wait until the new document has loaded (evaluate may fail while the navigation is under way)
    const deadline = Date.now() + 20_000;
    for (;;) {
      const state = await page.evaluate(() => [location.href, document.readyState, (window as unknown as { __saringPopupMark?: boolean }).__saringPopupMark === true] as const).catch(() => null);
      if (state && state[0] === target && state[1] === 'complete' && !state[2]) break;
      if (Date.now() > deadline) throw new Error(`popup ${target} did not load; tab is at ${JSON.stringify(state)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.evaluate(() => {
      (window as unknown as { __saringPopupMark?: boolean }).__saringPopupMark = true;
    });
    return page;
  };

  let closed = false;
  return {
    browser,
    addonId,
    extensionOrigin,
    proxyRequests: proxy.requests,
    errors,
    openFixture,
    openPopup,
    assertLoopbackOnly() {
      const bad = proxy.requests.filter((r) => !r.allowed && !r.browserInternal).map((r) => r.line);
      if (bad.length) throw new Error(`Firefox asked for hosts outside the fixtures:\n  ${bad.join('\n  ')}`);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        await proxy.close();
        if (!process.env.SARING_E2E_KEEP_PROFILE) rmSync(profileDir, { recursive: true, force: true });
      }
    },
  };
}
