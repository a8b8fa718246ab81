/**
 * A platform adapter: where its compose boxes are and how a post is sent. Plain data (selectors as
 * strings), so it can be read by the build (match patterns), the content script and the tests alike.
 * Selectors drift: keep each platform's in its own file, with role/aria fallbacks.
 */
export type PlatformId =
  | 'x'
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'linkedin'
  | 'youtube'
  | 'tiktok'
  | 'whatsapp'
  | 'reddit'
  | 'generic';

export interface PlatformAdapter {
  id: PlatformId;
  /** shown in the popup and stored with a commitment */
  name: string;
  /** hostnames this adapter serves (exact, or a suffix when starting with ".") */
  hosts: string[];
  /** manifest match patterns for the content script */
  matches: string[];
  /** compose boxes, most specific first; the generic fallback applies after these */
  composeSelectors: string[];
  /** controls that send the post */
  sendSelectors: string[];
  /**
   * Send buttons that carry no aria-label or test id, only a visible word (Threads' "Post"): a `button` or
   * `[role=button]` whose trimmed text equals one of these (case-insensitive) also sends.
   */
  sendButtonTexts?: string[];
  /** when Enter (without Shift) sends: 'always' (chat), 'single-line' (comment boxes), 'never' */
  enterSends: 'always' | 'never' | 'comment';
  /** does Ctrl/Cmd+Enter send? */
  modEnterSends: boolean;
  /** selectors of containers that mark a box as a reply/comment rather than a new post */
  replyContextSelectors?: string[];
}

/** The generic fallback: any editable box. */
export const GENERIC_COMPOSE_SELECTORS = [
  'textarea',
  'input[type="text"]',
  'input:not([type])',
  'input[type="search"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="textbox"]',
];
