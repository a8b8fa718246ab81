import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { i18n } from '@/components/common/i18n';
import { uiLang } from '@/components/common/lang';
import { formatDateTime, formatDue, isYmd } from '@/lib/store/dates';
import type { GroupId } from '@/lib/store/derive';
import type { CommitmentPatch, CommitmentView } from '@/lib/store/types';
import { useJanji } from './context';
import { platformName } from './platform-names';

const isHttp = (u: string) => /^https?:\/\//i.test(u.trim());

/** The status buttons of an open promise, and of one already done or dropped. */
const ACTIONS_OPEN = [
  { action: 'done', to: 'done', label: 'popup.item.markDone', primary: true },
  { action: 'drop', to: 'dropped', label: 'popup.item.drop', primary: false },
] as const;
const ACTIONS_CLOSED = [{ action: 'reopen', to: 'open', label: 'popup.item.reopen', primary: false }] as const;

function statusLabel(c: CommitmentView): string {
  if (c.status === 'done') return i18n.t('popup.status.done');
  if (c.status === 'dropped') return i18n.t('popup.status.dropped');
  if (c.overdue) return i18n.t('popup.status.overdue');
  if (c.dueSoon) return i18n.t('popup.status.dueSoon');
  return i18n.t('popup.status.open');
}

export function CommitmentItem({ c, group }: { c: CommitmentView; group: GroupId }) {
  const lang = uiLang();
  const titleId = useId();
  const busy = useJanji((s) => !!s.busy[c.id]);
  const setStatus = useJanji((s) => s.setStatus);
  const title = c.action || c.text;
  const approx = c.due && c.precision !== 'day' && c.precision !== 'none';

  return (
    <li
      className={`commitment commitment--${group}`}
      data-commitment-id={c.id}
      data-status={c.status}
      data-group={group}
      aria-labelledby={titleId}
    >
      <p className="commitment__title" id={titleId}>
        {title}
      </p>
      {c.excerpt && c.excerpt !== title ? <blockquote className="commitment__excerpt">{c.excerpt}</blockquote> : null}
      <p className="commitment__meta">
        <span className="commitment__due" data-due={c.due ?? ''}>
          {c.due ? i18n.t('popup.item.due', [formatDue(c.due, lang)]) : i18n.t('popup.item.noDue')}
          {approx ? ` (${i18n.t('popup.item.estimated')})` : ''}
          {c.deadlinePhrase ? <span className="commitment__phrase"> · “{c.deadlinePhrase}”</span> : null}
        </span>
        <span className="commitment__platform" data-platform={c.platform}>
          {i18n.t('popup.item.platform', [platformName(c.platform)])}
        </span>
        <span className={`commitment__status commitment__status--${group}`} data-status-label={c.status}>
          {statusLabel(c)}
        </span>
      </p>
      {c.vague && c.status === 'open' ? <p className="commitment__vague">{i18n.t('popup.item.vague')}</p> : null}
      <p className="commitment__captured">
        {i18n.t('popup.item.captured', [formatDateTime(c.capturedAt, lang)])}
        {isHttp(c.url) ? (
          <>
            {' · '}
            <a href={c.url} target="_blank" rel="noreferrer noopener">
              {i18n.t('popup.item.openPost')}
            </a>
          </>
        ) : null}
        {c.evidenceUrl && isHttp(c.evidenceUrl) ? (
          <>
            {' · '}
            <a href={c.evidenceUrl} target="_blank" rel="noreferrer noopener" data-evidence>
              {i18n.t('popup.item.evidenceLink')}
            </a>
          </>
        ) : null}
      </p>
      <div className="commitment__actions">
        {(c.status === 'open' ? ACTIONS_OPEN : ACTIONS_CLOSED).map((a) => (
          <button
            key={a.action}
            type="button"
            className={a.primary ? 'btn btn--primary' : 'btn'}
            data-action={a.action}
            aria-describedby={titleId}
            disabled={busy}
            onClick={() => void setStatus(c.id, a.to)}
          >
            {i18n.t(a.label)}
          </button>
        ))}
      </div>
      <Details c={c} />
    </li>
  );
}

/** The edit form is mounted only when opened: 250 listed items stay light. */
function Details({ c }: { c: CommitmentView }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="commitment__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n.t('popup.item.details')}</summary>
      {open ? <NotesForm c={c} /> : null}
    </details>
  );
}

/** A labelled input with its own error line, announced when it appears. */
function CheckedInput({
  label,
  invalid,
  error,
  onValue,
  ...input
}: {
  label: string;
  invalid: boolean;
  error: string;
  onValue: (v: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'id'>) {
  const id = useId();
  const errorId = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input {...input} id={id} aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined} onChange={(e) => onValue(e.target.value)} />
      {invalid ? (
        <p className="notes-form__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function NotesForm({ c }: { c: CommitmentView }) {
  const update = useJanji((s) => s.update);
  const busy = useJanji((s) => !!s.busy[c.id]);
  const [due, setDue] = useState(c.due ?? '');
  const [notes, setNotes] = useState(c.notes);
  const [evidence, setEvidence] = useState(c.evidenceUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  const [dueInvalid, setDueInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const notesId = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const url = evidence.trim();
    const badUrl = !!url && !isHttp(url);
    const badDue = !!due && !isYmd(due);
    setInvalid(badUrl);
    setDueInvalid(badDue);
    if (badUrl || badDue) return;
    const patch: CommitmentPatch = { notes, evidenceUrl: url || null };
    if ((due || null) !== c.due) {
      // A date set by the official is a concrete, day-precise deadline.
      Object.assign(patch, due ? { due, precision: 'day', vague: false } : { due: null, precision: 'none' });
    }
    const ok = await update(c.id, patch);
    setSaved(ok);
  };

  const touched = () => setSaved(false);

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="notes-form" noValidate>
      <CheckedInput
        label={i18n.t('popup.item.dueEdit')}
        type="date"
        value={due}
        data-field="due"
        invalid={dueInvalid}
        error={i18n.t('popup.importError.reason.date')}
        onValue={(v) => {
          setDue(v);
          touched();
        }}
      />
      <label htmlFor={notesId}>{i18n.t('popup.item.notes')}</label>
      <textarea
        id={notesId}
        value={notes}
        rows={2}
        maxLength={5000}
        onChange={(e) => {
          setNotes(e.target.value);
          touched();
        }}
      />
      <CheckedInput
        label={i18n.t('popup.item.evidence')}
        type="url"
        inputMode="url"
        value={evidence}
        invalid={invalid}
        error={i18n.t('popup.item.evidenceInvalid')}
        onValue={(v) => {
          setEvidence(v);
          touched();
        }}
      />
      <div className="notes-form__row">
        <button type="submit" className="btn" disabled={busy}>
          {i18n.t('popup.item.save')}
        </button>
        <span role="status" className="notes-form__saved">
          {saved ? i18n.t('popup.item.saved') : ''}
        </span>
      </div>
    </form>
  );
}
