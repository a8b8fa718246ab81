/**
 * The kinds registry is the one list of finding ids (lib/analyze/kinds.ts). This fails when a rule emits
 * an id nobody declared, a declared kind has no label in `id` or `en`, docs/rules.md is stale, or a
 * declared kind is never emitted on the dev sets and corpora (a leftover).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import { CATEGORIES, KINDS, kindOf } from '../../../lib/analyze/kinds';
import type { AnalyzerSettings, Finding } from '../../../lib/analyze/types';
import { RULES_BY_CATEGORY } from '../../../components/options/rules';
import { readLocale, rulesMarkdown } from '../../../scripts/rules-doc';

const DEV = '/work/shared/eval/dev';
const jsonl = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl') && !f.includes('blind'))
        .map((f) => `${dir}/${f}`)
    : [];
const FILES = [...jsonl(DEV), ...jsonl('tests/fixtures/corpus/tune'), ...jsonl('tests/fixtures/official-posts')];

const NOW = new Date('2026-12-03T01:00:00Z');
/** Settings that switch on the kinds that need the office's own lists. */
const SETTINGS: Partial<AnalyzerSettings> = {
  sensitivity: 'high',
  customWords: ['lubang', 'mohon maaf'],
  neutralityTerms: ['budi santoso', '#kotamaju'],
  verifiedFacts: [{ label: 'angka stunting', value: 14.2, unit: '%', source: 'SSGI 2024' }],
};
/** A few texts for kinds that need those settings. */
const PROBES = ['Ayo dukung Budi Santoso, pilih dia di pemilu!', 'Budi Santoso hadir di acara warga.', 'Angka stunting kita 25% tahun ini.'];

function emitted(): Finding[] {
  const out: Finding[] = [];
  const texts = [...PROBES];
  for (const f of FILES)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const t = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof t === 'string') texts.push(t);
    }
  for (const t of texts) out.push(...analyze(t, { now: NOW, settings: SETTINGS }));
  return out;
}

describe('finding kinds registry', () => {
  const findings = emitted();
  const id = readLocale('id');
  const en = readLocale('en');

  it('reads the corpora', () => {
    expect(FILES.length).toBeGreaterThan(5);
    expect(findings.length).toBeGreaterThan(1000);
  });

  it('has one entry per id, named after its category', () => {
    const ids = KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of KINDS) {
      expect(CATEGORIES).toContain(k.category);
      expect(k.id.startsWith(`${k.category}.`), k.id).toBe(true);
      expect(k.label).toBe(`rules.${k.id}`);
    }
  });

  it('declares every id a rule emits, with its category and fix', () => {
    const unknown = new Set<string>();
    for (const f of findings) {
      const k = kindOf(f.rule);
      if (!k) {
        unknown.add(f.rule);
        continue;
      }
      expect(f.category, f.rule).toBe(k.category);
      if (f.suggestion !== undefined) expect(k.fix, `${f.rule} offers a fix`).not.toBe('none');
    }
    expect([...unknown]).toEqual([]);
  });

  it('declares no kind that is never emitted', () => {
    const seen = new Set(findings.map((f) => f.rule));
    expect(KINDS.filter((k) => !seen.has(k.id)).map((k) => k.id)).toEqual([]);
  });

  it('has a label for every kind in Indonesian and English', () => {
    const missing = KINDS.flatMap((k) => [id[k.label] ? [] : [`id:${k.label}`], en[k.label] ? [] : [`en:${k.label}`]].flat());
    expect(missing).toEqual([]);
  });

  it('has a message builder for every kind that gives both languages', () => {
    for (const k of KINDS) expect(typeof k.message, k.id).toBe('function');
    const one = findings.find((f) => f.rule === 'tone.shouting');
    expect(one?.message).toBe(kindOf('tone.shouting')!.message().id);
  });

  it('lists on the options page exactly the kinds marked switchable', () => {
    for (const c of CATEGORIES) expect(RULES_BY_CATEGORY[c]).toEqual(KINDS.filter((k) => k.category === c && k.switchable).map((k) => k.id));
    expect(RULES_BY_CATEGORY.pii).toContain('pii.nik');
  });

  it('is documented: docs/rules.md is what `npm run docs:rules` writes', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(rulesMarkdown(id, en));
  });
});
