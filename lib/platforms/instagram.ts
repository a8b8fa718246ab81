import type { PlatformAdapter } from './types';

/** Instagram: a textarea (or contenteditable) comment box; Enter or the Post button sends. */
export const instagram: PlatformAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  matches: ['https://www.instagram.com/*', 'https://instagram.com/*'],
  composeSelectors: [
    'textarea[aria-label^="Add a comment"]',
    'textarea[aria-label^="Tambahkan komentar"]',
    'div[contenteditable="true"][aria-label^="Add a comment"]',
    'div[contenteditable="true"][aria-label^="Tambahkan komentar"]',
    'div[role="textbox"][contenteditable="true"]',
  ],
  sendSelectors: ['div[role="button"]:is([aria-label="Post"], [aria-label="Kirim"])', 'button[type="submit"]'],
  enterSends: 'comment',
  modEnterSends: false,
};
