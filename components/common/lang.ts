import { i18n } from '#i18n';

/** The language of the labels the browser picked (locales/<lang>.yml), so dates match the words. */
export function uiLang(): 'id' | 'en' {
  try {
    return i18n.t('lang') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}
