/**
 * Labels in the user's chosen language.
 *
 * @wxt-dev/i18n (`i18n.t` from '#i18n') asks `browser.i18n.getMessage`, which always follows the
 * browser's UI language. Saring has its own `language` setting (Indonesian by default), so extension
 * pages (popup, options, onboarding) use this drop-in `i18n.t` instead: same keys (typed from the
 * generated structure), same plural and substitution rules, but the message table is chosen by the
 * setting. Both tables come from the same locales/*.yml files, bundled at build time, so nothing is
 * fetched at run time. The manifest and the context menu (browser-rendered) still use the browser locale.
 *
 * Usage in a page: `await followSettingsLanguage()` before the first render; components call
 * `useLanguage()` once at their top so a change of setting re-renders them.
 */
import { useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import type { i18n as WxtI18n } from '#i18n';
import { loadSettings, watchSettings } from '@/lib/settings';

export type Lang = 'id' | 'en';

/** Flat { key: message } tables, made from locales/*.yml at build time (scripts/vite-locale-messages.ts). */
const sources = import.meta.glob('../../locales/*.yml', { query: '?messages', import: 'default', eager: true }) as Record<
  string,
  Record<string, string>
>;

function tableFor(lang: Lang): Record<string, string> {
  const entry = Object.entries(sources).find(([path]) => path.endsWith(`/${lang}.yml`));
  return entry ? entry[1] : {};
}

/** browser.i18n.getMessage, untyped (the generated typing only knows the predefined @@ keys). */
const getMessage = (key: string, subs?: string[]): string =>
  (browser.i18n.getMessage as unknown as (k: string, s?: string[]) => string)(key, subs);

const TABLES: Record<Lang, Record<string, string>> = { id: tableFor('id'), en: tableFor('en') };

let current: Lang | null = null;
const listeners = new Set<() => void>();

/** The browser's own choice (the locale file it picked), used until the setting is known. */
function browserLang(): Lang {
  try {
    return getMessage('lang') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function getLanguage(): Lang {
  return current ?? browserLang();
}

export function setLanguage(lang: Lang | null): void {
  if (lang === current) return;
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = getLanguage();
  for (const l of listeners) l();
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** The current language; re-renders the caller when it changes. */
export function useLanguage(): Lang {
  return useSyncExternalStore(subscribe, getLanguage, getLanguage);
}

/** Load the language setting and keep following it. Returns a stop function. */
export async function followSettingsLanguage(): Promise<() => void> {
  try {
    setLanguage((await loadSettings()).language);
  } catch {
    setLanguage('id');
  }
  return watchSettings((s) => setLanguage(s.language));
}

/** Chrome's getMessage substitution: $1…$9, and $$ for a dollar sign. */
export function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[+d - 1] ?? '')));
}

/** One message by its flat key ("popup_tabs_janji"), in `lang`, falling back to Indonesian. */
export function message(lang: Lang, flatKey: string, subs: string[] = []): string {
  const m = TABLES[lang][flatKey] ?? TABLES.id[flatKey];
  if (m !== undefined) return substitute(m, subs);
  try {
    return getMessage(flatKey, subs);
  } catch {
    return '';
  }
}

const NAMED = /\{([A-Za-z0-9_]+)\}/g;

function t(key: string, ...args: unknown[]): string {
  return translate((flat, subs) => message(getLanguage(), flat, subs), key, args);
}

/**
 * `i18n.t`'s rules over any message lookup: a number picks the plural form ("a | b" or "zero | one | many")
 * and is $1 unless an array of substitutions is given; an object fills {named} slots. Used by pages with
 * a message table of their own (components/report/t.ts).
 */
export function translate(lookup: (flatKey: string, subs: string[]) => string, key: string, args: readonly unknown[]): string {
  let sub: unknown[] | undefined;
  let named: Record<string, unknown> | undefined;
  let count: number | undefined;
  for (const a of args) {
    if (a == null) continue;
    if (typeof a === 'number') count = a;
    else if (Array.isArray(a)) sub = a;
    else if (typeof a === 'object') named = a as Record<string, unknown>;
  }
  if (count != null && sub == null) sub = [String(count)];
  let msg = lookup(key.replaceAll('.', '_'), (sub ?? []).map(String));
  if (!msg) console.warn(`[i18n] Message not found: "${key}"`);
  if (count != null) {
    const plural = msg.split(' | ');
    if (plural.length === 2) msg = plural[count === 1 ? 0 : 1];
    else if (plural.length === 3) msg = plural[count === 0 || count === 1 ? count : 2];
    else msg = plural[0];
  }
  return named ? msg.replace(NAMED, (m0, k: string) => (Object.hasOwn(named, k) ? String(named![k]) : m0)) : msg;
}

/** Drop-in for `import { i18n } from '#i18n'`, following the language setting. */
export const i18n: typeof WxtI18n = { t: t as typeof WxtI18n.t };

/** For tests: a message as written in the locale file (no substitution). */
export function rawMessage(lang: Lang, flatKey: string): string | undefined {
  return TABLES[lang][flatKey];
}

/** For tests: every flat key of a language's table. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(TABLES[lang]);
}
