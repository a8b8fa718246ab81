/**
 * Build-time locale tables: `import.meta.glob('…/locales/*.yml', { query: '?messages', import: 'default' })`
 * gives each file as a flat `{ key: message }` object, parsed here by @wxt-dev/i18n's own reader (the one
 * that writes _locales/<lang>/messages.json), so the pages carry plain JSON and no YAML parser runs in the
 * browser. Used by wxt.config.ts and vitest.config.ts.
 */
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Plugin } from 'vite';

const QUERY = '?messages';

export function localeMessages(): Plugin {
  return {
    name: 'saring:locale-messages',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      const chrome = generateChromeMessages(await parseMessagesFile(file)) as Record<string, { message: string }>;
      const table = Object.fromEntries(Object.entries(chrome).map(([k, v]) => [k, v.message]));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}
