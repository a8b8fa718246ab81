/**
 * "Gabungkan ekspor tim": the coordinator picks several JSON exports (one per staff member) and merges
 * them into this browser's log — the same promise is merged, the newest status wins, the history is kept
 * (lib/store/merge.ts). The background validates every file first: a bad file changes nothing.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import { importErrorMessage } from '@/components/popup/import-messages';
import { MAX_IMPORT_BYTES } from '@/lib/export/json';
import type { DataServices } from './data-services';

type Status = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

export function MergeImport({ services }: { services: Pick<DataServices, 'mergeCommitments'> }) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.target.files ?? [])];
    e.target.value = '';
    if (list.length === 0) return;
    const failed = (name: string, why: string) => setStatus({ tone: 'error', text: i18n.t('options.data.mergeFailed', [name, why]) });
    const big = list.find((f) => f.size > MAX_IMPORT_BYTES);
    if (big) return failed(big.name, importErrorMessage({ code: 'tooLarge', bytes: big.size }));
    setStatus({ tone: 'busy', text: i18n.t('popup.data.importing') });
    try {
      const files: { name: string; text: string }[] = [];
      for (const f of list) {
        try {
          files.push({ name: f.name, text: await f.text() });
        } catch (err) {
          return failed(f.name, i18n.t('popup.importError.read', [err instanceof Error ? err.message : String(err)]));
        }
      }
      const r = await services.mergeCommitments(files);
      if (r === 'unavailable') setStatus({ tone: 'error', text: i18n.t('options.data.unavailable') });
      else if (r.ok)
        setStatus({ tone: 'ok', text: i18n.t('options.data.merged', [String(r.merged.added), String(r.merged.updated), String(r.merged.skipped)]) });
      else failed(files[r.file ?? 0]?.name ?? '', r.error);
    } catch (err) {
      failed('', err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="merge" data-merge>
      <label className="btn file-btn" htmlFor={`${id}-files`}>
        {i18n.t('options.data.merge')}
      </label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept="application/json,.json"
        className="visually-hidden"
        aria-describedby={`${id}-help`}
        onChange={(e) => void onFiles(e)}
        data-import="merge"
      />
      <p id={`${id}-help`} className="field-help">
        {i18n.t('options.data.mergeHelp')}
      </p>
      {status?.tone === 'error' ? (
        <p className="field-error" role="alert" data-merge-status="error">
          {status.text}
        </p>
      ) : (
        <p className="status-ok" role="status" data-merge-status={status?.tone ?? ''}>
          {status?.text ?? ''}
        </p>
      )}
    </div>
  );
}
