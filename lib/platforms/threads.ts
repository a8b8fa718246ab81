import type { PlatformAdapter } from './types';

/** Threads: a contenteditable textbox in the compose dialog, or inline under a post. */
export const threads: PlatformAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.net', 'threads.net', 'www.threads.com', 'threads.com'],
  matches: ['https://www.threads.net/*', 'https://threads.net/*', 'https://www.threads.com/*', 'https://threads.com/*'],
  composeSelectors: ['div[role="dialog"] div[role="textbox"][contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]'],
  sendSelectors: [
    'div[role="dialog"] div[role="button"]:is([aria-label="Post"], [aria-label="Posting"], [aria-label="Kirim"])',
    'div[role="button"]:is([aria-label="Post"], [aria-label="Reply"], [aria-label="Balas"])',
  ],
  // the dialog's Post button is a div[role=button] with only the word in it
  sendButtonTexts: ['Post', 'Reply', 'Kirim', 'Balas', 'Posting'],
  enterSends: 'never',
  modEnterSends: true,
};
