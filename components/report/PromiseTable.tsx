/**
 * The promises of the period: what was promised, the deadline as said and the last on-time day (by its
 * precision), when it was made and done, the outcome, and links to the post and the evidence. Long logs
 * show the first rows on screen; printing shows every row (beforeprint).
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { dayLabel } from '@/lib/report/period';
import type { Assessed } from '@/lib/report/outcome';
import { platformName } from '@/components/popup/platform-names';
import { rt } from './t';

export const FIRST_ROWS = 200;

export function PromiseTable({ rows, lang, headingId }: { rows: Assessed[]; lang: 'id' | 'en'; headingId: string }) {
  const [all, setAll] = useState(false);
  useEffect(() => {
    const show = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', show);
    return () => window.removeEventListener('beforeprint', show);
  }, []);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const day = (d: string | null) => (d ? dayLabel(d, lang) : '—');
  return (
    <section className="card report__table" aria-labelledby={headingId}>
      <h2 id={headingId}>{rt('report.table.heading')}</h2>
      {rows.length === 0 ? (
        <p className="muted" data-table-empty>
          {rt('report.table.caption', 0)}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="promises" data-rows={rows.length}>
            <caption>{rt('report.table.caption', rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{rt('report.table.promise')}</th>
                <th scope="col">{rt('report.table.phrase')}</th>
                <th scope="col">{rt('report.table.due')}</th>
                <th scope="col">{rt('report.table.captured')}</th>
                <th scope="col">{rt('report.table.done')}</th>
                <th scope="col">{rt('report.table.outcome')}</th>
                <th scope="col">{rt('report.table.platform')}</th>
                <th scope="col" className="no-print">
                  {rt('report.table.links')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const r = a.record;
                const p = r.precision;
                return (
                  <tr key={r.id} data-row={r.id} data-outcome={a.outcome}>
                    <td>
                      <strong>{r.action || r.text}</strong>
                      {r.action ? <div className="small muted">{r.text}</div> : null}
                      {r.evidenceUrl ? (
                        <div className="small print-only">
                          {rt('report.table.evidence')}: {r.evidenceUrl}
                        </div>
                      ) : null}
                    </td>
                    <td>{r.deadlinePhrase || '—'}</td>
                    <td>
                      {a.deadline ? day(a.deadline) : rt('report.table.noDue')}
                      {a.deadline && p !== 'day' && p !== 'none' ? <div className="small muted">({rt(`report.precision.${p}`)})</div> : null}
                    </td>
                    <td>{day(a.capturedOn)}</td>
                    <td>{day(a.doneOn ?? a.droppedOn)}</td>
                    <td>
                      <span className={`outcome outcome--${a.outcome}`}>{rt(`report.outcome.${a.outcome}`)}</span>
                      {a.daysLate > 0 ? <div className="small muted">{rt('report.charts.days', a.daysLate)}</div> : null}
                    </td>
                    <td>{platformName(r.platform)}</td>
                    <td className="links no-print">
                      <div>
                        <a href={r.url} target="_blank" rel="noopener noreferrer">
                          {rt('report.table.source')}
                        </a>
                        {r.evidenceUrl ? (
                          <a href={r.evidenceUrl} target="_blank" rel="noopener noreferrer" data-evidence>
                            {rt('report.table.evidence')}
                          </a>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < rows.length ? (
        <p className="no-print table-more">
          {rt('report.table.shown', [String(shown.length), String(rows.length)])}{' '}
          <button type="button" className="btn btn--small" onClick={() => setAll(true)}>
            {rt('report.table.showAll', [String(rows.length)])}
          </button>
        </p>
      ) : null}
    </section>
  );
}
