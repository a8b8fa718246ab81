import type { CommitmentRecord, CommitmentStatus, StatusChange } from '@/lib/store/types';
import type { DatePrecision } from '@/lib/analyze/types';
import type { PlatformId } from '@/lib/platforms/types';
import { dedupeKey } from '@/lib/store/repository';

let n = 0;

export interface RecOptions {
  id?: string;
  text?: string;
  due?: string | null;
  precision?: DatePrecision;
  /** ISO time of the capture */
  capturedAt?: string;
  status?: CommitmentStatus;
  /** ISO time of the last status change (done/dropped) */
  changedAt?: string;
  platform?: PlatformId;
  url?: string;
  history?: StatusChange[];
  updatedAt?: string;
  notes?: string;
  evidenceUrl?: string | null;
}

/** One commitment record, valid for the import schema. Times default to Jakarta mornings in Nov 2026. */
export function rec(o: RecOptions = {}): CommitmentRecord {
  const i = ++n;
  const text = o.text ?? `Kami akan memperbaiki jalan nomor ${i} paling lambat Jumat depan.`;
  const url = o.url ?? `https://x.com/pemkot/status/${1000 + i}`;
  const due = o.due === undefined ? '2026-11-27' : o.due;
  const capturedAt = o.capturedAt ?? '2026-11-02T02:00:00.000Z';
  const status = o.status ?? 'open';
  const history: StatusChange[] =
    o.history ?? (status === 'open' ? [{ status: 'open', at: capturedAt }] : [{ status: 'open', at: capturedAt }, { status, at: o.changedAt ?? '2026-11-20T02:00:00.000Z' }]);
  return {
    id: o.id ?? `rec-${i}`,
    text,
    action: `memperbaiki jalan nomor ${i}`,
    deadlinePhrase: 'paling lambat Jumat depan',
    due,
    precision: o.precision ?? (due ? 'day' : 'none'),
    vague: due === null,
    platform: o.platform ?? 'x',
    url,
    excerpt: text,
    capturedAt,
    status: history[history.length - 1].status,
    statusHistory: history,
    notes: o.notes ?? '',
    evidenceUrl: o.evidenceUrl ?? null,
    updatedAt: o.updatedAt ?? history[history.length - 1].at,
    dedupeKey: dedupeKey(text, url, due),
  };
}
