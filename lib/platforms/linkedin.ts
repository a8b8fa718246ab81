import type { PlatformAdapter } from './types';

/** LinkedIn: Quill in the older composer, Tiptap/ProseMirror in the new one. */
export const linkedin: PlatformAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  composeSelectors: [
    '.ql-editor[role="textbox"][contenteditable="true"]',
    'div.tiptap.ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
  sendSelectors: [
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
    'button.share-actions__primary-action',
    'button[aria-label="Post"]',
    'button[aria-label="Posting"]',
    'button[aria-label="Comment"]',
    'button[aria-label="Komentari"]',
  ],
  enterSends: 'never',
  modEnterSends: true,
};
