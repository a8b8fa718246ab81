/**
 * An editable list of short strings (contacts, sources, words, names): add with validation, remove
 * each. Invalid input is refused with a message next to the field and nothing is saved.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { i18n } from '@/components/common/i18n';
import { parseListEntry, type ListKind } from '@/lib/settings/forms';

export function ListEditor(props: {
  kind: ListKind;
  /** a heading above the list; without one the list is named by `label` */
  heading?: string;
  label: string;
  help?: string;
  items: readonly string[];
  /** save the new list; throws when it could not be saved */
  onChange: (items: string[]) => Promise<void>;
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const H = props.headingLevel === 2 ? 'h2' : 'h3';

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = parseListEntry(props.kind, value, props.items);
    if (!r.ok) {
      setError(i18n.t(r.error));
      inputRef.current?.focus();
      return;
    }
    try {
      await props.onChange([...props.items, r.value]);
      setValue('');
      setError('');
    } catch (err) {
      setError(i18n.t('common.saveFailed', [String(err)]));
    }
  };

  const remove = async (idx: number) => {
    try {
      await props.onChange(props.items.filter((_, k) => k !== idx));
      inputRef.current?.focus();
    } catch (err) {
      setError(i18n.t('common.saveFailed', [String(err)]));
    }
  };

  return (
    <div className="list-editor" data-list={props.kind}>
      {props.heading ? (
        <H id={`${id}-h`} className="list-editor__heading">
          {props.heading}
        </H>
      ) : null}
      {props.help ? (
        <p className="field-help" id={`${id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.items.length ? (
        <ul className="chips" aria-labelledby={props.heading ? `${id}-h` : undefined} aria-label={props.heading ? undefined : props.label}>
          {props.items.map((item, k) => (
            <li key={item} className="chip">
              <span>{item}</span>
              <button type="button" className="chip__remove" aria-label={i18n.t('common.removeItem', [item])} onClick={() => void remove(k)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{i18n.t('common.empty')}</p>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-input`}>{props.label}</label>
        <div className="inline-form__row">
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={[props.help ? `${id}-help` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined}
            onChange={(e) => {
              setValue(e.target.value);
              if (error) setError('');
            }}
          />
          <button type="submit" className="btn">
            {i18n.t('common.add')}
          </button>
        </div>
        {error ? (
          <p id={`${id}-err`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
