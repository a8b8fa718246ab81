/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs. Only the active
 * panel is rendered.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  id: string;
  label: ReactNode;
  /** small count shown beside the label, e.g. overdue promises */
  badge?: ReactNode;
  render: () => ReactNode;
}

export function Tabs(props: { tabs: readonly TabSpec[]; active: string; onChange: (id: string) => void; label: string }) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const active = props.tabs.find((t) => t.id === props.active) ?? props.tabs[0];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = props.tabs.findIndex((t) => t.id === active.id);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % props.tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + props.tabs.length) % props.tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = props.tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const id = props.tabs[next].id;
    props.onChange(id);
    refs.current[id]?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} className="tabs__list" onKeyDown={onKeyDown}>
        {props.tabs.map((t) => {
          const selected = t.id === active.id;
          return (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.id}`}
              aria-selected={selected}
              aria-controls={`${base}-panel-${t.id}`}
              tabIndex={selected ? 0 : -1}
              data-tab={t.id}
              className="tabs__tab"
              onClick={() => props.onChange(t.id)}
            >
              {t.label}
              {t.badge}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel-${active.id}`}
        aria-labelledby={`${base}-tab-${active.id}`}
        className="tabs__panel"
        data-panel={active.id}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes the panel focusable (keyboard users reach it after the tab list)
        tabIndex={0}
      >
        {active.render()}
      </div>
    </div>
  );
}
