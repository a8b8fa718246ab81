import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelRequest, newPendingId, watchForCancel } from '@/lib/compose/capture-queue';
import { parseRequest } from '@/lib/messages/schema';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const SENT = 'Jalan Melati akan kami perbaiki paling lambat Jumat depan.';

describe('watchForCancel (the draft comes back within the send window)', () => {
  it('cancels when the sent text returns to the box', () => {
    let draft = '';
    const onCancel = vi.fn();
    watchForCancel(SENT, () => draft, onCancel, 5_000, 200);
    vi.advanceTimersByTime(1_000);
    expect(onCancel).not.toHaveBeenCalled();
    draft = SENT; // "Batalkan" / Undo restored the draft
    vi.advanceTimersByTime(200);
    expect(onCancel).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
  it('does not cancel after the window, for another draft, or when the box is gone', () => {
    let draft = 'Tulisan lain.';
    const onCancel = vi.fn();
    watchForCancel(SENT, () => draft, onCancel, 5_000, 200);
    vi.advanceTimersByTime(5_200);
    draft = SENT;
    vi.advanceTimersByTime(1_000);
    expect(onCancel).not.toHaveBeenCalled();
    const gone = vi.fn();
    watchForCancel(SENT, () => {
      throw new Error('detached');
    }, gone);
    vi.advanceTimersByTime(6_000);
    expect(gone).not.toHaveBeenCalled();
  });
  it('stops when told', () => {
    let draft = '';
    const onCancel = vi.fn();
    const stop = watchForCancel(SENT, () => draft, onCancel);
    stop();
    draft = SENT;
    vi.advanceTimersByTime(1_000);
    expect(onCancel).not.toHaveBeenCalled();
  });
});

describe('messages', () => {
  it('a pending id and a cancel request the background accepts', () => {
    const id = newPendingId(() => '4b1c-9f{x}');
    expect(id).toBe('4b1c-9fx');
    expect(parseRequest(cancelRequest(newPendingId())).ok).toBe(true);
    expect(parseRequest({ type: 'commitments/cancel-capture', pendingId: 'a\nb' }).ok).toBe(false);
  });
});
