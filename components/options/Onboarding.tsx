/**
 * The page opened once on install: what Saring checks, the privacy promise, the role, and the office's
 * public contacts (saved to the allowlist). Everything saved to the same settings item.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { i18n, setLanguage, useLanguage } from '@/components/common/i18n';
import { useSettings } from '@/components/common/useSettings';
import { ROLES, type Role } from '@/lib/settings';
import { parseListEntries } from '@/lib/settings/forms';
import { CATEGORIES } from './rules';

export interface OnboardingProps {
  /** the keyboard shortcut for "open findings", as the browser reports it */
  shortcut?: string;
  onOpenOptions?: () => void;
}

export function Onboarding(props: OnboardingProps) {
  const lang = useLanguage();
  const { settings, save } = useSettings();
  const ids = useId();
  const [role, setRole] = useState<Role | null>(null);
  const [contacts, setContacts] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const contactsRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  if (!settings) return <p>…</p>;
  const currentRole = role ?? settings.role;

  const finish = async (e?: FormEvent, skip = false) => {
    e?.preventDefault();
    let allowlist = settings.analyzer.allowlist;
    if (!skip) {
      const r = parseListEntries('allowlist', contacts, settings.analyzer.allowlist);
      if (!r.ok) {
        setError(i18n.t('errors.line', [String(r.line), i18n.t(r.error)]));
        contactsRef.current?.focus();
        return;
      }
      allowlist = [...allowlist, ...r.value];
    }
    try {
      await save(skip ? { onboarded: true } : { onboarded: true, role: currentRole, analyzer: { allowlist } });
      setDone(true);
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (err) {
      setError(i18n.t('common.saveFailed', [String(err)]));
    }
  };

  return (
    <div className="onboarding" lang={lang}>
      <header className="onboarding__header">
        <h1>{i18n.t('onboarding.title')}</h1>
        <p className="muted">{i18n.t('onboarding.tagline')}</p>
        <div className="field field--inline">
          <label htmlFor={`${ids}-lang`}>{i18n.t('common.language.label')}</label>
          <select
            id={`${ids}-lang`}
            value={settings.language}
            onChange={(e) => {
              const l = e.target.value === 'en' ? 'en' : 'id';
              void save({ language: l }).then(() => setLanguage(l));
            }}
          >
            <option value="id" lang="id">{i18n.t('common.language.id')}</option>
            <option value="en" lang="en">{i18n.t('common.language.en')}</option>
          </select>
        </div>
      </header>
      <main className="onboarding__main">
        <section className="card" aria-labelledby={`${ids}-checks`}>
          <h2 id={`${ids}-checks`}>{i18n.t('onboarding.checksHeading')}</h2>
          <p>{i18n.t('onboarding.checksIntro')}</p>
          <ul className="checks-list">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <strong>{i18n.t(`categories.${c}`)}</strong>: {i18n.t(`categoryHelp.${c}`)}
              </li>
            ))}
          </ul>
        </section>
        <section className="card card--privacy" aria-labelledby={`${ids}-privacy`}>
          <h2 id={`${ids}-privacy`}>{i18n.t('onboarding.privacyHeading')}</h2>
          <p>
            <strong>{i18n.t('onboarding.privacy')}</strong>
          </p>
          <p className="muted">{i18n.t('onboarding.privacyControl')}</p>
        </section>
        {done ? (
          <section className="card card--done" aria-labelledby={`${ids}-done`}>
            <h2 id={`${ids}-done`} ref={doneRef} tabIndex={-1}>
              {i18n.t('onboarding.doneHeading')}
            </h2>
            <p>{i18n.t('onboarding.done')}</p>
            {props.shortcut ? <p>{i18n.t('onboarding.shortcut', [props.shortcut])}</p> : null}
            {props.onOpenOptions ? (
              <button type="button" className="btn btn--primary" onClick={props.onOpenOptions}>
                {i18n.t('onboarding.openOptions')}
              </button>
            ) : null}
          </section>
        ) : (
          <form className="card onboarding__form" onSubmit={(e) => void finish(e)} noValidate aria-labelledby={`${ids}-role`}>
            <fieldset className="radios">
              <legend id={`${ids}-role`}>
                <h2>{i18n.t('onboarding.roleHeading')}</h2>
              </legend>
              {ROLES.map((r) => (
                <label key={r} className="radio">
                  <input type="radio" name="role" value={r} checked={currentRole === r} onChange={() => setRole(r)} />
                  {i18n.t(`common.role.${r}`)}
                </label>
              ))}
            </fieldset>
            <h2 id={`${ids}-contacts-h`}>{i18n.t('onboarding.contactsHeading')}</h2>
            <p className="field-help" id={`${ids}-contacts-help`}>
              {i18n.t('onboarding.contactsHelp')} {i18n.t('onboarding.contactsExample')}
            </p>
            <label htmlFor={`${ids}-contacts`}>{i18n.t('onboarding.contactsLabel')}</label>
            <textarea
              ref={contactsRef}
              id={`${ids}-contacts`}
              rows={4}
              value={contacts}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${ids}-contacts-help${error ? ` ${ids}-err` : ''}`}
              onChange={(e) => {
                setContacts(e.target.value);
                if (error) setError('');
              }}
            />
            {error ? (
              <p id={`${ids}-err`} className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="button-row">
              <button type="submit" className="btn btn--primary">
                {i18n.t('onboarding.save')}
              </button>
              <button type="button" className="btn" onClick={() => void finish(undefined, true)}>
                {i18n.t('onboarding.skip')}
              </button>
            </div>
          </form>
        )}
      </main>
    </div>
  );
}
