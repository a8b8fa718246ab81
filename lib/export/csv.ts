/**
 * CSV export for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Indonesian text and "…"
 * correctly), CRLF line ends, RFC 4180 quoting, Indonesian column headers, one row per commitment.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * apostrophe: the text comes from social-media posts. The JSON export is the lossless one.
 */
import { deriveView } from '../store/derive';
import type { CommitmentRecord } from '../store/types';
import { PRECISION_ID, STATUS_ID, localDateTime, platformLabel } from './labels';

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

type Cell = { v: string; text?: boolean };
interface Column {
  header: string;
  cell: (r: CommitmentRecord, now: Date) => Cell;
}
const t = (v: string): Cell => ({ v, text: true });
const plain = (v: string): Cell => ({ v });

export const CSV_COLUMNS: readonly Column[] = [
  { header: 'ID', cell: (r) => plain(r.id) },
  { header: 'Tindakan', cell: (r) => t(r.action) },
  { header: 'Kalimat janji', cell: (r) => t(r.text) },
  { header: 'Frasa tenggat', cell: (r) => t(r.deadlinePhrase) },
  { header: 'Tenggat', cell: (r) => plain(r.due ?? '') },
  { header: 'Ketepatan tenggat', cell: (r) => plain(PRECISION_ID[r.precision] ?? r.precision) },
  { header: 'Samar', cell: (r) => plain(r.vague ? 'ya' : 'tidak') },
  { header: 'Status', cell: (r) => plain(STATUS_ID[r.status]) },
  { header: 'Terlambat', cell: (r, now) => plain(deriveView(r, now).overdue ? 'ya' : 'tidak') },
  { header: 'Platform', cell: (r) => plain(platformLabel(r.platform)) },
  { header: 'Tautan unggahan', cell: (r) => t(r.url) },
  { header: 'Kutipan', cell: (r) => t(r.excerpt) },
  { header: 'Dicatat', cell: (r) => plain(localDateTime(r.capturedAt)) },
  { header: 'Diperbarui', cell: (r) => plain(localDateTime(r.updatedAt)) },
  { header: 'Catatan', cell: (r) => t(r.notes) },
  { header: 'Tautan bukti', cell: (r) => t(r.evidenceUrl ?? '') },
  {
    header: 'Riwayat status',
    cell: (r) => plain(r.statusHistory.map((h) => `${STATUS_ID[h.status]} ${localDateTime(h.at)}`).join('; ')),
  },
];

export interface CsvOptions {
  /** for the derived "Terlambat" column (default: now) */
  now?: Date;
  /** ',' (RFC 4180, default) or ';' for spreadsheets set to a comma-decimal locale */
  delimiter?: ',' | ';';
}

/** RFC 4180: quote when the field holds the delimiter, a quote, CR or LF (or edge spaces); double quotes. */
export function csvField(value: string, delimiter: string = ','): string {
  if (value === '') return '';
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Neutralise spreadsheet formulas in free text. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(records: readonly CommitmentRecord[], opts: CsvOptions = {}): string {
  const now = opts.now ?? new Date();
  const d = opts.delimiter ?? ',';
  const lines = [CSV_COLUMNS.map((c) => csvField(c.header, d)).join(d)];
  for (const r of records) {
    lines.push(
      CSV_COLUMNS.map((c) => {
        const cell = c.cell(r, now);
        return csvField(cell.text ? defuse(cell.v) : cell.v, d);
      }).join(d),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
