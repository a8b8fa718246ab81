import 'fake-indexeddb/auto';
import type { CaptureRequest, CapturedCommitment } from '@/lib/messages/types';
import { SaringDB } from '@/lib/store/db';

let n = 0;
/** A fresh database per test. */
export function freshDb(): SaringDB {
  return new SaringDB(`saring-test-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export function commitment(over: Partial<CapturedCommitment> = {}): CapturedCommitment {
  const text = over.text ?? 'Kami akan memperbaiki jalan di Jl. Melati paling lambat Jumat depan.';
  return {
    text,
    action: 'memperbaiki jalan di Jl. Melati',
    deadlinePhrase: 'paling lambat Jumat depan',
    due: '2026-11-27',
    precision: 'day',
    vague: false,
    start: 0,
    end: text.length,
    ...over,
  };
}

export function captureReq(over: Partial<CaptureRequest> = {}, c: Partial<CapturedCommitment>[] = [{}]): CaptureRequest {
  const commitments = c.map(commitment);
  return {
    type: 'commitments/capture',
    platform: 'x',
    url: 'https://x.com/pemkot/status/1',
    postText: over.postText ?? commitments.map((x) => x.text).join(' '),
    sentAt: '2026-11-22T09:00:00+07:00',
    commitments,
    ...over,
  };
}
