/**
 * Zod schemas that validate every RuntimeRequest when the background receives it. The content script
 * does not import this file (size); the popup and the background do.
 *
 * Popup write requests (set-status, undo-status, update) are defined here: the popup never writes to
 * the database itself, it asks the background, the single writer.
 */
import { z } from 'zod';
import type { ImportError } from '../export/json';
import type { MergeSummary } from '../store/merge';
import type { ImportSummary } from '../store/repository';
import type { CommitmentRecord } from '../store/types';
import { PLATFORM_IDS } from '../platforms';
import type { AllowRequest, CancelCaptureRequest, CaptureRequest, OverdueRequest, RuntimeRequest } from './types';

export const platformIdSchema = z.enum(PLATFORM_IDS);
export const precisionSchema = z.enum(['day', 'week', 'month', 'quarter', 'year', 'none']);
export const statusSchema = z.enum(['open', 'done', 'dropped']);

/** A real calendar date, YYYY-MM-DD. */
export const ymdSchema = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(+m[1], mo, 0)).getUTCDate();
}, 'expected a calendar date YYYY-MM-DD');

/** An http(s) URL (anything else, e.g. javascript:, is refused: the popup renders these as links). */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
export const httpUrlSchema = z.string().max(4096).refine(isHttpUrl, 'expected an http(s) URL');

export const commitmentIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const capturedCommitmentSchema = z
  .object({
    text: z.string().trim().min(1).max(2000),
    action: z.string().max(500),
    deadlinePhrase: z.string().max(300),
    due: ymdSchema.nullable(),
    precision: precisionSchema,
    vague: z.boolean(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((c) => c.end >= c.start, 'end must not be before start');

/** A frame without a page URL of its own (an editor in an about:srcdoc / about:blank iframe). */
export const frameUrlSchema = z.string().regex(/^about:(srcdoc|blank)(#.*)?$/).max(4096);

export const captureRequestSchema = z.object({
  type: z.literal('commitments/capture'),
  platform: platformIdSchema,
  // about:srcdoc / about:blank: the background uses the tab's URL (sender.tab.url), never the frame's
  url: z.union([httpUrlSchema, frameUrlSchema]),
  /** set when the capture is held for the send window (a Cancel may follow); see lib/store/pending.ts */
  pendingId: commitmentIdSchema.optional(),
  // The content script trims to 2,000 characters; longer text is accepted and trimmed on save.
  postText: z.string().max(100_000),
  sentAt: z.iso.datetime({ offset: true }),
  commitments: z.array(capturedCommitmentSchema).max(50),
});

export const overdueRequestSchema = z.object({ type: z.literal('commitments/overdue-count') });

export const setStatusRequestSchema = z.object({
  type: z.literal('commitments/set-status'),
  id: commitmentIdSchema,
  status: statusSchema,
});

export const undoStatusRequestSchema = z.object({
  type: z.literal('commitments/undo-status'),
  id: commitmentIdSchema,
});

export const commitmentPatchSchema = z.strictObject({
  text: z.string().trim().min(1).max(2000).optional(),
  action: z.string().max(500).optional(),
  deadlinePhrase: z.string().max(300).optional(),
  due: ymdSchema.nullable().optional(),
  precision: precisionSchema.optional(),
  vague: z.boolean().optional(),
  notes: z.string().max(5000).optional(),
  evidenceUrl: httpUrlSchema.nullable().optional(),
});

export const updateRequestSchema = z.object({
  type: z.literal('commitments/update'),
  id: commitmentIdSchema,
  patch: commitmentPatchSchema,
});

/**
 * Import a JSON export (the file's text). The background validates it (lib/export parseJsonImport) and
 * writes all of it or nothing. Files over 32 MiB are refused with an import error; this bound only
 * stops absurd messages.
 */
export const importRequestSchema = z.object({
  type: z.literal('commitments/import'),
  text: z.string().max(40 * 1024 * 1024),
});

/**
 * Merge several JSON exports into the log (a team's files): each file is validated like an import, and a
 * bad file refuses them all. Promises are matched by dedupe key; see lib/store/merge.ts.
 */
export const MAX_MERGE_FILES = 20;
export const mergeRequestSchema = z.object({
  type: z.literal('commitments/merge'),
  files: z
    .array(z.object({ name: z.string().max(260).optional(), text: z.string().max(40 * 1024 * 1024) }))
    .min(1)
    .max(MAX_MERGE_FILES)
    .refine((fs) => fs.reduce((n, f) => n + f.text.length, 0) <= 64 * 1024 * 1024, 'files too large together'),
});

/** "Selalu izinkan" from the in-page panel; the handler checks the rule and value (lib/settings/forms.ts). */
export const allowRequestSchema = z.strictObject({
  type: z.literal('settings/allow'),
  rule: z.string().max(40),
  value: z.string().max(500),
});

/** The user cancelled the send (the draft came back) within the send window: the held capture is dropped. */
export const cancelCaptureRequestSchema = z.strictObject({
  type: z.literal('commitments/cancel-capture'),
  pendingId: commitmentIdSchema,
});

/** Delete every commitment (options page, after the user typed the confirmation word). */
export const deleteAllRequestSchema = z.object({ type: z.literal('commitments/delete-all') });

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  captureRequestSchema,
  overdueRequestSchema,
  setStatusRequestSchema,
  undoStatusRequestSchema,
  updateRequestSchema,
  importRequestSchema,
  mergeRequestSchema,
  deleteAllRequestSchema,
  allowRequestSchema,
  cancelCaptureRequestSchema,
]);

export type SetStatusRequest = z.infer<typeof setStatusRequestSchema>;
export type UndoStatusRequest = z.infer<typeof undoStatusRequestSchema>;
export type UpdateRequest = z.infer<typeof updateRequestSchema>;
/** Requests from the popup (extension pages) that change a commitment. */
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type MergeRequest = z.infer<typeof mergeRequestSchema>;
export type DeleteAllRequest = z.infer<typeof deleteAllRequestSchema>;
export type PopupWriteRequest = SetStatusRequest | UndoStatusRequest | UpdateRequest | ImportRequest | MergeRequest | DeleteAllRequest;
/** Everything the background accepts. */
export type BackgroundRequest = RuntimeRequest | PopupWriteRequest;

export interface PopupWriteResponse {
  ok: boolean;
  commitment?: CommitmentRecord;
  error?: string;
  /** commitments/import: what was written */
  imported?: ImportSummary;
  /** commitments/import and commitments/merge: why the file was refused (nothing was written) */
  importError?: ImportError;
  /** commitments/merge: what the merge did */
  merged?: MergeSummary;
  /** commitments/merge: the 0-based index of the refused file */
  file?: number;
  /** commitments/delete-all: how many were deleted */
  deleted?: number;
}
export interface ErrorResponse {
  ok: false;
  error: string;
}

// The schemas' output must be assignable to the hand-written message types (types.ts).
type Assert<T extends true> = T;
export type _CaptureMatches = Assert<z.infer<typeof captureRequestSchema> extends CaptureRequest ? true : false>;
export type _AllowMatches = Assert<z.infer<typeof allowRequestSchema> extends AllowRequest ? true : false>;
export type _CancelMatches = Assert<z.infer<typeof cancelCaptureRequestSchema> extends CancelCaptureRequest ? true : false>;
export type _OverdueMatches = Assert<z.infer<typeof overdueRequestSchema> extends OverdueRequest ? true : false>;

const KNOWN_TYPES = new Set<string>(backgroundRequestSchema.options.map((o) => o.shape.type.value));

export type ParseResult = { ok: true; request: BackgroundRequest } | { ok: false; error: string };

/** Validate an incoming message. Never throws. */
export function parseRequest(message: unknown): ParseResult {
  const r = backgroundRequestSchema.safeParse(message);
  if (r.success) return { ok: true, request: r.data as BackgroundRequest };
  const type =
    message && typeof message === 'object' && typeof (message as { type?: unknown }).type === 'string'
      ? (message as { type: string }).type
      : null;
  if (type !== null && !KNOWN_TYPES.has(type)) return { ok: false, error: `unknown message type: ${type.slice(0, 80)}` };
  const issue = r.error.issues[0];
  const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
  return {
    ok: false,
    error: type === null ? 'malformed message: no type' : `invalid ${type}: ${issue?.message ?? 'invalid'}${where}`,
  };
}
