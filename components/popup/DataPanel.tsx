/**
 * Export (CSV for Excel, JSON backup, ICS calendar) and JSON import. Files are made here and saved with an
 * object URL; an import is validated and written by the background (all or nothing).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import { CSV_MIME, toCsv } from '@/lib/export/csv';
import { ICS_MIME, toIcs } from '@/lib/export/ics';
import { MAX_IMPORT_BYTES, toJsonExport } from '@/lib/export/json';
import { exportFileStem } from '@/lib/export/labels';
import type { SaringDB } from '@/lib/store/db';
import type { CommitmentRecord } from '@/lib/store/types';
import { useJanji } from './context';
import { downloadText } from './download';
import { importErrorMessage } from './import-messages';

type Kind = 'csv' | 'json' | 'ics';
type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

const JSON_MIME = 'application/json;charset=utf-8';

/** Every commitment, oldest capture first (the order a log is read in). */
async function allRecords(db: SaringDB): Promise<CommitmentRecord[]> {
  return db.commitments.orderBy('capturedAt').toArray();
}

export function DataPanel({ db, now }: { db: SaringDB; now: Date }) {
  const importText = useJanji((s) => s.importText);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const exportAs = async (kind: Kind) => {
    setBusy(true);
    try {
      const records = await allRecords(db);
      const at = new Date();
      const stem = exportFileStem(at);
      const [name, mime, text, count] =
        kind === 'csv'
          ? [`${stem}.csv`, CSV_MIME, toCsv(records, { now }), records.length]
          : kind === 'json'
            ? [`${stem}.json`, JSON_MIME, toJsonExport(records, at), records.length]
            : [`${stem}.ics`, ICS_MIME, toIcs(records, { now: at }), records.filter((r) => r.due).length];
      downloadText(name, mime, text);
      setStatus({ tone: 'ok', text: i18n.t('popup.data.exported', [name, String(count)]) });
    } catch (e) {
      setStatus({ tone: 'error', text: i18n.t('popup.writeError', [e instanceof Error ? e.message : String(e)]) });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const failed = (why: string) => setStatus({ tone: 'error', text: i18n.t('popup.data.importFailed', [why]) });
    if (file.size > MAX_IMPORT_BYTES) {
      failed(importErrorMessage({ code: 'tooLarge', bytes: file.size }));
      return;
    }
    setBusy(true);
    setStatus({ tone: 'busy', text: i18n.t('popup.data.importing') });
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        failed(i18n.t('popup.importError.read', [err instanceof Error ? err.message : String(err)]));
        return;
      }
      const res = await importText(text);
      if (res.ok && res.imported) {
        const { added, updated, unchanged } = res.imported;
        setStatus({ tone: 'ok', text: i18n.t('popup.data.imported', [String(added), String(updated), String(unchanged)]) });
      } else {
        failed(res.importError ? importErrorMessage(res.importError) : (res.error ?? ''));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="data" data-panel="data">
      <summary>{i18n.t('popup.data.title')}</summary>
      <div className="data__body">
        <div className="data__row">
          <button type="button" className="btn" data-export="csv" disabled={busy} onClick={() => void exportAs('csv')}>
            {i18n.t('popup.data.exportCsv')}
          </button>
          <button type="button" className="btn" data-export="json" disabled={busy} onClick={() => void exportAs('json')}>
            {i18n.t('popup.data.exportJson')}
          </button>
          <button type="button" className="btn" data-export="ics" disabled={busy} onClick={() => void exportAs('ics')}>
            {i18n.t('popup.data.exportIcs')}
          </button>
        </div>
        <p className="muted data__note">{i18n.t('popup.data.icsNote')}</p>
        <div className="data__row">
          <label htmlFor={fileId} className="btn data__import">
            {i18n.t('popup.data.import')}
          </label>
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-label={i18n.t('popup.data.importLabel')}
            disabled={busy}
            data-import
            onChange={(e) => void onFile(e)}
          />
        </div>
        <p className="muted data__note">{i18n.t('popup.data.privacy')}</p>
        <p className="data__status" role="status" data-data-status={status && status.tone !== 'error' ? status.tone : ''}>
          {status && status.tone !== 'error' ? status.text : ''}
        </p>
        {status?.tone === 'error' ? (
          <p className="error data__status" role="alert" data-data-status="error">
            {status.text}
          </p>
        ) : null}
      </div>
    </details>
  );
}
