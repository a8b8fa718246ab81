import { describe, expect, it, vi } from 'vitest';
import { captureWithRetry } from '../../../lib/compose/extension-services';
import type { CaptureRequest } from '../../../lib/messages/types';

const req = { type: 'commitments/capture' } as CaptureRequest;

describe('capture with retry', () => {
  it('retries a failed write and succeeds when the background recovers', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: false, saved: 0, ids: [], error: 'QuotaExceededError' })
      .mockResolvedValueOnce({ ok: true, saved: 1, ids: ['a'] });
    expect(await captureWithRetry(req, send, [1, 1, 1])).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('reports the last error after the retries, and does not retry a refused message', async () => {
    const failing = vi.fn().mockResolvedValue({ ok: false, error: 'QuotaExceededError' });
    expect(await captureWithRetry(req, failing, [1, 1])).toEqual({ ok: false, error: 'QuotaExceededError' });
    expect(failing).toHaveBeenCalledTimes(3);
    const refused = vi.fn().mockResolvedValue({ ok: false, error: 'invalid commitments/capture: too long' });
    expect((await captureWithRetry(req, refused, [1, 1])).ok).toBe(false);
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
