import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { i18n } from '#i18n';
import { GROUP_ORDER, groupCommitments, type GroupId } from '@/lib/store/derive';
import { useJanji } from './context';
import { CommitmentItem } from './CommitmentItem';

const GROUP_LABEL: Record<GroupId, () => string> = {
  overdue: () => i18n.t('popup.groups.overdue'),
  dueSoon: () => i18n.t('popup.groups.dueSoon'),
  open: () => i18n.t('popup.groups.open'),
  done: () => i18n.t('popup.groups.done'),
  dropped: () => i18n.t('popup.groups.dropped'),
};

/** The "Janji" tab: commitments grouped overdue / due soon / open / done / dropped. */
export function JanjiTab({ now }: { now: Date }) {
  const { records, loading, loadError } = useJanji(
    useShallow((s) => ({ records: s.records, loading: s.loading, loadError: s.loadError })),
  );
  const groups = useMemo(() => groupCommitments(records, now), [records, now]);

  if (loading) return <p className="muted" role="status">{i18n.t('popup.loading')}</p>;
  if (loadError) return <p className="error" role="alert">{i18n.t('popup.loadError', [loadError])}</p>;

  return (
    <div className="janji">
      <UndoBar />
      <WriteError />
      {records.length === 0 ? (
        <EmptyState />
      ) : (
        GROUP_ORDER.filter((g) => groups[g].length > 0).map((g) => (
          <section key={g} className={`group group--${g}`} data-group={g} aria-labelledby={`group-${g}`}>
            <h2 id={`group-${g}`} className="group__title">
              {GROUP_LABEL[g]()} <span className="group__count">({groups[g].length})</span>
            </h2>
            <ul className="group__list">
              {groups[g].map((c) => (
                <CommitmentItem key={c.id} c={c} group={g} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function EmptyState() {
  return (
    <div className="empty" data-empty>
      <h2>{i18n.t('popup.empty.title')}</h2>
      <p>{i18n.t('popup.empty.body')}</p>
      <p>{i18n.t('popup.empty.reminder')}</p>
      <p className="muted">{i18n.t('popup.empty.privacy')}</p>
    </div>
  );
}

const UNDO_LABEL = {
  done: (s: string) => i18n.t('popup.undo.done', [s]),
  dropped: (s: string) => i18n.t('popup.undo.dropped', [s]),
  open: (s: string) => i18n.t('popup.undo.open', [s]),
};

/** After a status change: what happened, with an undo button that takes the focus. */
function UndoBar() {
  const last = useJanji((s) => s.lastChange);
  const undo = useJanji((s) => s.undo);
  const busy = useJanji((s) => (last ? !!s.busy[last.id] : false));
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (last) button.current?.focus();
  }, [last]);
  return (
    <div className="undo" role="status" aria-live="polite">
      {last ? (
        <>
          <span className="undo__text">{UNDO_LABEL[last.status](truncate(last.label, 80))}</span>
          <button ref={button} type="button" className="btn btn--link" data-action="undo" disabled={busy} onClick={() => void undo()}>
            {i18n.t('popup.undo.button')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function WriteError() {
  const error = useJanji((s) => s.writeError);
  return error ? (
    <p className="error" role="alert">
      {i18n.t('popup.writeError', [error])}
    </p>
  ) : null;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
