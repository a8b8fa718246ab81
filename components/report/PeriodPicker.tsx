/** Choose the period (this month, last month, a quarter, a year, a custom range) and the basis. */
import { useId } from 'react';
import { PERIOD_KINDS, type Period, type PeriodKind, type PeriodSpec } from '@/lib/report/period';
import { BASES, type Basis } from '@/lib/report/stats';
import { rt } from './t';

export interface PeriodPickerProps {
  spec: PeriodSpec;
  /** the resolved period (for the values the fields show) */
  period: Period;
  basis: Basis;
  today: string;
  onSpec(spec: PeriodSpec): void;
  onBasis(basis: Basis): void;
}

export function PeriodPicker({ spec, period, basis, today, onSpec, onBasis }: PeriodPickerProps) {
  const id = useId();
  const thisYear = +today.slice(0, 4);
  const year = +period.from.slice(0, 4);
  const years = Array.from(new Set([thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4, year])).sort((a, b) => b - a);
  const quarter = Math.floor((+period.from.slice(5, 7) - 1) / 3) + 1;
  const pick = (kind: PeriodKind) => onSpec(kind === 'custom' ? { kind, from: period.from, to: period.to } : { kind, year, quarter });

  return (
    <section className="card picker no-print" aria-label={rt('report.controls')}>
      <div className="picker__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{rt('report.period.kind')}</label>
          <select id={`${id}-kind`} value={spec.kind} onChange={(e) => pick(e.target.value as PeriodKind)} data-period-kind>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {rt(`report.period.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {spec.kind === 'quarter' ? (
          <div className="field">
            <label htmlFor={`${id}-q`}>{rt('report.period.quarterNo')}</label>
            <select id={`${id}-q`} value={quarter} onChange={(e) => onSpec({ kind: 'quarter', year, quarter: +e.target.value })}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {['I', 'II', 'III', 'IV'][q - 1]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {spec.kind === 'quarter' || spec.kind === 'year' ? (
          <div className="field">
            <label htmlFor={`${id}-y`}>{rt('report.period.year2')}</label>
            <select id={`${id}-y`} value={year} onChange={(e) => onSpec({ kind: spec.kind, year: +e.target.value, quarter })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {spec.kind === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{rt('report.period.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={period.from}
                onChange={(e) => e.target.value && onSpec({ kind: 'custom', from: e.target.value, to: period.to })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{rt('report.period.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={period.to}
                onChange={(e) => e.target.value && onSpec({ kind: 'custom', from: period.from, to: e.target.value })}
              />
            </div>
          </>
        ) : null}
        <fieldset className="radios picker__basis">
          <legend>{rt('report.period.basis')}</legend>
          {BASES.map((b) => (
            <label key={b} className="radio">
              <input type="radio" name={`${id}-basis`} value={b} checked={basis === b} onChange={() => onBasis(b)} />
              {rt(b === 'due' ? 'report.period.basisDue' : 'report.period.basisCaptured')}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
