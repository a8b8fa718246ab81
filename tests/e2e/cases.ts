/** The fixture pages, one row per compose box, shared by the specs. */
export interface EditorCase {
  name: string;
  host: string;
  path: string;
  editor: 'draft' | 'lexical' | 'quill' | 'tiptap' | 'textarea' | 'contenteditable';
  /** the compose box (the editable element itself) */
  box: string;
  /** a control to click first when the box is not on the page yet (a placeholder, a "new post" button) */
  openFirst?: string;
  /** the control that sends, or 'Enter' when Enter (without Shift) sends */
  send: string;
  /** the key that starts a new line without sending, and how the model then joins the two lines */
  newlineKey: 'Enter' | 'Shift+Enter';
  newlineSep: string;
}

export const EDITOR_CASES: EditorCase[] = [
  {
    name: 'X (Draft.js), Post button',
    host: 'x.com',
    path: '/',
    editor: 'draft',
    box: '[data-testid="tweetTextarea_0"][contenteditable="true"][role="textbox"]',
    send: '[data-testid="tweetButtonInline"]',
    newlineKey: 'Enter',
    newlineSep: '\n',
  },
  {
    name: 'Facebook (Lexical), Post button',
    host: 'www.facebook.com',
    path: '/',
    editor: 'lexical',
    box: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    send: '[role="button"][aria-label="Post"]',
    newlineKey: 'Enter',
    newlineSep: '\n\n',
  },
  {
    name: 'Facebook comment (Lexical), Enter',
    host: 'www.facebook.com',
    path: '/comment.html',
    editor: 'lexical',
    box: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    send: 'Enter',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'LinkedIn (Quill 2), submit button',
    host: 'www.linkedin.com',
    path: '/quill.html',
    editor: 'quill',
    box: '.ql-editor[role="textbox"][contenteditable="true"]',
    send: 'button.comments-comment-box__submit-button',
    newlineKey: 'Enter',
    newlineSep: '\n',
  },
  {
    name: 'LinkedIn (Tiptap), submit button',
    host: 'www.linkedin.com',
    path: '/tiptap.html',
    editor: 'tiptap',
    box: 'div.tiptap.ProseMirror[contenteditable="true"]',
    send: 'button.comments-comment-box__submit-button',
    newlineKey: 'Enter',
    newlineSep: '\n\n',
  },
  {
    name: 'Instagram (textarea), Post button',
    host: 'www.instagram.com',
    path: '/',
    editor: 'textarea',
    box: 'textarea[aria-label="Add a comment…"]',
    send: 'div[role="button"][aria-label="Post"]',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'Instagram (textarea), Enter',
    host: 'www.instagram.com',
    path: '/',
    editor: 'textarea',
    box: 'textarea[aria-label="Add a comment…"]',
    send: 'Enter',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'Threads (Lexical in a dialog), Post button',
    host: 'www.threads.net',
    path: '/',
    editor: 'lexical',
    openFirst: 'div[role="button"][aria-label="Create"]',
    box: 'div[role="dialog"] div[role="textbox"][contenteditable="true"]',
    // Threads' Post button has no aria-label: only its text
    send: 'div[role="dialog"] div[role="button"]:has-text("Post")',
    newlineKey: 'Enter',
    newlineSep: '\n\n',
  },
  {
    name: 'YouTube (placeholder → #contenteditable-root), Comment button',
    host: 'www.youtube.com',
    path: '/',
    editor: 'contenteditable',
    openFirst: 'ytd-comment-simplebox-renderer #placeholder-area',
    box: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
    send: 'ytd-commentbox #submit-button button',
    newlineKey: 'Enter',
    newlineSep: '\n',
  },
  {
    name: 'TikTok (Draft.js), Post button',
    host: 'www.tiktok.com',
    path: '/',
    editor: 'draft',
    box: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]',
    send: '[data-e2e="comment-post"]',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'TikTok (Draft.js), Enter',
    host: 'www.tiktok.com',
    path: '/',
    editor: 'draft',
    box: '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]',
    send: 'Enter',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'WhatsApp Web (Lexical), Enter',
    host: 'web.whatsapp.com',
    path: '/',
    editor: 'lexical',
    box: '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
    send: 'Enter',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'WhatsApp Web (Lexical), Send button',
    host: 'web.whatsapp.com',
    path: '/',
    editor: 'lexical',
    box: '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
    send: 'button[aria-label="Send"]',
    newlineKey: 'Shift+Enter',
    newlineSep: '\n',
  },
  {
    name: 'Reddit (shreddit-composer, slotted Lexical), Comment button',
    host: 'www.reddit.com',
    path: '/',
    editor: 'lexical',
    box: 'shreddit-composer div[slot="rte"][role="textbox"][contenteditable="true"]',
    send: 'shreddit-composer button[slot="submit-button"]',
    newlineKey: 'Enter',
    newlineSep: '\n\n',
  },
];

/** Pages without any compose box (load-cost measurements, "does nothing here" checks). */
export const EMPTY_PAGES = [
  { host: 'x.com', path: '/empty.html' },
  { host: 'www.facebook.com', path: '/empty.html' },
  { host: 'www.linkedin.com', path: '/empty.html' },
  { host: 'www.instagram.com', path: '/empty.html' },
  { host: 'www.threads.net', path: '/empty.html' },
  { host: 'www.youtube.com', path: '/empty.html' },
  { host: 'www.tiktok.com', path: '/empty.html' },
  { host: 'web.whatsapp.com', path: '/empty.html' },
  { host: 'www.reddit.com', path: '/empty.html' },
];
