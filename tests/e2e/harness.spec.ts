/**
 * The harness itself, with a tiny test-only extension (fixtures/stub-extension): the extension loads,
 * its id is found, the popup opens, and the network guard sees requests made by the extension's service
 * worker — both to loopback and ones that would leave it (they never resolve).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, unpackedExtensionId, type Harness } from './harness';

const STUB = join(import.meta.dirname, 'fixtures', 'stub-extension');

describe('harness with an extension', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('loads the extension, finds its id, opens the popup', async () => {
    h = await launch({ extension: STUB, port: inject('e2ePort') });
    expect(h.extensionId).toBe(unpackedExtensionId(STUB));
    const popup = await h.openPopup();
    expect(await popup.title()).toBe('Saring stub');
    expect(h.errors.all()).toEqual([]);
  });

  it("sees the extension service worker's requests, loopback or not", async () => {
    h = await launch({ extension: STUB, port: inject('e2ePort') });
    const popup = await h.openPopup();
    const probe = (url: string) =>
      popup.evaluate((u) => chrome.runtime.sendMessage({ type: 'probe', url: u }), url) as Promise<{ status?: number; error?: string }>;

    expect(await probe('https://www.linkedin.com/__stub-probe')).toEqual({ status: 404 });
    expect((await probe('https://example.org/__stub-probe')).error).toMatch(/Failed to fetch/);

    const fromExt = h.network.fromExtension().filter((r) => !r.url.startsWith('chrome-extension://'));
    expect(fromExt.map((r) => [r.by, r.url, r.loopback])).toEqual([
      ['serviceworker', 'https://www.linkedin.com/__stub-probe', true],
      ['serviceworker', 'https://example.org/__stub-probe', false],
    ]);
    expect(h.network.nonLoopback().map((r) => r.url)).toEqual(['https://example.org/__stub-probe']);
    const serverSaw = await h.serverRequests();
    expect(serverSaw.some((r) => r.host === 'www.linkedin.com' && r.path === '/__stub-probe')).toBe(true);

    await h.close();
    // NetLog: initiated by the extension, not the browser's own background traffic
    const ext = `chrome-extension://${h.extensionId}`;
    expect(
      h.network
        .netLogNonLoopback()
        .filter((r) => r.url === 'https://example.org/__stub-probe')
        .map((r) => r.initiator),
    ).toContain(ext);
    expect(() => h!.network.assertLoopbackOnly()).toThrow(/example\.org/);
  });
});

declare const chrome: { runtime: { sendMessage(msg: unknown): Promise<unknown> } };
