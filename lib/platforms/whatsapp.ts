import type { PlatformAdapter } from './types';

/** WhatsApp Web: Lexical message box in the chat footer; Enter or the Send button sends. */
export const whatsapp: PlatformAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp',
  hosts: ['web.whatsapp.com'],
  matches: ['https://web.whatsapp.com/*'],
  composeSelectors: ['#main footer [contenteditable="true"][data-lexical-editor="true"]', '#main footer [contenteditable="true"][role="textbox"]'],
  sendSelectors: ['button[aria-label="Send"]', 'button[aria-label="Kirim"]', '[data-icon="send"]', '[data-icon="wds-ic-send-filled"]'],
  enterSends: 'always',
  modEnterSends: true,
};
