/**
 * A refactor must not change what the analyzer says. This compares every finding on the dev cases, and a
 * digest of the findings on each committed tune corpus, with tests/fixtures/golden/findings.json.
 * After a deliberate rule change: `npm run golden`, then review the diff of that file in the commit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGolden, GOLDEN_FILE, type Golden, hasDev } from '../../../scripts/golden';

describe('golden findings', () => {
  const want = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Golden;
  const got = computeGolden();

  it.skipIf(!hasDev())('dev cases: every finding unchanged', () => {
    const moved = Object.keys({ ...want.dev, ...got.dev }).filter(
      (k) => JSON.stringify(want.dev[k]) !== JSON.stringify(got.dev[k]),
    );
    expect(
      moved.map((k) => `${k}\n  was: ${want.dev[k]?.join('; ')}\n  now: ${got.dev[k]?.join('; ')}`),
      'run `npm run golden` after a deliberate change',
    ).toEqual([]);
  });

  it('tune corpora: findings digest unchanged', () => {
    expect(got.corpora).toEqual(want.corpora);
  });
});
