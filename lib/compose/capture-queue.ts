/**
 * The content script's half of the held capture (issue 15, item 6; the background half is
 * lib/store/pending.ts + lib/store/service.ts). When a send is seen, the capture goes to the background AT
 * ONCE with a `pendingId` (so it survives the tab closing); for the send window the draft is watched, and
 * if it comes back (the user pressed Cancel / Undo, or the platform restored the draft after a failed
 * send) a `commitments/cancel-capture` drops it. DOM-free: the caller gives how to read the draft.
 *
 * Wiring (controller.onSent): `const pendingId = newPendingId();` → capture({ ...req, pendingId }) →
 * `watchForCancel(sentText, () => readBox(box, kind).text, () => cancel(pendingId))`.
 */
import type { CancelCaptureRequest } from '../messages/types';
import { SEND_WINDOW_MS } from '../store/pending';

/** The background holds a capture this long (lib/store/pending.ts); this side watches for a Cancel as long. */
export const CANCEL_WINDOW_MS = SEND_WINDOW_MS;

/** An id the background accepts (letters, digits, "-"). */
export function newPendingId(random: () => string = () => crypto.randomUUID()): string {
  return random().replace(/[^A-Za-z0-9-]/g, '').slice(0, 64) || String(Date.now());
}

export function cancelRequest(pendingId: string): CancelCaptureRequest {
  return { type: 'commitments/cancel-capture', pendingId };
}

/**
 * Calls `onCancel` once if, within `windowMs`, the draft again holds the sent text (its first 40
 * characters, as watchForSend compares). Returns a function that stops watching.
 */
export function watchForCancel(
  sentText: string,
  readDraft: () => string,
  onCancel: () => void,
  windowMs = CANCEL_WINDOW_MS,
  everyMs = 200,
): () => void {
  const probe = sentText.trim().slice(0, 40);
  const started = Date.now();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    if (stopped) return;
    let draft = '';
    try {
      draft = readDraft();
    } catch {
      draft = ''; // the box went away: not a cancel
    }
    if (probe && draft.trim() !== '' && draft.includes(probe)) {
      stopped = true;
      onCancel();
      return;
    }
    if (Date.now() - started >= windowMs) {
      stopped = true;
      return;
    }
    timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
