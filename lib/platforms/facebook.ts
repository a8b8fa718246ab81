import type { PlatformAdapter } from './types';

/** Facebook: Lexical editor. Enter sends in comment boxes; the Post button in the composer dialog. */
export const facebook: PlatformAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  matches: ['https://www.facebook.com/*', 'https://facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  composeSelectors: ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', 'div[role="textbox"][contenteditable="true"]'],
  sendSelectors: [
    '[role="button"][aria-label="Post"]',
    '[role="button"][aria-label="Kirim"]',
    '[role="button"][aria-label="Posting"]',
    '[role="button"][aria-label="Comment"]',
    '[role="button"][aria-label="Komentari"]',
    '[role="button"][aria-label="Reply"]',
    '[role="button"][aria-label="Balas"]',
  ],
  enterSends: 'comment',
  modEnterSends: false,
  replyContextSelectors: ['form[role="presentation"]', '[aria-label^="Comment" i]', '[aria-label^="Komentar" i]'],
};
