import { useId, useRef, useState, type FormEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import type { VerifiedFact } from '@/lib/analyze/types';
import { parseFactForm, type FactErrors, type FactForm } from '@/lib/settings/forms';

const EMPTY: FactForm = { label: '', keywords: '', value: '', unit: '', source: '', date: '' };
const FIELDS: { key: keyof FactForm; label: () => string; hint?: () => string; type?: string; inputMode?: 'decimal' }[] = [
  { key: 'label', label: () => i18n.t('options.facts.label'), hint: () => i18n.t('options.facts.labelHint') },
  { key: 'value', label: () => i18n.t('options.facts.value'), hint: () => i18n.t('options.facts.valueHint'), inputMode: 'decimal' },
  { key: 'unit', label: () => i18n.t('options.facts.unit'), hint: () => i18n.t('options.facts.unitHint') },
  { key: 'source', label: () => i18n.t('options.facts.source'), hint: () => i18n.t('options.facts.sourceHint') },
  { key: 'date', label: () => i18n.t('options.facts.date'), type: 'date' },
  { key: 'keywords', label: () => i18n.t('options.facts.keywords') },
];
const REQUIRED = new Set<keyof FactForm>(['label', 'value', 'source']);

export function FactsSection(props: { facts: readonly VerifiedFact[]; lang: 'id' | 'en'; onChange: (facts: VerifiedFact[]) => Promise<void> }) {
  const id = useId();
  const [form, setForm] = useState<FactForm>(EMPTY);
  const [errors, setErrors] = useState<FactErrors>({});
  const [summary, setSummary] = useState('');
  const refs = useRef<Partial<Record<keyof FactForm, HTMLInputElement | null>>>({});
  const fmt = new Intl.NumberFormat(props.lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 6 });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = parseFactForm(form);
    if (!r.ok) {
      setErrors(r.errors);
      setSummary(i18n.t('options.facts.invalid'));
      const firstBad = FIELDS.find((f) => r.errors[f.key]);
      if (firstBad) refs.current[firstBad.key]?.focus();
      return;
    }
    try {
      await props.onChange([...props.facts, r.value]);
      setForm(EMPTY);
      setErrors({});
      setSummary('');
      refs.current.label?.focus();
    } catch (err) {
      setSummary(i18n.t('common.saveFailed', [String(err)]));
    }
  };

  return (
    <div className="facts">
      <h3 id={`${id}-list`} className="list-editor__heading">
        {i18n.t('options.facts.list')}
      </h3>
      {props.facts.length ? (
        <ul className="fact-list" aria-labelledby={`${id}-list`}>
          {props.facts.map((f, k) => {
            const value = `${fmt.format(f.value)}${f.unit ? (f.unit === '%' ? '%' : ' ' + f.unit) : ''}`;
            const text = i18n.t('options.facts.item', [f.label, value, f.source + (f.date ? `, ${f.date}` : '')]);
            return (
              <li key={`${f.label}-${k}`} className="fact" data-fact={f.label}>
                <span>{text}</span>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={i18n.t('common.removeItem', [f.label])}
                  onClick={() => void props.onChange(props.facts.filter((_, j) => j !== k))}
                >
                  {i18n.t('common.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{i18n.t('options.facts.none')}</p>
      )}
      <form className="fact-form" onSubmit={submit} noValidate aria-describedby={summary ? `${id}-summary` : undefined}>
        {FIELDS.map((f) => {
          const err = errors[f.key];
          const hintId = f.hint ? `${id}-${f.key}-hint` : '';
          const errId = err ? `${id}-${f.key}-err` : '';
          return (
            <div key={f.key} className={`field field--${f.key}`}>
              <label htmlFor={`${id}-${f.key}`}>
                {f.label()}
                {REQUIRED.has(f.key) ? <span aria-hidden="true"> *</span> : null}
              </label>
              <input
                ref={(el) => {
                  refs.current[f.key] = el;
                }}
                id={`${id}-${f.key}`}
                name={f.key}
                type={f.type ?? 'text'}
                inputMode={f.inputMode}
                required={REQUIRED.has(f.key)}
                aria-required={REQUIRED.has(f.key) || undefined}
                aria-invalid={err ? true : undefined}
                aria-describedby={[hintId, errId].filter(Boolean).join(' ') || undefined}
                value={form[f.key]}
                onChange={(e) => {
                  setForm({ ...form, [f.key]: e.target.value });
                  if (errors[f.key]) setErrors({ ...errors, [f.key]: undefined });
                }}
              />
              {f.hint ? (
                <span id={hintId} className="field-help">
                  {f.hint()}
                </span>
              ) : null}
              {err ? (
                <span id={errId} className="field-error">
                  {i18n.t(err)}
                </span>
              ) : null}
            </div>
          );
        })}
        <div className="fact-form__actions">
          <button type="submit" className="btn btn--primary">
            {i18n.t('options.facts.add')}
          </button>
          <p id={`${id}-summary`} className="field-error" role="alert">
            {summary}
          </p>
        </div>
      </form>
    </div>
  );
}
