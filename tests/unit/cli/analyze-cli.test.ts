import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts'], { input, encoding: 'utf8' });
}

describe('npm run analyze (contract §1)', () => {
  it('writes one line per case, in order, and exit 0', () => {
    const r = run('{"id":"a","text":"halo"}\n{"id":"b","text":"NIK 3204110609870003","now":"2026-11-22T09:00:00+07:00"}\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(Array.isArray(lines[1].findings)).toBe(true);
  });

  it('reports a bad line, goes on, and exits 1', () => {
    const r = run('{"id":"a","text":"x"}\nnot json\n{"id":"c"}\n{"id":"d","text":"y"}\n');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatchObject({ id: null, line: 2 });
    expect(lines[1].error).toBeTruthy();
    expect(lines[2]).toMatchObject({ id: 'c', line: 3 });
    expect(lines[3].id).toBe('d');
  });
});
