import type { PlatformAdapter } from './types';

/** YouTube: the placeholder becomes #contenteditable-root on click; found when it takes focus. */
export const youtube: PlatformAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  matches: ['https://www.youtube.com/*', 'https://youtube.com/*', 'https://m.youtube.com/*'],
  composeSelectors: ['ytd-commentbox #contenteditable-root', '#contenteditable-root[contenteditable="true"]'],
  sendSelectors: ['ytd-commentbox #submit-button button', 'ytd-commentbox #submit-button', '#submit-button button'],
  enterSends: 'never',
  modEnterSends: true,
};
