/**
 * Reading a compose box's text without touching its DOM, and mapping text offsets back to DOM ranges.
 * Works for textarea/input (value) and contenteditable roots (a walk over text nodes; block elements and
 * <br> become "\n").
 */

export type BoxKind = 'textarea' | 'input' | 'contenteditable';

const TEXT_INPUT_TYPES = new Set(['text', '']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
]);

export function boxKind(el: Element): BoxKind | null {
  if (el instanceof HTMLTextAreaElement) return el.readOnly || el.disabled ? null : 'textarea';
  if (el instanceof HTMLInputElement) {
    if (el.readOnly || el.disabled) return null;
    if (!TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? '')) return null;
    const role = el.getAttribute('role');
    if (role === 'combobox' || role === 'searchbox' || el.getAttribute('aria-autocomplete') === 'list') return null;
    return 'input';
  }
  if (el instanceof HTMLElement && el.isContentEditable) return 'contenteditable';
  return null;
}

/** The element that owns the editing for `el`: the outermost contenteditable ancestor, or el itself. */
export function editableRoot(el: Element): HTMLElement | null {
  const kind = boxKind(el);
  if (!kind) return null;
  if (kind !== 'contenteditable') return el as HTMLElement;
  let root = el as HTMLElement;
  for (let p = root.parentElement; p && p.isContentEditable; p = p.parentElement) root = p;
  return root;
}

/** One text node's place in the read text. */
export interface Segment {
  node: Text;
  /** offset of the node's first character in the read text */
  start: number;
}

export interface BoxText {
  text: string;
  /** contenteditable only: text nodes in order, for offset → DOM mapping */
  segments: Segment[];
}

/** Upper bound on characters read from one box; the rest is reported as truncated. */
export const MAX_READ_CHARS = 100_000;

export function readBox(el: HTMLElement, kind: BoxKind): BoxText {
  if (kind !== 'contenteditable') return { text: (el as HTMLTextAreaElement | HTMLInputElement).value, segments: [] };
  const segments: Segment[] = [];
  const parts: string[] = [];
  let len = 0;
  let pendingBreak = false;
  const pushText = (s: string) => {
    parts.push(s);
    len += s.length;
  };
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  // iterative walk with block boundaries: a newline before each block that follows content
  while ((node = walker.nextNode())) {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = (node as Text).data;
      if (!t) continue;
      if (pendingBreak && len > 0) pushText('\n');
      pendingBreak = false;
      segments.push({ node: node as Text, start: len });
      pushText(t.replace(/\u200b|\ufeff/g, ' '));
    } else {
      const e = node as Element;
      if (e.tagName === 'BR') {
        // Lexical/Draft render an empty paragraph as <br>: a line break, not two
        if (pendingBreak && len > 0) pushText('\n');
        pendingBreak = true;
      } else if (BLOCK_TAGS.has(e.tagName)) {
        pendingBreak = true;
      } else if (e.getAttribute('contenteditable') === 'false') {
        // skip non-editable islands (mention chips are read, widgets are not): keep their text
      }
    }
    if (len > MAX_READ_CHARS * 1.2) break;
  }
  return { text: parts.join(''), segments };
}

/** The DOM position of a text offset, or null when the text changed under us. */
export function domPosition(segments: Segment[], offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  if (!segments.length) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo];
  let off = offset - seg.start;
  // at a boundary prefer the end of the previous node for range ends
  if (preferEnd && off === 0 && lo > 0) {
    seg = segments[lo - 1];
    off = seg.node.data.length;
  }
  if (off > seg.node.data.length) off = seg.node.data.length;
  if (!seg.node.isConnected) return null;
  return { node: seg.node, offset: Math.max(0, off) };
}

export function domRange(segments: Segment[], start: number, end: number): Range | null {
  const a = domPosition(segments, start, false);
  const b = domPosition(segments, end, true);
  if (!a || !b) return null;
  const r = a.node.ownerDocument.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}
