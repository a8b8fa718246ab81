import type { PlatformAdapter } from './types';

/** TikTok: Draft.js comment box; the Post control or Enter sends. */
export const tiktok: PlatformAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com', 'tiktok.com'],
  matches: ['https://www.tiktok.com/*', 'https://tiktok.com/*'],
  composeSelectors: ['[data-e2e="comment-input"] .public-DraftEditor-content', '[data-e2e="comment-input"] [contenteditable="true"]'],
  sendSelectors: ['[data-e2e="comment-post"]'],
  enterSends: 'always',
  modEnterSends: true,
};
