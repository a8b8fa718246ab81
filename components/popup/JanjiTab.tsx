import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { i18n } from '@/components/common/i18n';
import type { SaringDB } from '@/lib/store/db';
import { GROUP_ORDER, type GroupId } from '@/lib/store/derive';
import { useJanji } from './context';
import { mark } from './store';
import { CommitmentItem } from './CommitmentItem';
import { DataPanel } from './DataPanel';
import './janji.css';

const GROUP_LABEL: Record<GroupId, () => string> = {
  overdue: () => i18n.t('popup.groups.overdue'),
  dueSoon: () => i18n.t('popup.groups.dueSoon'),
  open: () => i18n.t('popup.groups.open'),
  done: () => i18n.t('popup.groups.done'),
  dropped: () => i18n.t('popup.groups.dropped'),
};

/**
 * The "Janji" tab: commitments grouped overdue / due soon / open / done / dropped, each group showing its
 * first page (50) with "Tampilkan lebih banyak"; a search box; export and import.
 */
export function JanjiTab({ now, db }: { now: Date; db: SaringDB }) {
  const { groups, all, search, loading, loadError } = useJanji(
    useShallow((s) => ({ groups: s.groups, all: s.all, search: s.search, loading: s.loading, loadError: s.loadError })),
  );

  const full = useFullAfterPaint(!loading);

  if (loading) return <p className="muted" role="status">{i18n.t('popup.loading')}</p>;
  if (loadError) return <p className="error" role="alert">{i18n.t('popup.loadError', [loadError])}</p>;

  const shown = GROUP_ORDER.filter((g) => groups[g].total > 0);
  return (
    <div className="janji">
      {all > 0 ? <SearchBox /> : null}
      <UndoBar />
      <WriteError />
      {all === 0 ? (
        <EmptyState />
      ) : shown.length === 0 ? (
        <p className="muted" role="status" data-no-results>
          {i18n.t('popup.search.none', [search])}
        </p>
      ) : (
        shown.map((g) => <Group key={g} group={g} full={full} />)
      )}
      <DataPanel db={db} now={now} />
    </div>
  );
}

/** Items per group in the very first frame; the rest of the page (up to 50) follows right after it. */
export const FIRST_PAINT_ITEMS = 10;

/**
 * False for the first frame that shows data, true right after it has been painted: the popup paints the
 * top of each group at once and fills in the rest of the page a frame later.
 */
function useFullAfterPaint(ready: boolean): boolean {
  const [full, setFull] = useState(false);
  useEffect(() => {
    if (!ready || full) return;
    mark('saring:janji:first-items');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(() => setFull(true), 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [ready, full]);
  useEffect(() => {
    if (full) mark('saring:janji:all-items');
  }, [full]);
  return full;
}

function Group({ group: g, full }: { group: GroupId; full: boolean }) {
  const page = useJanji((s) => s.groups[g]);
  const showMore = useJanji((s) => s.showMore);
  const left = page.total - page.items.length;
  const items = full ? page.items : page.items.slice(0, FIRST_PAINT_ITEMS);
  return (
    <section className={`group group--${g}`} data-group={g} data-total={page.total} aria-labelledby={`group-${g}`}>
      <h2 id={`group-${g}`} className="group__title">
        {GROUP_LABEL[g]()} <span className="group__count">({page.total})</span>
      </h2>
      <ul className="group__list">
        {items.map((c) => (
          <CommitmentItem key={c.id} c={c} group={g} />
        ))}
      </ul>
      {left > 0 ? (
        <p className="group__more">
          <span className="muted">{i18n.t('popup.showing', [String(page.items.length), String(page.total)])}</span>{' '}
          <button type="button" className="btn" data-action="more" onClick={() => showMore(g)}>
            {i18n.t('popup.more', [String(left)])}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** Search across all commitments (action, sentence, excerpt, notes, links), applied after a short pause. */
function SearchBox() {
  const current = useJanji((s) => s.search);
  const setSearch = useJanji((s) => s.setSearch);
  const [value, setValue] = useState(current);
  const id = useId();
  useEffect(() => {
    const t = setTimeout(() => setSearch(value.trim()), 150);
    return () => clearTimeout(t);
  }, [value, setSearch]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for Firefox ESR 115, which Saring still supports
    <div className="search" role="search">
      <label htmlFor={id} className="search__label">
        {i18n.t('popup.search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        value={value}
        placeholder={i18n.t('popup.search.placeholder')}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            setValue('');
          }
        }}
      />
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
