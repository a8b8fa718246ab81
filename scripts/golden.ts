/**
 * Golden findings: what the analyzer says on every dev case and on the committed tune corpora.
 *   npm run golden           rewrite tests/fixtures/golden/findings.json (after a deliberate rule change)
 * tests/unit/analyze/golden.test.ts compares against it, so a refactor that changes any finding fails and
 * shows which cases moved. Dev cases are compared one by one; each tune corpus by a digest (size).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze/index';
import type { Finding } from '../lib/analyze/types';

const ROOT = join(import.meta.dirname, '..');
export const GOLDEN_FILE = join(ROOT, 'tests/fixtures/golden/findings.json');
/** the shared dev cases: $SARING_SHARED/dev, ../shared/eval/dev beside the checkout, or the team machines' path */
const DEV =
  [process.env.SARING_SHARED && join(process.env.SARING_SHARED, 'dev'), join(ROOT, '../shared/eval/dev'), '/work/shared/eval/dev'].find(
    (d): d is string => !!d && existsSync(d),
  ) ?? join(ROOT, '../shared/eval/dev');
const NOW = new Date('2026-11-22T09:00:00+07:00');

export interface Golden {
  /** "<set>/<id>" → findings, one line each */
  dev: Record<string, string[]>;
  /** tune corpus file → sha256 of its findings */
  corpora: Record<string, string>;
}

const line = (f: Finding) =>
  `${f.rule} ${f.severity} ${f.start}-${f.end}${f.due !== undefined ? ` due=${f.due}` : ''}${f.vague ? ' vague' : ''}`;

const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id?: string; text: string; now?: string });

const findingsOf = (text: string, now?: string) =>
  analyze(text, { now: now ? new Date(now) : NOW }).map(line).sort();

const jsonl = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.includes('blind')).sort() : [];

/** Dev cases when the shared eval folder is present (it is on the team's machines and in CI). */
export function hasDev(): boolean {
  return existsSync(DEV);
}

export function computeGolden(): Golden {
  const dev: Record<string, string[]> = {};
  for (const f of jsonl(DEV))
    for (const r of rows(join(DEV, f))) dev[`${f.replace('.jsonl', '')}/${r.id}`] = findingsOf(r.text, r.now);
  const corpora: Record<string, string> = {};
  for (const dir of ['tests/fixtures/corpus/tune', 'tests/fixtures/official-posts'])
    for (const f of jsonl(join(ROOT, dir))) {
      const h = createHash('sha256');
      for (const r of rows(join(ROOT, dir, f))) h.update(`${r.id}\t${findingsOf(r.text, r.now).join('|')}\n`);
      corpora[`${dir}/${f}`] = h.digest('hex').slice(0, 16);
    }
  return { dev, corpora };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  if (!hasDev()) throw new Error(`dev cases not found at ${DEV} (set SARING_SHARED)`);
  writeFileSync(GOLDEN_FILE, `${JSON.stringify(computeGolden(), null, 1)}\n`);
  console.log(`wrote ${GOLDEN_FILE}`);
}
