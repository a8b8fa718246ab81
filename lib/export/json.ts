/**
 * JSON export (a versioned envelope holding every field of every record, status history included) and its
 * validated import. Import never throws: a bad file gives a structured ImportError naming what is wrong
 * (the popup words it in the UI language, see components/popup/import-messages.ts), and nothing is written.
 */
import { z } from 'zod';
import { isHttpUrl, platformIdSchema, precisionSchema, statusSchema } from '../messages/schema';
import { isYmd } from '../store/dates';
import { importedKey } from '../store/keys';
import type { CommitmentRecord } from '../store/types';

export const EXPORT_FORMAT = 'saring-commitments';
export const EXPORT_VERSION = 1;
/**
 * Largest import accepted, in bytes (UTF-8) / characters. A JSON export of 10,000 commitments is about
 * 10 MB, so the bound leaves room for a large log while refusing absurd files.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 100_000;

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  commitments: CommitmentRecord[];
}

export function toJsonExport(records: readonly CommitmentRecord[], exportedAt: Date = new Date()): string {
  const body: JsonExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    commitments: [...records],
  };
  return JSON.stringify(body, null, 2) + '\n';
}

// Reasons carried as zod messages so that the import error can name them.
const R = { date: 'date', url: 'url', datetime: 'datetime', blank: 'blank', history: 'history', range: 'range' } as const;

/** Dates in an import must fall in this range (inclusive): anything else is a typo or a crafted file. */
export const IMPORT_DATE_MIN = '2000-01-01';
export const IMPORT_DATE_MAX = '2100-12-31';
const inRange = (ymd: string) => ymd >= IMPORT_DATE_MIN && ymd <= IMPORT_DATE_MAX;

const ymd = z.string().refine(isYmd, R.date).refine(inRange, R.range);
const httpUrl = z.string().max(4096).refine(isHttpUrl, R.url);
const isoTime = z
  .string()
  .max(64)
  .refine((s) => z.iso.datetime({ offset: true }).safeParse(s).success, R.datetime)
  .refine((s) => {
    const t = Date.parse(s);
    return Number.isNaN(t) || inRange(new Date(t).toISOString().slice(0, 10)); // NaN: reported as datetime
  }, R.range);
const nonBlank = (max: number) => z.string().max(max).refine((s) => s.trim().length > 0, R.blank);

// strict: a field Saring does not know is refused, not carried along into the database
export const importedRecordSchema = z
  .strictObject({
    // letters, digits and "-" only: an ID goes into CSV cells and ICS UIDs (no formulas, no line breaks)
    id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    text: nonBlank(2000),
    action: z.string().max(500),
    deadlinePhrase: z.string().max(300),
    due: ymd.nullable(),
    precision: precisionSchema,
    vague: z.boolean(),
    platform: platformIdSchema,
    url: httpUrl,
    excerpt: z.string().max(2000),
    capturedAt: isoTime,
    status: statusSchema,
    statusHistory: z.array(z.strictObject({ status: statusSchema, at: isoTime })).min(1).max(1000),
    notes: z.string().max(5000),
    evidenceUrl: httpUrl.nullable(),
    updatedAt: isoTime,
    /** optional (hand-made files); recomputed on import, only its deadline part is kept (importedKey) */
    dedupeKey: z.string().min(1).max(10_000).optional(),
  })
  .refine((r) => {
    const last = Array.isArray(r.statusHistory) ? r.statusHistory[r.statusHistory.length - 1] : undefined;
    return !last || last.status === r.status;
  }, { message: R.history, path: ['statusHistory'] });

const envelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  commitments: z.array(z.unknown()).max(MAX_IMPORT_RECORDS),
});

export type ImportReason =
  | 'missing'
  | 'type'
  | 'enum'
  | 'tooLong'
  | 'empty'
  | 'date'
  | 'url'
  | 'datetime'
  | 'blank'
  | 'history'
  /** a date outside 2000-01-01 … 2100-12-31 */
  | 'range'
  /** a field Saring does not know (`field` names it) */
  | 'unknown'
  | 'other';

export type ImportError =
  | { code: 'empty' }
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson'; detail: string }
  | { code: 'notSaring' }
  | { code: 'version'; version: string }
  /** the envelope: `field` is e.g. "commitments" or "exportedAt" */
  | { code: 'envelope'; field: string; reason: ImportReason }
  /** one record: `index` is 0-based; `label` is its action/text, when readable */
  | { code: 'record'; index: number; label: string; field: string; reason: ImportReason }
  | { code: 'duplicateId' | 'duplicateKey'; index: number; other: number };

export type ImportParse = { ok: true; commitments: CommitmentRecord[]; exportedAt: string } | { ok: false; error: ImportError };

/** A developer-facing English line for logs and the background's `error` field. */
export function describeImportError(e: ImportError): string {
  switch (e.code) {
    case 'record':
      return `commitment #${e.index + 1}, field ${e.field}: ${e.reason}`;
    case 'envelope':
      return `field ${e.field}: ${e.reason}`;
    case 'duplicateId':
    case 'duplicateKey':
      return `commitment #${e.index + 1} duplicates #${e.other + 1} (${e.code})`;
    case 'tooLarge':
      return `file too large: ${e.bytes} bytes`;
    case 'version':
      return `unsupported version ${e.version}`;
    case 'notJson':
      return `not JSON: ${e.detail}`;
    default:
      return e.code;
  }
}

/** Parse and validate an export file's text. Nothing is written here. */
export function parseJsonImport(text: string): ImportParse {
  const fail = (error: ImportError): ImportParse => ({ ok: false, error });
  // A UTF-16 string of n code units is at least n bytes in UTF-8.
  if (text.length > MAX_IMPORT_BYTES) return fail({ code: 'tooLarge', bytes: text.length });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return fail({ code: 'notJson', detail: e instanceof Error ? e.message.slice(0, 200) : 'invalid' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail({ code: 'notSaring' });
  }
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) return fail({ code: 'version', version: String(JSON.stringify(version) ?? 'undefined').slice(0, 40) });

  const env = envelopeSchema.safeParse(data);
  if (!env.success) {
    const issue = env.error.issues[0];
    return fail({ code: 'envelope', field: fieldOf(issue) || '(root)', reason: reasonOf(issue, data) });
  }

  const out: CommitmentRecord[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  for (let i = 0; i < env.data.commitments.length; i++) {
    const raw = env.data.commitments[i];
    const r = importedRecordSchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      return fail({ code: 'record', index: i, label: labelOf(raw), field: fieldOf(issue) || '(record)', reason: reasonOf(issue, raw) });
    }
    // the key is recomputed, never trusted from the file (see importedKey)
    const rec: CommitmentRecord = { ...r.data, dedupeKey: importedKey(r.data, r.data.dedupeKey) };
    const sameId = ids.get(rec.id);
    if (sameId !== undefined) return fail({ code: 'duplicateId', index: i, other: sameId });
    const sameKey = keys.get(rec.dedupeKey);
    if (sameKey !== undefined) return fail({ code: 'duplicateKey', index: i, other: sameKey });
    ids.set(rec.id, i);
    keys.set(rec.dedupeKey, i);
    out.push(rec);
  }
  return { ok: true, commitments: out, exportedAt: env.data.exportedAt };
}

function labelOf(raw: unknown): string {
  if (!raw || typeof raw !== 'object') return '';
  const r = raw as { action?: unknown; text?: unknown };
  const s = typeof r.action === 'string' && r.action.trim() ? r.action : typeof r.text === 'string' ? r.text : '';
  const clean = s.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? clean.slice(0, 59) + '…' : clean;
}

/** The field an issue is about; for an unknown field, the unknown field itself. */
function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys.length) path.push(String(issue.keys[0]).slice(0, 60));
  return path.join('.');
}

function reasonOf(issue: z.core.$ZodIssue, root: unknown): ImportReason {
  if (issue.code === 'unrecognized_keys') return 'unknown';
  let v: unknown = root;
  for (const k of issue.path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined;
  if (v === undefined) return 'missing';
  if (Object.values(R).includes(issue.message as (typeof R)[keyof typeof R])) return issue.message as ImportReason;
  switch (issue.code) {
    case 'invalid_type':
      return 'type';
    case 'invalid_value':
      return 'enum';
    case 'too_big':
      return 'tooLong';
    case 'too_small':
      return 'empty';
    default:
      return 'other';
  }
}
