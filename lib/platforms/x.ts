import type { PlatformAdapter } from './types';

/** X (Twitter): Draft.js editor. */
export const x: PlatformAdapter = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  composeSelectors: ['[data-testid^="tweetTextarea"][contenteditable="true"]', '.DraftEditor-root [contenteditable="true"][role="textbox"]'],
  sendSelectors: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  enterSends: 'never',
  modEnterSends: true,
  replyContextSelectors: ['[data-testid="inline_reply_offscreen"]', '[aria-labelledby*="reply"]'],
};
