import { useId, useRef, useState, type ChangeEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/settings';
import { exportSettingsFile, parseSettingsFile } from '@/lib/settings/transfer';
import type { DataServices, ExportKind } from './data-services';
import { MergeImport } from './MergeImport';

type Status = { tone: 'ok' | 'error'; text: string } | null;

export function DataSection(props: { settings: Settings; services: DataServices; onReplaceSettings: (s: Settings) => Promise<void> }) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const word = i18n.t('options.data.deleteConfirmWord');

  const fail = (e: unknown) => setStatus({ tone: 'error', text: i18n.t('common.saveFailed', [e instanceof Error ? e.message : String(e)]) });

  const exportSettings = () => {
    const stamp = new Date().toISOString().slice(0, 10);
    props.services.download({ name: `saring-pengaturan-${stamp}.json`, mime: 'application/json;charset=utf-8', text: exportSettingsFile(props.settings) });
  };

  const importSettings = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const r = parseSettingsFile(await file.text());
    if (!r.ok) {
      setStatus({ tone: 'error', text: [i18n.t(r.error), ...r.details].join(' ') });
      return;
    }
    try {
      await props.onReplaceSettings(r.settings);
      setStatus({ tone: 'ok', text: i18n.t('options.data.imported') });
    } catch (err) {
      fail(err);
    }
  };

  const exportCommitments = async (kind: ExportKind) => {
    try {
      props.services.download(await props.services.exportCommitments(kind));
    } catch (err) {
      fail(err);
    }
  };

  const importCommitments = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const r = await props.services.importCommitments(await file.text());
      if (r === 'unavailable') setStatus({ tone: 'error', text: i18n.t('options.data.unavailable') });
      else if (r.ok) setStatus({ tone: 'ok', text: i18n.t('options.data.importedCommitments', r.imported) });
      else setStatus({ tone: 'error', text: r.error });
    } catch (err) {
      fail(err);
    }
  };

  const openConfirm = () => {
    setConfirming(true);
    setTyped('');
    setStatus(null);
    setTimeout(() => confirmInput.current?.focus(), 0);
  };
  const closeConfirm = () => {
    setConfirming(false);
    setTimeout(() => deleteButton.current?.focus(), 0);
  };
  const deleteAll = async () => {
    if (typed.trim().toUpperCase() !== word.toUpperCase()) return;
    setBusy(true);
    try {
      const r = await props.services.deleteCommitments();
      await settingsItem.removeValue();
      await props.onReplaceSettings({ ...(structuredClone(DEFAULT_SETTINGS) as Settings), onboarded: true });
      setStatus(r === true ? { tone: 'ok', text: i18n.t('options.data.deleted') } : { tone: 'error', text: i18n.t('options.data.deletedSettingsOnly') });
      closeConfirm();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data">
      <div className="button-row">
        <button type="button" className="btn" onClick={exportSettings}>
          {i18n.t('options.data.exportSettings')}
        </button>
        <label className="btn file-btn">
          {i18n.t('options.data.importSettings')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={importSettings} data-import="settings" />
        </label>
      </div>
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void exportCommitments('csv')} data-export="csv">
          {i18n.t('options.data.exportCsv')}
        </button>
        <button type="button" className="btn" onClick={() => void exportCommitments('json')} data-export="json">
          {i18n.t('options.data.exportJson')}
        </button>
        <button type="button" className="btn" onClick={() => void exportCommitments('ics')} data-export="ics">
          {i18n.t('options.data.exportIcs')}
        </button>
        <label className="btn file-btn">
          {i18n.t('options.data.importCommitments')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={importCommitments} data-import="commitments" />
        </label>
      </div>
      <p className={status?.tone === 'error' ? 'field-error' : 'status-ok'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
      <MergeImport services={props.services} />
      <div className="danger-zone">
        <button
          ref={deleteButton}
          type="button"
          className="btn btn--danger"
          aria-expanded={confirming}
          aria-controls={`${id}-confirm`}
          onClick={confirming ? closeConfirm : openConfirm}
        >
          {i18n.t('options.data.deleteAll')}
        </button>
        {confirming ? (
          // biome-ignore lint/a11y/useSemanticElements: a confirmation row, not a form part; a fieldset would bring its own border and padding
          <div
            id={`${id}-confirm`}
            role="group"
            aria-labelledby={`${id}-warn`}
            className="confirm"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                closeConfirm();
              }
            }}
          >
            <p id={`${id}-warn`} className="confirm__warning">
              {i18n.t('options.data.deleteWarning')}
            </p>
            <label htmlFor={`${id}-word`}>{i18n.t('options.data.deleteConfirmLabel')}</label>
            <input ref={confirmInput} id={`${id}-word`} type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
            <div className="button-row">
              <button
                type="button"
                className="btn btn--danger"
                disabled={busy || typed.trim().toUpperCase() !== word.toUpperCase()}
                onClick={() => void deleteAll()}
              >
                {i18n.t('options.data.deleteConfirm')}
              </button>
              <button type="button" className="btn" onClick={closeConfirm}>
                {i18n.t('common.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
