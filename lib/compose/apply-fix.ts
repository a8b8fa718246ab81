/**
 * Applying a fix the user clicked: select the span, then insert the replacement through the editor's own
 * input path (execCommand('insertText') fires beforeinput/input, which textarea, Draft.js, Lexical, Quill
 * and ProseMirror all handle), so the editor's model stays in sync and undo works.
 */
import { domRange, readBox, type BoxKind } from './editable';

export function applyReplacement(box: HTMLElement, kind: BoxKind, start: number, end: number, expected: string, replacement: string): boolean {
  const doc = box.ownerDocument;
  box.focus({ preventScroll: true });
  if (kind === 'textarea' || kind === 'input') {
    const el = box as HTMLTextAreaElement | HTMLInputElement;
    if (el.value.slice(start, end) !== expected) return false; // text changed since the analysis
    el.setSelectionRange(start, end);
    if (doc.execCommand('insertText', false, replacement)) return true;
    // fallback: the native setter + an input event (React-controlled inputs listen to it)
    el.setRangeText(replacement, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return true;
  }
  const { text, segments } = readBox(box, kind);
  if (text.slice(start, end) !== expected) return false;
  const range = domRange(segments, start, end);
  if (!range) return false;
  const sel = (box.getRootNode() as Document | ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  // let the editor see the new selection (Lexical and Draft read it on selectionchange) before inserting
  doc.dispatchEvent(new Event('selectionchange'));
  return doc.execCommand('insertText', false, replacement);
}
