import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './lib/platforms/matches';

// See ../shared/toolchain.md. The extension makes no network request and loads no remote code.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: PLATFORM_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    commands: {
      'open-findings': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdOpenFindings__',
      },
    },
  },
});
