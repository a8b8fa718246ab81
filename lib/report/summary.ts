/**
 * The postable summary: a short public text from the report's COUNTS only ("Bulan November 2026: 12 dari
 * 15 janji tuntas, 10 tepat waktu dan 2 terlambat; …"). Nothing from the log's text, URLs, notes or
 * excerpts goes in, so no citizen's data can leak through it; the page still runs Saring's analyzer on
 * the result (and on any edit) before it is copied. "Sumber: catatan janji …" names the office's own log
 * as the source of the figures, which is what Saring asks of any figure in a post.
 */
import { formatPeriod, type Period } from './period';
import type { Basis, Totals } from './stats';

export interface SummaryOptions {
  lang: 'id' | 'en';
  /** from the settings; the summary says "kami" / "our" without it */
  officeName?: string;
  basis?: Basis;
}

/** "Bulan November 2026", "Triwulan IV 2026", "Tahun 2026", "Periode 1 Nov 2026 – 15 Des 2026". */
export function periodPhrase(p: Period, lang: 'id' | 'en'): string {
  const label = formatPeriod(p, lang);
  if (label.includes('–')) return lang === 'id' ? `Periode ${label}` : `Period ${label}`;
  if (/^(Tahun|Triwulan|Year|Q\d)/.test(label)) return label;
  return lang === 'id' ? `Bulan ${label}` : label;
}

/** A name fit for one line of a post: no line breaks, no runs of spaces, at most 120 characters. */
function cleanName(name: string | undefined): string {
  const s = (name ?? '').replace(/\s+/g, ' ').trim();
  return s.length > 120 ? s.slice(0, 119) + '…' : s;
}

export function composeSummary(totals: Totals, period: Period, opts: SummaryOptions): string {
  const { lang } = opts;
  const basis = opts.basis ?? 'captured';
  const office = cleanName(opts.officeName);
  const head = periodPhrase(period, lang);
  const t = totals;
  if (lang === 'en') {
    const source = office ? `Source: the public promise log of ${office}.` : 'Source: the public promise log of our office.';
    if (t.promised === 0) return `${head}: ${basis === 'due' ? 'no promise fell due' : 'no new promise was recorded'}. ${source}`;
    const what =
      basis === 'due'
        ? `of ${t.promised} ${t.promised === 1 ? 'promise' : 'promises'} due, ${t.done} kept`
        : `${t.done} of ${t.promised} ${t.promised === 1 ? 'promise' : 'promises'} kept`;
    const how = t.done ? `, ${t.onTime} on time${t.late ? ` and ${t.late} late` : ''}` : '';
    const rest = [
      t.open ? `${t.open} still open` : '',
      t.overdue ? `${t.overdue} past ${t.overdue === 1 ? 'its' : 'their'} deadline` : '',
      t.dropped ? `${t.dropped} dropped` : '',
    ].filter(Boolean);
    return `${head}: ${what}${how}${rest.length ? `; ${rest.join(', ')}` : ''}. ${source}`;
  }
  const source = `Sumber: catatan janji publik ${office || 'kami'}.`;
  if (t.promised === 0) return `${head}: ${basis === 'due' ? 'tidak ada janji yang jatuh tempo' : 'tidak ada janji baru yang tercatat'}. ${source}`;
  const what = basis === 'due' ? `dari ${t.promised} janji yang jatuh tempo, ${t.done} tuntas` : `${t.done} dari ${t.promised} janji tuntas`;
  const how = t.done ? `, ${t.onTime} tepat waktu${t.late ? ` dan ${t.late} terlambat` : ''}` : '';
  const rest = [t.open ? `${t.open} masih berjalan` : '', t.overdue ? `${t.overdue} melewati tenggat` : '', t.dropped ? `${t.dropped} dibatalkan` : ''].filter(
    Boolean,
  );
  return `${head}: ${what}${how}${rest.length ? `; ${rest.join(', ')}` : ''}. ${source}`;
}
