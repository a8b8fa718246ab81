/**
 * What the options page's Data section calls. The default implementation uses the tracker's
 * lib/export (files made in the page from the database, read-only) and the background (the single
 * writer) for import and delete; tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/popup/download';
import { importErrorMessage } from '@/components/popup/import-messages';
import { CSV_MIME, toCsv } from '@/lib/export/csv';
import { ICS_MIME, toIcs } from '@/lib/export/ics';
import { JSON_MIME } from '@/lib/export';
import { toJsonExport } from '@/lib/export/json';
import { exportFileStem } from '@/lib/export/labels';
import type { PopupWriteResponse } from '@/lib/messages/schema';
import { getDb } from '@/lib/store/db';
import type { MergeSummary } from '@/lib/store/merge';

export type ExportKind = 'csv' | 'json' | 'ics';
export interface DownloadFile {
  name: string;
  mime: string;
  text: string;
}
export type ImportOutcome = { ok: true; imported: number } | { ok: false; error: string } | 'unavailable';
export type MergeOutcome = { ok: true; merged: MergeSummary } | { ok: false; error: string; file?: number } | 'unavailable';

export interface DataServices {
  exportCommitments(kind: ExportKind): Promise<DownloadFile>;
  importCommitments(text: string): Promise<ImportOutcome>;
  /** merge several exports (a team's files) into the log: all or nothing */
  mergeCommitments(files: { name: string; text: string }[]): Promise<MergeOutcome>;
  /** delete every commitment; 'unavailable' when the background does not offer it */
  deleteCommitments(): Promise<true | 'unavailable' | { error: string }>;
  download(file: DownloadFile): void;
}

const isUnknownType = (r: { error?: string } | undefined) => !r || /unknown message type/i.test(r.error ?? '');

export const defaultDataServices: DataServices = {
  async exportCommitments(kind) {
    const records = await getDb().commitments.orderBy('capturedAt').toArray();
    const at = new Date();
    const stem = exportFileStem(at);
    if (kind === 'csv') return { name: `${stem}.csv`, mime: CSV_MIME, text: toCsv(records, { now: at }) };
    if (kind === 'ics') return { name: `${stem}.ics`, mime: ICS_MIME, text: toIcs(records, { now: at }) };
    return { name: `${stem}.json`, mime: JSON_MIME, text: toJsonExport(records, at) };
  },
  async importCommitments(text) {
    const res = (await browser.runtime.sendMessage({ type: 'commitments/import', text })) as PopupWriteResponse | undefined;
    if (res?.ok && res.imported) return { ok: true, imported: res.imported.added + res.imported.updated };
    if (res?.importError) return { ok: false, error: importErrorMessage(res.importError) };
    if (isUnknownType(res)) return 'unavailable';
    return { ok: false, error: res?.error ?? '' };
  },
  async mergeCommitments(files) {
    const res = (await browser.runtime.sendMessage({ type: 'commitments/merge', files })) as PopupWriteResponse | undefined;
    if (res?.ok && res.merged) return { ok: true, merged: res.merged };
    if (res?.importError) return { ok: false, error: importErrorMessage(res.importError), file: res.file };
    if (isUnknownType(res)) return 'unavailable';
    return { ok: false, error: res?.error ?? '', file: res?.file };
  },
  async deleteCommitments() {
    // Not in the background's protocol yet (integrator: add `commitments/delete-all`, see the report).
    const res = (await browser.runtime.sendMessage({ type: 'commitments/delete-all' }).catch(() => undefined)) as PopupWriteResponse | undefined;
    if (res?.ok) return true;
    if (isUnknownType(res)) return 'unavailable';
    return { error: res?.error ?? '' };
  },
  download(file) {
    downloadText(file.name, file.mime, file.text);
  },
};
