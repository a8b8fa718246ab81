/** The period's totals as a definition list (data-total="…" for tests), and the longest-overdue list. */
import { dayLabel } from '@/lib/report/period';
import type { Assessed } from '@/lib/report/outcome';
import type { Totals as TotalsData } from '@/lib/report/stats';
import { platformName } from '@/components/popup/platform-names';
import { OUTCOME_COLOR } from './charts';
import { rt } from './t';

const ITEMS = ['promised', 'onTime', 'late', 'open', 'overdue', 'dropped'] as const;

export function Totals({ totals, headingId }: { totals: TotalsData; headingId: string }) {
  const rate = totals.onTimeRate === null ? rt('report.totals.rateNone') : `${Math.round(totals.onTimeRate * 100)}%`;
  return (
    <section className="card totals" aria-labelledby={headingId}>
      <h2 id={headingId}>{rt('report.totals.heading')}</h2>
      <dl className="totals__grid">
        {ITEMS.map((k) => (
          <div
            key={k}
            className={`total total--${k}`}
            data-total={k}
            data-value={totals[k]}
            style={k === 'promised' ? undefined : { borderTopColor: OUTCOME_COLOR[k] }}
          >
            <dt>{rt(`report.totals.${k}`)}</dt>
            <dd>{totals[k]}</dd>
          </div>
        ))}
        <div className="total total--rate" data-total="rate" data-value={totals.onTimeRate === null ? '' : totals.onTimeRate.toFixed(4)}>
          <dt>{rt('report.totals.rate')}</dt>
          <dd>{rate}</dd>
        </div>
      </dl>
      <p className="muted small">{rt('report.totals.rateHelp')}</p>
    </section>
  );
}

export function OverdueList({ items, lang }: { items: Assessed[]; lang: 'id' | 'en' }) {
  return (
    <figure className="chart overdue-list" data-chart="overdue">
      <figcaption className="chart__title">{rt('report.charts.overdue')}</figcaption>
      {items.length === 0 ? (
        <p className="muted">{rt('report.charts.overdueNone')}</p>
      ) : (
        <ol>
          {items.map((a) => (
            <li key={a.record.id} data-overdue-id={a.record.id}>
              <span className="overdue-list__days">{rt('report.charts.days', a.daysLate)}</span>
              <span className="overdue-list__what">{a.record.action || a.record.text}</span>
              <span className="muted small">
                {a.deadline ? dayLabel(a.deadline, lang) : ''} · {platformName(a.record.platform)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
