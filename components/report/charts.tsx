/**
 * The report's charts as small plain SVG components: no charting library (React already draws SVG; the
 * four charts together are a few kB, work offline, need no inline script and scale crisply in print).
 * Each chart is a <figure> whose SVG has role="img" and a spoken summary of its numbers; the totals and
 * the table below hold the same numbers as text.
 */
import type { ReactNode } from 'react';
import { monthLabel } from '@/lib/report/period';
import { OUTCOMES, type Outcome } from '@/lib/report/outcome';
import type { MonthBucket, PlatformBucket } from '@/lib/report/stats';
import { platformName } from '@/components/popup/platform-names';
import { rt } from './t';

export const OUTCOME_COLOR: Record<Outcome, string> = {
  onTime: '#0b6e4f',
  late: '#c2410c',
  open: '#1a56db',
  overdue: '#b42318',
  dropped: '#8a93a6',
};

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** A round upper bound for an axis: 1, 2, 5, 10, 20, 50 … */
export function niceMax(n: number): number {
  if (n <= 4) return Math.max(1, n);
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

export function Legend({ outcomes = OUTCOMES }: { outcomes?: readonly Outcome[] }) {
  return (
    <ul className="legend" aria-label={rt('report.charts.legend')}>
      {outcomes.map((o) => (
        <li key={o}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="2" fill={OUTCOME_COLOR[o]} />
          </svg>
          {rt(`report.outcome.${o}`)}
        </li>
      ))}
    </ul>
  );
}

function Figure({ id, title, summary, children, note }: { id: string; title: string; summary: string; children: ReactNode; note?: string }) {
  return (
    <figure className="chart" data-chart={id}>
      <figcaption className="chart__title">{title}</figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="xMidYMid meet">
        {children}
      </svg>
      {note ? <p className="chart__note">{note}</p> : null}
    </figure>
  );
}

const W = 520;
const H = 220;
const PAD = { l: 34, r: 10, t: 22, b: 30 };
const plotW = W - PAD.l - PAD.r;
const plotH = H - PAD.t - PAD.b;

/** Whole-number ticks for counts: every number up to 5, else five steps (niceMax keeps them whole). */
export function countTicks(max: number): number[] {
  const n = max <= 5 ? max : 5;
  return Array.from({ length: n + 1 }, (_, i) => (i * max) / n);
}

function YAxis({ max, format, ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max) }: { max: number; format: (v: number) => string; ticks?: number[] }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of axis labels takes no focus; the figures are in the table beside the chart
    <g className="axis" aria-hidden="true">
      {ticks.map((v) => {
        const y = PAD.t + plotH - (v / max) * plotH;
        return (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} stroke="#dfe3ea" />
            <text x={PAD.l - 4} y={y + 3} textAnchor="end">
              {format(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function MonthAxis({ months, lang }: { months: MonthBucket[]; lang: 'id' | 'en' }) {
  const step = plotW / months.length;
  const every = months.length > 12 ? 2 : 1;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of axis labels takes no focus; the figures are in the table beside the chart
    <g className="axis" aria-hidden="true">
      {months.map((m, i) =>
        i % every === 0 ? (
          <text key={m.month} x={PAD.l + step * (i + 0.5)} y={H - PAD.b + 14} textAnchor="middle" opacity={m.inPeriod ? 1 : 0.6}>
            {monthLabel(m.month, lang, i === 0 || m.month.endsWith('-01') ? 'short' : 'none')}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Promises per month, stacked by outcome. Months before the period are faded. */
export function MonthlyBars({ months, lang }: { months: MonthBucket[]; lang: 'id' | 'en' }) {
  const max = niceMax(Math.max(0, ...months.map((m) => m.total)));
  const step = plotW / months.length;
  const bw = Math.min(36, step * 0.62);
  const summary = months.map((m) => rt('report.charts.monthItem', [monthLabel(m.month, lang, 'full'), String(m.total)])).join('; ');
  const faded = months.some((m) => !m.inPeriod);
  return (
    <Figure id="monthly" title={rt('report.charts.monthly')} summary={summary} note={faded ? rt('report.charts.context') : undefined}>
      <YAxis max={max} ticks={countTicks(max)} format={String} />
      {months.map((m, i) => {
        let y = PAD.t + plotH;
        const x = PAD.l + step * (i + 0.5) - bw / 2;
        return (
          <g key={m.month} opacity={m.inPeriod ? 1 : 0.45} data-month={m.month} data-total={m.total}>
            {OUTCOMES.map((o) => {
              if (!m[o]) return null;
              const h = (m[o] / max) * plotH;
              y -= h;
              return <rect key={o} x={x} y={y} width={bw} height={h} fill={OUTCOME_COLOR[o]} />;
            })}
            {m.total ? (
              <text x={x + bw / 2} y={y - 3} textAnchor="middle" className="chart__value">
                {m.total}
              </text>
            ) : null}
          </g>
        );
      })}
      <MonthAxis months={months} lang={lang} />
    </Figure>
  );
}

/** On-time rate per month as a line; a month with nothing decided leaves a gap. */
export function RateLine({ months, lang }: { months: MonthBucket[]; lang: 'id' | 'en' }) {
  const step = plotW / months.length;
  const pt = (i: number, r: number) => [PAD.l + step * (i + 0.5), PAD.t + plotH - r * plotH] as const;
  const segments: string[][] = [];
  let cur: string[] = [];
  months.forEach((m, i) => {
    if (m.rate === null) {
      if (cur.length) segments.push(cur);
      cur = [];
    } else cur.push(pt(i, m.rate).join(','));
  });
  if (cur.length) segments.push(cur);
  const summary = months
    .map((m) => rt('report.charts.rateItem', [monthLabel(m.month, lang, 'full'), m.rate === null ? rt('report.totals.rateNone') : pct(m.rate)]))
    .join('; ');
  return (
    <Figure id="rate" title={rt('report.charts.rate')} summary={summary}>
      <YAxis max={1} format={pct} />
      {segments.map((s) => (s.length > 1 ? <polyline key={s[0]} points={s.join(' ')} fill="none" stroke={OUTCOME_COLOR.onTime} strokeWidth="2.5" /> : null))}
      {months.map((m, i) => {
        if (m.rate === null) return null;
        const [x, y] = pt(i, m.rate);
        return (
          <g key={m.month} opacity={m.inPeriod ? 1 : 0.45} data-month={m.month} data-rate={m.rate.toFixed(3)}>
            <circle cx={x} cy={y} r="4" fill={OUTCOME_COLOR.onTime} />
            <text x={x} y={y - 8} textAnchor="middle" className="chart__value">
              {pct(m.rate)}
            </text>
          </g>
        );
      })}
      <MonthAxis months={months} lang={lang} />
    </Figure>
  );
}

/** Promises per platform, one stacked horizontal bar each. */
export function PlatformBars({ platforms }: { platforms: PlatformBucket[] }) {
  const shown = platforms.slice(0, 10);
  const max = niceMax(Math.max(0, ...shown.map((p) => p.total)));
  const label = 86;
  const rowH = shown.length ? Math.min(26, plotH / shown.length) : 26;
  const barW = W - label - PAD.r - 30;
  const summary = shown.map((p) => `${platformName(p.platform)}: ${p.total}`).join('; ');
  return (
    <Figure id="platform" title={rt('report.charts.platform')} summary={summary || rt('report.charts.empty')}>
      {shown.length === 0 ? (
        <text x={W / 2} y={H / 2} textAnchor="middle" className="chart__empty">
          {rt('report.charts.empty')}
        </text>
      ) : null}
      {shown.map((p, i) => {
        const y = PAD.t + i * rowH;
        let x = label;
        return (
          <g key={p.platform} data-platform={p.platform} data-total={p.total}>
            <text x={label - 6} y={y + rowH * 0.62} textAnchor="end" className="chart__label">
              {platformName(p.platform)}
            </text>
            {OUTCOMES.map((o) => {
              if (!p[o]) return null;
              const w = (p[o] / max) * barW;
              x += w;
              return <rect key={o} x={x - w} y={y + rowH * 0.15} width={w} height={rowH * 0.7} fill={OUTCOME_COLOR[o]} />;
            })}
            <text x={x + 4} y={y + rowH * 0.62} className="chart__value">
              {p.total}
            </text>
          </g>
        );
      })}
    </Figure>
  );
}
