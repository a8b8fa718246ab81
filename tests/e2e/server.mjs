#!/usr/bin/env node
/**
 * The e2e fixture server: HTTPS on 127.0.0.1 (a free port unless given), with a throwaway self-signed
 * certificate made by the `openssl` CLI into tests/e2e/.build/cert. Routes by the Host header to
 * .build/sites/<hostname>/ ("/" → index.html); 404 for any other host or path. Every request it receives
 * is recorded (method, host, path, status, time).
 *
 * Chromium reaches it through `--host-resolver-rules=MAP x.com 127.0.0.1:PORT, …` and
 * `--ignore-certificate-errors`, so https://x.com/ is the fixture and the extension's real match patterns apply.
 *
 * Control endpoint (only for Host 127.0.0.1:PORT, i.e. never reachable through a mapped hostname, and
 * not recorded): GET /__e2e/requests → JSON of recorded requests; POST /__e2e/reset clears them.
 *
 *   node tests/e2e/server.mjs [port]      # standalone, prints the port
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:https';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SITES_DIR = join(here, '.build', 'sites');
export const CERT_DIR = join(here, '.build', 'cert');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Make (once) a self-signed certificate for the fixture hosts with the openssl CLI. */
export function ensureCert(dir = CERT_DIR) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const san = [
      'x.com', '*.x.com', 'twitter.com', '*.twitter.com', 'facebook.com', '*.facebook.com', 'instagram.com',
      '*.instagram.com', 'linkedin.com', '*.linkedin.com', 'localhost',
    ].map((h) => `DNS:${h}`).concat('IP:127.0.0.1').join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '7',
        '-subj', '/CN=saring-e2e-fixtures', '-addext', `subjectAltName=${san}`],
      { stdio: 'ignore' },
    );
  }
  return { key, cert };
}

/**
 * Start the server. Resolves to { port, url, requests, reset(), close() }.
 * `requests` is the live array of every recorded request.
 */
export async function startServer({ port = 0, sitesDir = DEFAULT_SITES_DIR, quiet = true } = {}) {
  const { key, cert } = ensureCert();
  /** @type {{ time: number, method: string, host: string, path: string, status: number, referer?: string, secFetchSite?: string }[]} */
  const requests = [];
  let boundPort = 0;

  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, async (req, res) => {
    const rawHost = String(req.headers.host ?? '').toLowerCase();
    const host = rawHost.replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');

    // control endpoint: only on the raw loopback address
    if ((rawHost === `127.0.0.1:${boundPort}` || rawHost === `localhost:${boundPort}`) && url.pathname.startsWith('/__e2e/')) {
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/__e2e/requests') return res.end(JSON.stringify(requests));
      if (url.pathname === '/__e2e/reset' && req.method === 'POST') {
        requests.length = 0;
        return res.end('{"ok":true}');
      }
      res.statusCode = 404;
      return res.end('{"error":"not found"}');
    }

    const record = {
      time: Date.now(),
      method: req.method ?? 'GET',
      host,
      path: url.pathname + url.search,
      status: 404,
      referer: req.headers.referer,
      secFetchSite: /** @type {string|undefined} */ (req.headers['sec-fetch-site']),
    };
    requests.push(record);

    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      record.status = status;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };

    if (!/^[a-z0-9.-]+$/.test(host) || (req.method !== 'GET' && req.method !== 'HEAD')) return send(404, 'not found');
    const root = join(sitesDir, host);
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return send(404, 'not found');
    try {
      const st = await stat(file);
      if (!st.isFile()) return send(404, 'not found');
      const body = await readFile(file);
      return send(200, req.method === 'HEAD' ? '' : body, TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(404, 'not found');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  boundPort = typeof address === 'object' && address ? address.port : port;
  if (!quiet) console.log(`[e2e] fixture server on https://127.0.0.1:${boundPort} serving ${sitesDir}`);

  return {
    port: boundPort,
    url: `https://127.0.0.1:${boundPort}`,
    requests,
    reset() {
      requests.length = 0;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      });
    },
  };
}

/** From another process: the requests recorded by a server on this port. */
export async function fetchServerRequests(port) {
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/__e2e/requests', method: 'GET', rejectUnauthorized: false },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(data));
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** From another process: clear the recorded requests. */
export async function resetServerRequests(port) {
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/__e2e/reset', method: 'POST', rejectUnauthorized: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(undefined));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await startServer({ port: Number(process.argv[2] ?? 0), quiet: false });
  console.log(s.port);
  process.on('SIGINT', () => s.close().then(() => process.exit(0)));
}
