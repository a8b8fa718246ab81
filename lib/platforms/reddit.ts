import type { PlatformAdapter } from './types';

/** Reddit: a contenteditable slotted into <shreddit-composer> (shadow DOM); submit via its slotted button. */
export const reddit: PlatformAdapter = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'new.reddit.com'],
  matches: ['https://www.reddit.com/*', 'https://reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  composeSelectors: ['shreddit-composer div[role="textbox"][contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]', 'textarea[name="text"]'],
  sendSelectors: ['button[slot="submit-button"]', 'shreddit-composer button[type="submit"]', '.usertext-buttons button[type="submit"]'],
  enterSends: 'never',
  modEnterSends: true,
};
