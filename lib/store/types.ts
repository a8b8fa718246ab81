/**
 * The commitment record as stored in IndexedDB (database `saring`, table `commitments`).
 * Overdue and due-soon are derived from `due` and a `now`, never stored (see ./derive.ts).
 */
import type { DatePrecision } from '../analyze/types';
import type { PlatformId } from '../platforms/types';

export type CommitmentStatus = 'open' | 'done' | 'dropped';
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'dropped'];

export interface StatusChange {
  status: CommitmentStatus;
  /** ISO time of the change */
  at: string;
}

export interface CommitmentRecord {
  /** uuid */
  id: string;
  /** the sentence holding the promise */
  text: string;
  /** the promised action, e.g. "memperbaiki jalan" */
  action: string;
  /** e.g. "paling lambat Jumat depan"; empty when none */
  deadlinePhrase: string;
  /** local calendar date YYYY-MM-DD, or null when no date was given */
  due: string | null;
  precision: DatePrecision;
  /** firmness: true when the promise is hedged or has no concrete deadline */
  vague: boolean;
  platform: PlatformId;
  /** the page the post was sent from */
  url: string;
  /** at most 280 characters of the sent text around the promise */
  excerpt: string;
  /** ISO time the post was sent */
  capturedAt: string;
  status: CommitmentStatus;
  /** oldest first; the first entry is the capture ('open'), the last one equals `status` */
  statusHistory: StatusChange[];
  notes: string;
  /** a link that shows the promise was kept (http/https), or null */
  evidenceUrl: string | null;
  /** ISO time of the last change */
  updatedAt: string;
  /** normalised text + due + url: unique, so a double send or a race between tabs saves one record */
  dedupeKey: string;
}

/** Fields the user may edit from the popup. The dedupe key is fixed at capture and never changes. */
export interface CommitmentPatch {
  text?: string;
  action?: string;
  deadlinePhrase?: string;
  due?: string | null;
  precision?: DatePrecision;
  vague?: boolean;
  notes?: string;
  evidenceUrl?: string | null;
}

/** A record with its derived state relative to a `now`. */
export interface CommitmentView extends CommitmentRecord {
  overdue: boolean;
  dueSoon: boolean;
  /** whole days from today to `due` (negative when past); null without a due date */
  daysLeft: number | null;
}
