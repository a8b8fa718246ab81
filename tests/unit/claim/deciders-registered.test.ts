import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSERTION_DECIDERS, LAST_DECIDER, QUESTION_DECIDERS } from '../../../lib/analyze/claim/deciders';

const dir = join(__dirname, '../../../lib/analyze/claim/deciders');

describe('claim kinds: one decider per file, each registered once', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');

  it('every decider file is imported by deciders/index.ts', () => {
    for (const f of files) expect(index, f).toContain(`from './${f.replace(/\.ts$/, '')}'`);
  });

  it('every kind of claim.messages (but the verified-facts check) has its file', () => {
    const messages = readFileSync(join(dir, '../messages.ts'), 'utf8');
    const kinds = [...(/export type ClaimKind =([^;]+);/.exec(messages)?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(5);
    for (const k of kinds) if (k !== 'contradicts_fact') expect(files, k).toContain(`${k.replace(/_/g, '-')}.ts`);
  });

  it('registered deciders are the files, with no duplicates', () => {
    const all = new Set([...ASSERTION_DECIDERS, ...QUESTION_DECIDERS, LAST_DECIDER]);
    expect(all.size).toBe(files.length);
    expect(new Set(ASSERTION_DECIDERS).size).toBe(ASSERTION_DECIDERS.length);
  });
});
