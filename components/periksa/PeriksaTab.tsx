/**
 * "Periksa": paste any text (a WhatsApp message, a press release) and see its findings, with the text
 * shown again below with <mark>s (this is our own page, so plain DOM highlights are fine) and a card per
 * finding. The same analyzer and settings as the in-page checks. Nothing leaves the popup.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { i18n, useLanguage } from '@/components/common/i18n';
import { useSettings } from '@/components/common/useSettings';
import { analyze } from '@/lib/analyze';
import type { Finding } from '@/lib/analyze/types';
import { FindingCard } from './FindingCard';
import { segments } from './marks';
import { SiteSwitch, type CurrentTab, type SiteServices } from './SiteSwitch';
import './periksa.css';

/** Very long pastes are cut so the popup stays responsive. */
export const MAX_CHECK_CHARS = 20_000;

export interface PeriksaState {
  text: string;
  /** the text came from the context menu */
  fromSelection: boolean;
  setText(text: string): void;
}

/** The draft outlives switching tabs in the popup. */
export function createPeriksaStore(initialText = ''): StoreApi<PeriksaState> {
  return createStore<PeriksaState>((set) => ({
    text: initialText,
    fromSelection: initialText.length > 0,
    setText: (text) => set({ text, fromSelection: false }),
  }));
}

export interface PeriksaTabProps {
  store: StoreApi<PeriksaState>;
  /** the active tab of the window the popup belongs to; null when unknown */
  tab?: CurrentTab | null;
  siteServices?: SiteServices;
  /** the clock for commitment deadlines; fixed in tests */
  now?: Date;
}

export function PeriksaTab(props: PeriksaTabProps) {
  const lang = useLanguage();
  const { settings } = useSettings();
  const text = useStore(props.store, (s) => s.text);
  const fromSelection = useStore(props.store, (s) => s.fromSelection);
  const setText = useStore(props.store, (s) => s.setText);
  const deferred = useDeferredValue(text);
  const [applied, setApplied] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  const checked = deferred.slice(0, MAX_CHECK_CHARS);
  const findings = useMemo<Finding[]>(
    () => (checked.trim() ? analyze(checked, { lang, now: props.now, settings: settings?.analyzer }) : []),
    [checked, lang, props.now, settings],
  );
  const counts = useMemo(() => {
    const c = { danger: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);

  const apply = (f: Finding) => {
    if (f.suggestion === undefined) return;
    setText(checked.slice(0, f.start) + f.suggestion + checked.slice(f.end) + text.slice(checked.length));
    setApplied(i18n.t('periksa.applied'));
    inputRef.current?.focus();
  };

  const summary = !checked.trim()
    ? ''
    : findings.length === 0
      ? i18n.t('periksa.noFindings')
      : `${i18n.t('periksa.summary', findings.length)}: ${i18n.t('periksa.counts', [counts.danger, counts.warning, counts.info])}`;

  return (
    <div className="periksa">
      <SiteSwitch tab={props.tab ?? null} services={props.siteServices} />
      <section aria-labelledby={`${ids}-h`} className="periksa__check">
        <h2 id={`${ids}-h`} className="periksa__heading">
          {i18n.t('periksa.heading')}
        </h2>
        <p className="muted periksa__intro" id={`${ids}-intro`}>
          {i18n.t('periksa.intro')}
        </p>
        {settings && !settings.enabled ? <p className="periksa__note">{i18n.t('periksa.disabledHere')}</p> : null}
        <label htmlFor={`${ids}-text`} className="periksa__label">
          {i18n.t('periksa.textLabel')}
        </label>
        {fromSelection ? <p className="muted periksa__from">{i18n.t('periksa.fromSelection')}</p> : null}
        <textarea
          ref={inputRef}
          id={`${ids}-text`}
          className="periksa__input"
          rows={6}
          value={text}
          placeholder={i18n.t('periksa.placeholder')}
          aria-describedby={`${ids}-intro`}
          spellCheck={false}
          onChange={(e) => {
            setApplied('');
            setText(e.target.value);
          }}
        />
        <div className="periksa__row">
          <p className="periksa__summary" role="status" aria-live="polite" data-findings={checked.trim() ? findings.length : undefined}>
            {summary}
          </p>
          <button
            type="button"
            className="btn"
            disabled={!text}
            onClick={() => {
              setText('');
              setApplied('');
              inputRef.current?.focus();
            }}
          >
            {i18n.t('periksa.clear')}
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {applied}
        </p>
        {findings.length > 0 ? (
          <>
            <h3 className="periksa__subheading" id={`${ids}-preview`}>
              {i18n.t('periksa.previewLabel')}
            </h3>
            <section className="periksa__preview" aria-labelledby={`${ids}-preview`}>
              {segments(checked, findings).map((s) =>
                s.severity ? (
                  <mark
                    key={s.start}
                    className={`mark mark--${s.severity}`}
                    data-severity={s.severity}
                    title={s.findings.map((k) => i18n.t(`categories.${findings[k].category}`)).join(', ')}
                  >
                    {checked.slice(s.start, s.end)}
                  </mark>
                ) : (
                  <span key={s.start}>{checked.slice(s.start, s.end)}</span>
                ),
              )}
            </section>
            <h3 className="periksa__subheading" id={`${ids}-list`}>
              {i18n.t('periksa.findingsLabel')}
            </h3>
            <ul className="findings" aria-labelledby={`${ids}-list`}>
              {findings.map((f, k) => (
                <FindingCard key={`${f.rule}-${f.start}-${f.end}-${k}`} finding={f} index={k} text={checked} lang={lang} onApply={apply} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
