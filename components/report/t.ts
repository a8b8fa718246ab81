/**
 * Messages of the report page, in the user's language setting (like components/common/i18n.ts, whose
 * rules — $1 substitutions, plural maps, fallback to Indonesian — this reuses). They live in
 * locales/report/<lang>.yml, bundled at build time: the page fetches nothing.
 */
import { getLanguage, substitute, translate, type Lang } from '@/components/common/i18n';

const sources = import.meta.glob('../../locales/report/*.yml', { query: '?messages', import: 'default', eager: true }) as Record<
  string,
  Record<string, string>
>;

function tableFor(lang: Lang): Record<string, string> {
  const entry = Object.entries(sources).find(([path]) => path.endsWith(`/${lang}.yml`));
  return entry ? entry[1] : {};
}

const TABLES: Record<Lang, Record<string, string>> = { id: tableFor('id'), en: tableFor('en') };

/** A report message by its dotted key ("report.totals.promised"), in the current language. */
export function rt(key: string, ...args: unknown[]): string {
  const lang = getLanguage();
  return translate((flat, subs) => {
    const m = TABLES[lang][flat] ?? TABLES.id[flat];
    return m === undefined ? '' : substitute(m, subs);
  }, key, args);
}

/** For tests: every flat key of a language's report table. */
export function reportKeys(lang: Lang): string[] {
  return Object.keys(TABLES[lang]);
}
