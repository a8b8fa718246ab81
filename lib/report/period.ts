/**
 * Report periods: this month, last month, a quarter, a year, or a custom range — always whole local
 * calendar days, inclusive at both ends, as YYYY-MM-DD. Pure: no DOM, no extension API.
 */
import { addMonths, daysInMonth, formatYmd, parseYmd, quarterOf, type LocalDate } from '../dates/calendar';

export type PeriodKind = 'thisMonth' | 'lastMonth' | 'quarter' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['thisMonth', 'lastMonth', 'quarter', 'year', 'custom'];

/** What the user picked. Missing parts default to the period that holds `today`. */
export interface PeriodSpec {
  kind: PeriodKind;
  year?: number;
  quarter?: number;
  /** custom range, YYYY-MM-DD */
  from?: string;
  to?: string;
}

export interface Period {
  kind: PeriodKind;
  /** first day, YYYY-MM-DD */
  from: string;
  /** last day (inclusive), YYYY-MM-DD */
  to: string;
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const SHORT = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const ROMAN = ['I', 'II', 'III', 'IV'];

const monthRange = (y: number, m: number): Period['from'][] => [formatYmd({ y, m, d: 1 }), formatYmd({ y, m, d: daysInMonth(y, m) })];

const validYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100;

/** The period a spec means, relative to `today` (YYYY-MM-DD). Invalid parts fall back to defaults. */
export function resolvePeriod(spec: PeriodSpec, today: string): Period {
  const t = parseYmd(today) ?? { y: 2026, m: 1, d: 1 };
  switch (spec.kind) {
    case 'lastMonth': {
      const p = addMonths({ y: t.y, m: t.m, d: 1 }, -1);
      const [from, to] = monthRange(p.y, p.m);
      return { kind: 'lastMonth', from, to };
    }
    case 'quarter': {
      const y = validYear(spec.year) ? spec.year : t.y;
      const q = spec.quarter && spec.quarter >= 1 && spec.quarter <= 4 ? Math.floor(spec.quarter) : quarterOf(t.m);
      const first = (q - 1) * 3 + 1;
      return { kind: 'quarter', from: monthRange(y, first)[0], to: monthRange(y, first + 2)[1] };
    }
    case 'year': {
      const y = validYear(spec.year) ? spec.year : t.y;
      return { kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` };
    }
    case 'custom': {
      const a = spec.from ? parseYmd(spec.from) : null;
      const b = spec.to ? parseYmd(spec.to) : null;
      let from = a ? formatYmd(a) : formatYmd({ y: t.y, m: t.m, d: 1 });
      let to = b ? formatYmd(b) : today;
      if (from > to) [from, to] = [to, from];
      return { kind: 'custom', from, to };
    }
    default: {
      const [from, to] = monthRange(t.y, t.m);
      return { kind: 'thisMonth', from, to };
    }
  }
}

/** Is the local date `ymd` inside the period? */
export function inPeriod(ymd: string, p: Period): boolean {
  return ymd >= p.from && ymd <= p.to;
}

/** "2026-11" for every month the period touches, oldest first. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let cur = { y: +p.from.slice(0, 4), m: +p.from.slice(5, 7), d: 1 } as LocalDate;
  const last = p.to.slice(0, 7);
  for (let i = 0; i < 1200; i++) {
    const key = formatYmd(cur).slice(0, 7);
    out.push(key);
    if (key >= last) break;
    cur = addMonths(cur, 1);
  }
  return out;
}

/**
 * The months the trend charts show: the period's months, but at least `min` (a one-month report shows the
 * months before it for context) and at most `max` (the latest ones), ending with the period's last month.
 */
export function chartMonths(p: Period, min = 6, max = 24): string[] {
  const months = monthsOf(p);
  if (months.length > max) return months.slice(-max);
  if (months.length >= min) return months;
  const out = [...months];
  let first = { y: +months[0].slice(0, 4), m: +months[0].slice(5, 7), d: 1 } as LocalDate;
  while (out.length < min) {
    first = addMonths(first, -1);
    out.unshift(formatYmd(first).slice(0, 7));
  }
  return out;
}

/** The month key of a date: "2026-11-05" → "2026-11". */
export const monthOf = (ymd: string): string => ymd.slice(0, 7);

/** "Nov 2026" / "Nov 26" for chart axes. */
export function monthLabel(month: string, lang: 'id' | 'en', withYear: 'full' | 'short' | 'none' = 'short'): string {
  const m = SHORT[lang][+month.slice(5, 7) - 1];
  if (withYear === 'none') return m;
  return `${m} ${withYear === 'full' ? month.slice(0, 4) : month.slice(2, 4)}`;
}

/** "5 Nov 2026" (id: "5 Des 2026"). */
export function dayLabel(ymd: string, lang: 'id' | 'en'): string {
  return `${+ymd.slice(8, 10)} ${SHORT[lang][+ymd.slice(5, 7) - 1]} ${ymd.slice(0, 4)}`;
}

/** The period in words: "November 2026", "Triwulan IV 2026" / "Q4 2026", "Tahun 2026", "1 Nov 2026 – 15 Des 2026". */
export function formatPeriod(p: Period, lang: 'id' | 'en'): string {
  const y = p.from.slice(0, 4);
  const wholeMonth = p.from.endsWith('-01') && p.to === monthRange(+y, +p.from.slice(5, 7))[1];
  if (p.kind === 'thisMonth' || p.kind === 'lastMonth' || (p.kind === 'custom' && wholeMonth)) {
    return `${MONTHS[lang][+p.from.slice(5, 7) - 1]} ${y}`;
  }
  if (p.kind === 'quarter') {
    const q = quarterOf(+p.from.slice(5, 7));
    return lang === 'id' ? `Triwulan ${ROMAN[q - 1]} ${y}` : `Q${q} ${y}`;
  }
  if (p.kind === 'year') return lang === 'id' ? `Tahun ${y}` : `Year ${y}`;
  return `${dayLabel(p.from, lang)} – ${dayLabel(p.to, lang)}`;
}
