/**
 * "Nothing at load" (issue 17): on a page the content script only registers capture-phase listeners on the
 * document. The first time the user focuses, clicks or types in an editable box, `start` runs once; until
 * then no settings are read, no UI is built and no observer or highlight exists. Even `document.activeElement`
 * and the extension API are left untouched at load: in a page's isolated world the first touch of each costs
 * about a millisecond (measured with bench/browser.ts's load figure). A box that already had focus before the
 * script ran is picked up on the first key or click in it (the controller then follows the focused box).
 */
import { boxKind } from './editable';

/** Could this event target be (inside) a compose box? Cheap, no layout. */
export function isEditableTarget(el: EventTarget | null | undefined): boolean {
  return el instanceof Element && boxKind(el) !== null;
}

const EVENTS = ['focusin', 'input', 'keydown', 'pointerdown'] as const;

/**
 * Calls `start` once, on the first focusin/input/keydown/pointerdown in an editable element of `doc`. The
 * listeners are removed after that, or when `signal` aborts.
 */
export function startOnFirstEditable(doc: Document, start: () => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  let done = false;
  const onEvent = (e: Event) => {
    if (done || !isEditableTarget(e.composedPath()[0])) return;
    stop();
    start();
  };
  const stop = () => {
    done = true;
    for (const type of EVENTS) doc.removeEventListener(type, onEvent, true);
  };
  for (const type of EVENTS) doc.addEventListener(type, onEvent, { capture: true, passive: true });
  signal?.addEventListener('abort', stop, { once: true });
}
