// Freeze a blind split of a freshly written corpus before anyone tunes on it.
// Usage: node scripts/split-corpus.mjs raw.jsonl outdir fraction
// A text is blind when the first 32 bits of sha256('saring-split-' + id) fall below `fraction`,
// so the split depends on the id alone: re-running it never moves a text between halves.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function isBlind(id, fraction) {
  const hash = createHash('sha256').update(`saring-split-${id}`).digest();
  return hash.readUInt32BE(0) / 2 ** 32 < fraction;
}

const [raw, outdir, fractionText] = process.argv.slice(2);
if (raw && outdir) {
  const fraction = Number(fractionText ?? '0.25');
  const rows = readFileSync(raw, 'utf8').split('\n').filter((line) => line.trim());
  const tune = [];
  const blind = [];
  for (const line of rows) (isBlind(JSON.parse(line).id, fraction) ? blind : tune).push(line);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'tune.jsonl'), `${tune.join('\n')}\n`);
  writeFileSync(join(outdir, 'blind.jsonl'), `${blind.join('\n')}\n`);
  console.log(`tune ${tune.length} / blind ${blind.length}`);
}
