/** The built content script's size, raw and gzip. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function contentScriptSize(path = '.output/chrome-mv3/content-scripts/content.js'): { raw: number; gzip: number } | null {
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
