/**
 * docs/rules.md from the kinds registry and the locale labels: `npm run docs:rules` writes it,
 * tests/unit/registry/kinds.test.ts fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYAML } from 'confbox';
import { CATEGORIES, KINDS } from '../lib/analyze/kinds';

export type Labels = Record<string, string>;

/** Flattens nested locale keys into dotted ones ("rules.pii.nik"). */
export function flattenLocale(obj: Record<string, unknown>, prefix = ''): Labels {
  const out: Labels = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flattenLocale(v as Record<string, unknown>, key));
  }
  return out;
}

export function readLocale(lang: 'id' | 'en', root = '.'): Labels {
  return flattenLocale(parseYAML(readFileSync(`${root}/locales/${lang}.yml`, 'utf8')) as Record<string, unknown>);
}

export function rulesMarkdown(id: Labels, en: Labels): string {
  const lines = [
    '# Finding kinds',
    '',
    'Generated from `lib/analyze/kinds.ts` and the `rules.*` labels in `locales/`: run `npm run docs:rules`',
    'after adding or changing a kind (tests/unit/registry/kinds.test.ts fails when this file is stale).',
    'Severity is the usual one; personal data and claims move it with confidence and the sensitivity setting.',
    'Fix: `mask` hides part of the value, `rewrite` offers other wording, `none` has no one-click fix.',
    '',
  ];
  for (const c of CATEGORIES) {
    lines.push(`## ${en[`categories.${c}`] ?? c} (\`${c}\`)`, '', '| id | label (id) | label (en) | severity | fix | switch |', '|---|---|---|---|---|---|');
    for (const k of KINDS.filter((x) => x.category === c)) {
      const sw = k.switchable ? 'own' : 'category';
      lines.push(`| \`${k.id}\`${k.learned ? ' (learned)' : ''} | ${id[k.label] ?? '—'} | ${en[k.label] ?? '—'} | ${k.severity} | ${k.fix} | ${sw} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync('docs/rules.md', rulesMarkdown(readLocale('id'), readLocale('en')));
  console.log('wrote docs/rules.md');
}
