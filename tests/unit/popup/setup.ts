import 'fake-indexeddb/auto';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** fakeBrowser has no i18n: serve the real messages of locales/<lang>.yml, as the browser would. */
export async function installMessages(lang: 'id' | 'en' = 'id'): Promise<Record<string, { message: string }>> {
  const messages = generateChromeMessages(await parseMessagesFile(`${process.cwd()}/locales/${lang}.yml`));
  (fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (key, subs) => {
    const m = messages[key]?.message;
    if (m === undefined) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (list[+d - 1] ?? '')));
  };
  return messages;
}
