/**
 * Messages between the content script, the popup/options and the background service worker (the single
 * writer of the commitment database). Types only: the zod schemas that validate them on receipt are in
 * ./schema.ts, which the content script does not import (size).
 */
import type { DatePrecision } from '../analyze/types';
import type { PlatformId } from '../platforms/types';

/** A commitment as the content script sees it in the sent text. */
export interface CapturedCommitment {
  /** the sentence holding the promise */
  text: string;
  action: string;
  /** e.g. "paling lambat Jumat depan"; empty when none */
  deadlinePhrase: string;
  /** local calendar date YYYY-MM-DD, or null */
  due: string | null;
  precision: DatePrecision;
  vague: boolean;
  /** offsets of the promise in the sent text */
  start: number;
  end: number;
}

export interface CaptureRequest {
  type: 'commitments/capture';
  platform: PlatformId;
  url: string;
  /** the whole sent text (kept as the excerpt's source; trimmed to 2,000 characters) */
  postText: string;
  /** ISO time of sending */
  sentAt: string;
  commitments: CapturedCommitment[];
  /**
   * Hold the capture for the send window under this id (letters, digits, "-"): a Cancel within the
   * window (`commitments/cancel-capture`) drops it; otherwise it is logged, even if the tab has closed.
   */
  pendingId?: string;
}

/** The send was cancelled (the draft came back) within the send window. */
export interface CancelCaptureRequest {
  type: 'commitments/cancel-capture';
  pendingId: string;
}

export interface CaptureResponse {
  ok: boolean;
  saved: number;
  /** ids of saved (or already present) commitments */
  ids: string[];
  error?: string;
  /** true when the capture is held for the send window (it is logged afterwards unless cancelled) */
  pending?: boolean;
}

/** Overdue commitments, for the in-page warning. */
export interface OverdueRequest {
  type: 'commitments/overdue-count';
}
export interface OverdueResponse {
  overdue: number;
}

/** "Selalu izinkan" in the in-page panel: a contact detail for the allowlist; the background validates it. */
export interface AllowRequest {
  type: 'settings/allow';
  /** the finding's rule: only pii.phone, pii.email and pii.address are accepted */
  rule: string;
  value: string;
}

export type RuntimeRequest = CaptureRequest | OverdueRequest | AllowRequest | CancelCaptureRequest;
