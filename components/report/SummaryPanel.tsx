/**
 * "Susun ringkasan": one click composes a short public summary from the report's counts
 * (lib/report/summary.ts), Saring's own analyzer checks it — and every edit — and only then may it be
 * copied. Personal data (a pii finding) blocks copying; other findings are shown for the user to judge.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AnalyzerSettings, Finding } from '@/lib/analyze/types';
import { composeSummary } from '@/lib/report/summary';
import type { Period } from '@/lib/report/period';
import type { Basis, Totals } from '@/lib/report/stats';
import { rt } from './t';

export interface SummaryPanelProps {
  totals: Totals;
  period: Period;
  basis: Basis;
  lang: 'id' | 'en';
  officeName: string;
  analyzer?: AnalyzerSettings;
  now: Date;
  /** clipboard writer; navigator.clipboard by default */
  copyText?: (text: string) => Promise<void>;
}

type Check = { findings: Finding[]; text: string } | null;

async function clipboardCopy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function SummaryPanel(props: SummaryPanelProps) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [check, setCheck] = useState<Check>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const { totals, period, basis, lang, officeName, analyzer, now } = props;

  // Check the text as it is now (debounced while typing). The analyzer is loaded on first use.
  useEffect(() => {
    if (text === null) return;
    let live = true;
    const timer = setTimeout(async () => {
      const { analyze } = await import('@/lib/analyze');
      const findings = analyze(text, { now, settings: analyzer, lang });
      if (live) setCheck({ findings, text });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, analyzer, lang, now]);

  const compose = () => {
    setText(composeSummary(totals, period, { lang, officeName, basis }));
    setCopyState('idle');
    setTimeout(() => area.current?.focus(), 0);
  };

  const checked = check !== null && check.text === text;
  const blocked = checked && check.findings.some((f) => f.category === 'pii');
  const copy = async () => {
    if (!checked || blocked || text === null) return;
    try {
      await (props.copyText ?? clipboardCopy)(text);
      setCopyState('copied');
    } catch {
      area.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <section className="card summary no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{rt('report.summary.heading')}</h2>
      <p className="muted small">{rt('report.summary.help')}</p>
      <button type="button" className="btn btn--primary" onClick={compose} data-compose-summary>
        {rt('report.actions.summary')}
      </button>
      {text === null ? null : (
        <div className="summary__body">
          <label htmlFor={`${id}-text`}>{rt('report.summary.label')}</label>
          <textarea
            id={`${id}-text`}
            ref={area}
            rows={4}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setCopyState('idle');
            }}
            data-summary-text
          />
          <div
            role="status"
            aria-live="polite"
            className="summary__check"
            data-summary-check={checked ? (check.findings.length ? 'findings' : 'clean') : 'pending'}
          >
            {!checked ? null : check.findings.length === 0 ? (
              <p className="status-ok">{rt('report.summary.clean')}</p>
            ) : (
              <>
                <p>{rt('report.summary.findings', check.findings.length)}</p>
                <ul className="summary__findings">
                  {check.findings.map((f, i) => (
                    <li key={`${f.rule}-${f.start}-${i}`} data-rule={f.rule} data-severity={f.severity} className={`finding finding--${f.severity}`}>
                      <strong>{rt(`report.summary.${f.severity}`)}:</strong> {f.message}
                    </li>
                  ))}
                </ul>
                {blocked ? <p className="field-error">{rt('report.summary.blocked')}</p> : null}
              </>
            )}
          </div>
          <div className="button-row">
            <button type="button" className="btn" disabled={!checked || blocked} onClick={() => void copy()} data-copy-summary>
              {rt('report.summary.copy')}
            </button>
            <span role="status" className={copyState === 'failed' ? 'field-error' : 'status-ok'}>
              {copyState === 'copied' ? rt('report.summary.copied') : copyState === 'failed' ? rt('report.summary.copyFailed') : ''}
            </span>
          </div>
        </div>
      )}
    </section>
  );
}
