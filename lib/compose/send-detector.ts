/**
 * "Sent" means: the user (a trusted event) activated the send control or pressed the sending key with text
 * in the box, and the box then emptied or went away (product.md). The text is captured at that moment.
 */
import type { PlatformAdapter } from '../platforms/types';

export interface SendWatch {
  box: HTMLElement;
  text: string;
  at: number;
}

/** Does this keydown send the post on this platform? */
export function isSendKey(e: KeyboardEvent, adapter: PlatformAdapter, box: HTMLElement): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing) return false;
  if (e.ctrlKey || e.metaKey) return adapter.modEnterSends || adapter.enterSends === 'always';
  if (adapter.enterSends === 'always') return true;
  if (adapter.enterSends === 'comment') return !box.closest('[role="dialog"]') && !(box instanceof HTMLTextAreaElement && box.rows > 3);
  return false;
}

/** Is this element (or an ancestor) one of the adapter's send controls? */
export function sendControlOf(target: Element | null, adapter: PlatformAdapter): Element | null {
  if (!target) return null;
  const el = (adapter.sendSelectors.length ? target.closest(adapter.sendSelectors.join(',')) : null) ?? sendButtonByText(target, adapter);
  if (!el) return null;
  if (el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return null;
  return el;
}

/** A button known only by its visible word (adapter.sendButtonTexts). */
function sendButtonByText(target: Element, adapter: PlatformAdapter): Element | null {
  if (!adapter.sendButtonTexts?.length) return null;
  const btn = target.closest('button, [role="button"]');
  const label = btn?.textContent?.trim().toLowerCase();
  if (!btn || !label || label.length > 20) return null;
  return adapter.sendButtonTexts.some((t) => t.toLowerCase() === label) ? btn : null;
}

/**
 * Polls until the box empties or leaves the page (sent), or the text is still there after `timeoutMs`
 * (not sent: a failed post, a validation error). Calls back once; returns a cancel function.
 */
export function watchForSend(
  watch: SendWatch,
  readText: (box: HTMLElement) => string,
  onSent: (w: SendWatch) => void,
  timeoutMs = 5000,
  everyMs = 100,
): () => void {
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const now = Date.now();
    const current = watch.box.isConnected ? readText(watch.box) : '';
    if (current.trim() === '' || !current.includes(watch.text.trim().slice(0, 40))) {
      stopped = true;
      onSent(watch);
      return;
    }
    if (now - watch.at > timeoutMs) {
      stopped = true;
      return;
    }
    timer = setTimeout(tick, everyMs);
  };
  let timer = setTimeout(tick, everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
