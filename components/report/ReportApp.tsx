/**
 * The accountability report (report.html): for a chosen period, the totals, four charts, the table of
 * promises, a print/PDF button and a postable summary. Reads the log straight from the database
 * (read-only); nothing here writes, and nothing leaves the browser.
 */
import { createContext, useContext, useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useLanguage } from '@/components/common/i18n';
import { useSettings } from '@/components/common/useSettings';
import { dayLabel, formatPeriod, resolvePeriod } from '@/lib/report/period';
import { buildReport } from '@/lib/report/stats';
import type { SaringDB } from '@/lib/store/db';
import { Legend, MonthlyBars, PlatformBars, RateLine } from './charts';
import { PeriodPicker } from './PeriodPicker';
import { PromiseTable } from './PromiseTable';
import { createReportStore, type ReportState, type ReportStore } from './store';
import { SummaryPanel } from './SummaryPanel';
import { OverdueList, Totals } from './Totals';
import { rt } from './t';
import './report.css';

const Ctx = createContext<ReportStore | null>(null);
function useReport<T>(sel: (s: ReportState) => T): T {
  const store = useContext(Ctx);
  if (!store) throw new Error('useReport outside <ReportApp>');
  return useStore(store, sel);
}

export interface ReportAppProps {
  db: SaringDB;
  /** the clock; fixed in tests */
  now?: Date;
  /** window.location.search */
  search?: string;
  onQuery?: (query: string) => void;
  copyText?: (text: string) => Promise<void>;
}

export function ReportApp(props: ReportAppProps) {
  const [now] = useState(() => props.now ?? new Date());
  const [store] = useState(() => createReportStore({ db: props.db, now, search: props.search, onQuery: props.onQuery }));
  useEffect(() => void store.getState().load(), [store]);
  return (
    <Ctx.Provider value={store}>
      <Report now={now} copyText={props.copyText} />
    </Ctx.Provider>
  );
}

function Report({ now, copyText }: { now: Date; copyText?: ReportAppProps['copyText'] }) {
  const lang = useLanguage();
  const ids = useId();
  const { settings } = useSettings();
  const loading = useReport((s) => s.loading);
  const loadError = useReport((s) => s.loadError);
  const records = useReport((s) => s.records);
  const spec = useReport((s) => s.spec);
  const basis = useReport((s) => s.basis);
  const today = useReport((s) => s.today);
  const setSpec = useReport((s) => s.setSpec);
  const setBasis = useReport((s) => s.setBasis);

  const period = useMemo(() => resolvePeriod(spec, today), [spec, today]);
  const data = useMemo(() => buildReport(records, period, today, { basis }), [records, period, today, basis]);
  const periodText = formatPeriod(period, lang);
  const office = settings?.officeName ?? '';
  const title = office ? rt('report.titleOf', [office]) : rt('report.title');

  useEffect(() => {
    document.title = `${title} — ${periodText}`;
  }, [title, periodText]);

  // Page numbers and a running head in the printed pages (@page margin boxes), in the page's language.
  const q = (s: string) => JSON.stringify(s);
  const pageCss =
    `@page { @bottom-right { content: ${q(rt('report.page') + ' ')} counter(page) ${q(' ' + rt('report.pageOf') + ' ')} counter(pages); } ` +
    `@top-left { content: ${q(`${title} · ${periodText}`)}; } } @page :first { @top-left { content: none; } }`;

  return (
    <div className="report" lang={lang}>
      <style>{pageCss}</style>
      <header className="report__header">
        <div>
          <h1 data-report-title>{title}</h1>
          <p className="report__period" data-report-period>
            {periodText}
          </p>
          <p className="muted small">
            {rt('report.asOf', [dayLabel(today, lang)])} · {rt(basis === 'due' ? 'report.basisNote.due' : 'report.basisNote.captured')}
          </p>
          {settings && !office ? (
            <p className="muted small no-print">
              {rt('report.noOffice')}{' '}
              <a href="options.html#general" target="_blank" rel="noopener">
                {rt('report.setOffice')}
              </a>
            </p>
          ) : null}
        </div>
        <button type="button" className="btn btn--primary no-print" onClick={() => window.print()} data-print>
          {rt('report.actions.print')}
        </button>
      </header>

      <PeriodPicker spec={spec} period={period} basis={basis} today={today} onSpec={setSpec} onBasis={setBasis} />

      {loading ? (
        <p className="muted" role="status">
          {rt('report.loading')}
        </p>
      ) : loadError ? (
        <p className="field-error" role="alert">
          {rt('report.loadError', [loadError])}
        </p>
      ) : (
        <main className="report__main" data-report-ready>
          <Totals totals={data.totals} headingId={`${ids}-totals`} />
          <section className="card" aria-labelledby={`${ids}-charts`}>
            <h2 id={`${ids}-charts`}>{rt('report.charts.heading')}</h2>
            <Legend />
            <div className="charts">
              <MonthlyBars months={data.months} lang={lang} />
              <RateLine months={data.months} lang={lang} />
              <PlatformBars platforms={data.platforms} />
              <OverdueList items={data.longestOverdue} lang={lang} />
            </div>
            <p className="muted small">{rt('report.precisionNote')}</p>
          </section>
          <PromiseTable rows={data.rows} lang={lang} headingId={`${ids}-table`} />
          <SummaryPanel
            totals={data.totals}
            period={period}
            basis={basis}
            lang={lang}
            officeName={office}
            analyzer={settings?.analyzer}
            now={now}
            copyText={copyText}
          />
        </main>
      )}
      <footer className="report__footer muted small">{rt('report.footer', [dayLabel(today, lang)])}</footer>
    </div>
  );
}
