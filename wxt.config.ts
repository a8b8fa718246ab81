import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './lib/platforms/matches';
import { localeMessages } from './scripts/vite-locale-messages';

const require = createRequire(import.meta.url);
const chronoDir = join(dirname(require.resolve('chrono-node')), '..', '..');

// See ../shared/toolchain.md. The extension makes no network request and loads no remote code.
export default defineConfig({
  vite: () => ({
    // locales/*.yml become flat JSON tables at build time (no YAML parser in the pages)
    plugins: [localeMessages()],
    resolve: {
      // Vite's resolver misses chrono-node's "./*" export pattern; point at the Indonesian locale directly
      alias: [
        { find: 'chrono-node/id', replacement: join(chronoDir, 'dist/esm/locales/id/index.js') },
        // Saring's own content-script context: WXT's announces itself to the page with postMessage and
        // stops on a replayed event (issue 15); ours stops only when the extension is gone. See docs/upstream-wxt.md.
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/wxt/content-script-context.ts', import.meta.url)) },
      ],
    },
  }),
  modules: ['@wxt-dev/i18n/module'],
  hooks: {
    // Firefox (MV2 by default): WXT drops optional_host_permissions there; MV2 lists optional origins in
    // optional_permissions. Also an add-on id and the minimum version (storage.session: Firefox 115).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      const m = manifest as typeof manifest & { optional_permissions?: string[]; browser_specific_settings?: unknown };
      if (wxt.config.manifestVersion === 2) m.optional_permissions = [...new Set([...(m.optional_permissions ?? []), 'https://*/*', 'http://*/*'])];
      // data_collection_permissions: AMO's declaration (Firefox 140+): Saring collects nothing.
      m.browser_specific_settings = { gecko: { id: 'saring@saring.id', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } };
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // public/icon/*.png, drawn by scripts/make-icons.mjs (also the notifications' icon)
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // the CSS Custom Highlight API (contenteditable highlights) arrived in Chrome 105
    minimum_chrome_version: '105',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: PLATFORM_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    },
    commands: {
      'open-findings': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdOpenFindings__',
      },
    },
  },
});
