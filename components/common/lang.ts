import { getLanguage } from './i18n';

/**
 * The language of the labels: the user's `language` setting once a page has loaded it
 * (components/common/i18n.ts), until then the one the browser picked (locales/<lang>.yml), so dates
 * match the words.
 */
export function uiLang(): 'id' | 'en' {
  try {
    return getLanguage();
  } catch {
    return 'id';
  }
}
