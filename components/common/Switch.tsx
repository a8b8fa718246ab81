/** A labelled on/off switch: a native checkbox with role="switch" (Space toggles; screen readers say on/off). */
import { useId, type ReactNode } from 'react';

export function Switch(props: { label: ReactNode; checked: boolean; onChange: (on: boolean) => void; help?: ReactNode; disabled?: boolean; name?: string }) {
  const id = useId();
  return (
    <div className="switch-field">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch-input"
        checked={props.checked}
        aria-checked={props.checked}
        disabled={props.disabled}
        name={props.name}
        aria-describedby={props.help ? `${id}-help` : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id} className="switch-label">
        {props.label}
      </label>
      {props.help ? (
        <p id={`${id}-help`} className="field-help">
          {props.help}
        </p>
      ) : null}
    </div>
  );
}
