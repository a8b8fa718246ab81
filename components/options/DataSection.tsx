import { useId, useRef, useState, type ChangeEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Role, type Settings } from '@/lib/settings';
import { MAX_IMPORT_BYTES } from '@/lib/export/json';
import { importErrorMessage } from '@/components/popup/import-messages';
import {
  describeSettingsChanges,
  exportSettingsFile,
  parseSettingsFile,
  SETTINGS_FILE_MAX_BYTES,
  type SettingsChange,
} from '@/lib/settings/transfer';
import type { DataServices, ExportKind } from './data-services';
import { MergeImport } from './MergeImport';

type Status = { tone: 'ok' | 'error'; text: string } | null;

const CATEGORY_IDS = ['pii', 'claim', 'tone', 'neutrality', 'commitment'] as const;

/** One preview line in the UI language: category and role ids named, values as written. */
export function changeText(c: SettingsChange): string {
  const subs = [...c.subs];
  if (c.key === 'categoryOff' || c.key === 'categoryOn') {
    const cat = CATEGORY_IDS.find((x) => x === subs[0]);
    if (cat) subs[0] = i18n.t(`categories.${cat}`);
  }
  if (c.key === 'role') subs[0] = i18n.t(`common.role.${subs[0] as Role}`);
  if (c.key === 'language') subs[0] = i18n.t(subs[0] === 'en' ? 'common.language.en' : 'common.language.id');
  if (c.key === 'sensitivity') {
    const name = (v: string) => i18n.t(v === 'low' ? 'options.checks.sensitivityLow' : v === 'high' ? 'options.checks.sensitivityHigh' : 'options.checks.sensitivityNormal');
    subs[0] = name(subs[0]);
    subs[1] = name(subs[1]);
  }
  // keys with and without substitutions have different typed overloads; every preview key is in both locales
  const t = i18n.t as unknown as (key: string, subs?: string[]) => string;
  return t(`options.data.preview.${c.key}`, subs);
}

const mb = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

export function DataSection(props: { settings: Settings; services: DataServices; onReplaceSettings: (s: Settings) => Promise<void> }) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  /** a parsed settings file waiting for the user's "Terapkan" */
  const [pending, setPending] = useState<{ settings: Settings; changes: SettingsChange[] } | null>(null);
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
    setPending(null);
    // the size first: a huge file is never read into memory
    if (file.size > SETTINGS_FILE_MAX_BYTES) {
      setStatus({ tone: 'error', text: i18n.t('errors.fileTooLarge', [mb(SETTINGS_FILE_MAX_BYTES)]) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: 'error', text: i18n.t('errors.file') });
      return;
    }
    const r = parseSettingsFile(text);
    if (!r.ok) {
      const msg = r.error === 'errors.fileTooLarge' ? i18n.t(r.error, [mb(SETTINGS_FILE_MAX_BYTES)]) : i18n.t(r.error);
      setStatus({ tone: 'error', text: [msg, ...r.details].join(' ') });
      return;
    }
    // nothing is applied before the user has seen what the file changes
    setStatus(null);
    setPending({ settings: r.settings, changes: describeSettingsChanges(props.settings, r.settings) });
  };

  const applyPending = async () => {
    if (!pending) return;
    const next = pending.settings;
    setPending(null);
    try {
      await props.onReplaceSettings(next);
      setStatus({ tone: 'ok', text: i18n.t('options.data.imported') });
    } catch (err) {
      fail(err);
    }
  };
  const cancelPending = () => {
    setPending(null);
    setStatus({ tone: 'ok', text: i18n.t('options.data.preview.cancelled') });
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
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ tone: 'error', text: importErrorMessage({ code: 'tooLarge', bytes: file.size }) });
      return;
    }
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
      {pending ? (
        // biome-ignore lint/a11y/useSemanticElements: a preview with its two buttons, not a form part; a fieldset would bring its own border and padding
        <div className="confirm" role="group" aria-labelledby={`${id}-preview`} data-preview="settings">
          <p id={`${id}-preview`}>{i18n.t(pending.changes.length ? 'options.data.preview.title' : 'options.data.preview.none')}</p>
          {pending.changes.some((c) => c.risky) ? <p className="confirm__warning">{i18n.t('options.data.preview.risky')}</p> : null}
          {pending.changes.length ? (
            <ul>
              {pending.changes.map((c, i) => (
                <li key={i} className={c.risky ? 'confirm__warning' : undefined} data-change={c.key}>
                  {changeText(c)}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="button-row">
            <button type="button" className="btn btn--primary" onClick={() => void applyPending()} data-preview-apply>
              {i18n.t('options.data.preview.apply')}
            </button>
            <button type="button" className="btn" onClick={cancelPending}>
              {i18n.t('options.data.preview.cancel')}
            </button>
          </div>
        </div>
      ) : null}
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
