/**
 * Incremental analysis while typing (issue #17): a long text is tokenised line by line and the lines the
 * previous call saw are reused (lib/analyze/text/tokens.ts, LineTokenizer). The result must be exactly
 * what a full pass gives: the tokens, and every finding of analyze(), over edit sequences built from
 * the committed tune corpora and over hostile pieces at line ends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import { foldLower } from '../../../lib/analyze/text/fold';
import { INCREMENTAL_MIN_CHARS } from '../../../lib/analyze/text/tokens';
import { tokenize, viewOf } from '../../../lib/analyze/tone/normalize';

const NOW = new Date('2026-11-22T09:00:00+07:00');
const TUNE = join(import.meta.dirname, '../../fixtures/corpus/tune');
const TEXTS: string[] = readdirSync(TUNE)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(TUNE, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  )
  .filter((t) => typeof t === 'string' && t.trim().length > 0);

/** deterministic pseudo-random numbers */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** A draft of several paragraphs (tune posts) and the edits a writer makes to it, in order. */
function editSequence(seed: number): string[] {
  const r = rng(seed);
  const pick = () => TEXTS[Math.floor(r() * TEXTS.length)].trim();
  const sep = r() < 0.5 ? '\n\n' : '\n';
  const paras: string[] = [];
  while (paras.join(sep).length < INCREMENTAL_MIN_CHARS + 200) paras.push(pick());
  const out = [paras.join(sep)];
  for (let step = 0; step < 6; step++) {
    const i = Math.floor(r() * paras.length);
    const kind = Math.floor(r() * 5);
    if (kind === 0) paras[i] += ' tambahan kata';
    else if (kind === 1) paras[i] = paras[i].slice(0, Math.max(1, paras[i].length - 3));
    else if (kind === 2) paras.splice(i, 0, pick()); // a paragraph inserted: the ones after it move
    else if (kind === 3 && paras.length > 2) paras.splice(i, 1);
    else paras[i] = paras[i].replace(/a/, 'A');
    out.push(paras.join(sep));
  }
  return out;
}

const finding = (text: string) => JSON.stringify(analyze(text, { now: NOW }));
/** A full pass: a short text first leaves the line cache empty. */
const fullPass = (text: string) => {
  analyze('x', { now: NOW });
  return finding(text);
};

describe('incremental analysis while typing', () => {
  it('tokens of every edit equal a full tokenisation (tune drafts)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const text of editSequence(seed)) {
        const lower = foldLower(text);
        expect(viewOf(text, lower).toks).toEqual(tokenize(lower));
      }
    }
  });

  it('findings of every edit equal a full pass (tune drafts)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const seq = editSequence(1000 + seed);
      const incremental = seq.map(finding);
      const full = seq.map(fullPass);
      expect(incremental).toEqual(full);
    }
  });

  it('hostile pieces at line ends: lone surrogates, a backslash, spelled-out letters, hashtags', () => {
    const pieces = ['\ud83d', '\ude00', '\ud83d\ude00', '\\', '\\n', 'g o b l o k', 'g.o.b.l.o.k', '#tagar.', '@akun_', '...', '!!!', 'anj*', 'g0bl0k', '\r', ' ', 'kamu', 'goblok'];
    const padding = 'Warga yang terdampak dapat melapor ke posko kelurahan. '.repeat(Math.ceil(INCREMENTAL_MIN_CHARS / 50));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('\n', '\n\n', ' ', '')), { minLength: 1, maxLength: 30 }), (parts) => {
        const body = parts.map(([p, s]) => p + s).join('');
        for (const text of [padding + '\n' + body, body + '\n' + padding, padding + '\n' + body + 'x']) {
          const lower = foldLower(text);
          expect(viewOf(text, lower).toks).toEqual(tokenize(lower));
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
