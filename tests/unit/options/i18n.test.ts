import { describe, expect, it, afterEach } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { i18n, getLanguage, message, messageKeys, rawMessage, setLanguage } from '@/components/common/i18n';

afterEach(() => setLanguage(null));

describe('i18n wrapper', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`bundled ${lang} table equals what @wxt-dev/i18n writes to _locales/${lang}/messages.json`, async () => {
      const expected = generateChromeMessages(await parseMessagesFile(`${process.cwd()}/locales/${lang}.yml`));
      const want = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, (v as { message: string }).message]));
      const got = Object.fromEntries(messageKeys(lang).map((k) => [k, rawMessage(lang, k)]));
      expect(got).toEqual(want);
    });
  }

  it('English is complete: every Indonesian key has an English message', () => {
    const en = new Set(messageKeys('en'));
    expect(messageKeys('id').filter((k) => !en.has(k))).toEqual([]);
    expect(messageKeys('en').filter((k) => !message('en', k).trim())).toEqual([]);
  });

  it('follows the language setting, with plurals and substitutions', () => {
    setLanguage('id');
    expect(getLanguage()).toBe('id');
    expect(i18n.t('menu.periksa')).toBe('Periksa dengan Saring');
    expect(i18n.t('periksa.summary', 0)).toBe('Tidak ada temuan.');
    expect(i18n.t('periksa.summary', 3)).toBe('3 temuan');
    expect(i18n.t('errors.line', ['2', 'x'])).toBe('Baris 2: x');
    setLanguage('en');
    expect(i18n.t('menu.periksa')).toBe('Check with Saring');
    expect(i18n.t('periksa.summary', 1)).toBe('1 finding');
    expect(document.documentElement.lang).toBe('en');
  });

  it('pages carry build-time tables, not a YAML reader', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(`${process.cwd()}/components/common`).filter((f) => /yaml/i.test(f))).toEqual([]);
  });
});
