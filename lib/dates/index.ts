/**
 * Deadline dates in Indonesian (and English) text: chrono-node's Indonesian locale as the base, extended
 * with Saring's parsers (./parsers.ts) and a deadline refiner (./refiners.ts).
 *
 * Dates resolve in the time zone of the writing moment and come out as the writer's LOCAL calendar date
 * (YYYY-MM-DD) with a precision. Only chrono's Indonesian locale is used; note that chrono's `Chrono` class
 * itself carries its English default configuration, so the English parsers are in the bundle anyway and
 * are reused here for English text at no extra size.
 *
 * Parsing costs tens of microseconds: callers gate it (see mayHoldDate) and results are memoised per
 * (text, local day, hour, zone), so re-analysing an unchanged sentence while the user types is free.
 */
// The Indonesian locale is taken from the package root as a named namespace: Vite (and so Vitest) does
// not resolve chrono-node's "./*" subpath export, and with `sideEffects: false` a bundler keeps only this
// locale (measured with esbuild: 55.6 kB minified vs 55.1 kB for `chrono-node/id`; no other locale inside).
import { id as chronoId } from 'chrono-node';
import type { ParsingResult } from 'chrono-node/id';

const { Chrono, createCasualConfiguration } = chronoId;
type Chrono = InstanceType<typeof Chrono>;
import { compare, formatYmd, localDateOf, ymd, daysInMonth, type LocalDate } from './calendar';
import { SARING_PARSERS, type Precision } from './parsers';
import { SARING_REFINERS } from './refiners';

export type { LocalDate } from './calendar';
export type { Precision } from './parsers';
export { formatYmd, formatLong, localDateOf, addWorkingDays, parseYmd } from './calendar';
export { nextHoliday, MOVABLE_HOLIDAYS } from './holidays';

export interface DateHit {
  /** offsets into the parsed text; the phrase includes a deadline word before it when there is one */
  index: number;
  end: number;
  text: string;
  /** local calendar date, YYYY-MM-DD */
  due: string;
  date: LocalDate;
  precision: Precision;
  /** introduced by paling lambat / sebelum / maksimal / hingga / by / before … */
  deadline: boolean;
  /** before the writer's today, or a past reference ("kemarin", "Sabtu lalu") */
  past: boolean;
}

export type DateLang = 'id' | 'en';

let idChrono: Chrono | null = null;
let enChrono: Chrono | null = null;

/**
 * chrono's own parsers that Saring's do not replace: absolute dates (ISO, 5/12, 25 November 2026,
 * December 25) and "3 hari yang lalu". Its relative-day, weekday, duration and time-of-day parsers are
 * dropped: Saring's parsers cover them (with the fixes above) and each parser costs time on every parse.
 * Parsers are told apart by what their pattern matches, not by class name (names are minified).
 */
const KEEP_PROBES = ['2026-12-05', '05-12-2026', '5/12', '5/12/2026', '25 November 2026', '25 Desember', 'November 25', 'December 25, 2026', '25th of December', '3 hari yang lalu', '3 days ago'];
const DROP_PROBES = ['besok', 'tomorrow', 'Jumat depan', 'next Friday', 'bulan depan', 'next month', 'dalam 3 hari', 'in 3 days', '3 hari lagi', 'sore', 'this afternoon', 'hari ini', 'today', 'minggu depan', 'next week', 'Jumat', 'Friday', 'end of the month'];
/** clock-time parsers: a deadline is a day, so they are dropped whatever else they match */
const TIME_PROBES = ['pukul 10', 'at 10am', 'jam 3 sore'];

type AnyParser = ReturnType<typeof createCasualConfiguration>['parsers'][number];
function prune(parsers: AnyParser[]): AnyParser[] {
  return parsers.filter((p) => {
    let re: RegExp;
    try {
      re = p.pattern({ option: {}, text: '' } as never);
    } catch {
      return true;
    }
    if (!(re instanceof RegExp)) return true;
    const hit = (s: string) => {
      re.lastIndex = 0;
      return re.test(s);
    };
    if (TIME_PROBES.some(hit)) return false;
    return KEEP_PROBES.some(hit) || !DROP_PROBES.some(hit);
  });
}

function chronoFor(lang: DateLang): Chrono {
  if (lang === 'en') {
    if (!enChrono) {
      const base = new Chrono().defaultConfig.createCasualConfiguration(true);
      enChrono = new Chrono({ parsers: [...SARING_PARSERS, ...prune(base.parsers)], refiners: [...base.refiners, ...SARING_REFINERS] });
    }
    return enChrono;
  }
  if (!idChrono) {
    const base = createCasualConfiguration(true);
    idChrono = new Chrono({ parsers: [...SARING_PARSERS, ...prune(base.parsers)], refiners: [...base.refiners, ...SARING_REFINERS] });
  }
  return idChrono;
}

/**
 * A cheap test (one precompiled regex) for "this text may hold a date": run it on lower-cased text
 * before paying for a full parse.
 */
export const DATE_HINT =
  /\d|\b(?:hari|sekarang|saat ini|sehari|seminggu|sepekan|sebulan|setahun|besok|bsk|besuk|esok|lusa|nanti|sore|pagi|siang|malam|minggu|mgg|mg|pekan|bulan|bln|tahun|thn|senin|selasa|rabu|kamis|jum|sabtu|ahad|akhir|awal|tengah|pertengahan|medio|ujung|penghujung|tanggal|tgl|tg|januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember|lebaran|idul|fitri|adha|hari raya|natal|imlek|puasa|ramadan|ramadhan|hut|kemerdekaan|triwulan|kuartal|kwartal|semester|smt|q[1-4]|tw|jam|today|tonight|tomorrow|morning|afternoon|evening|noon|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|mid|middle|early|late|beginning|start|quarter|first|second|third|fourth|half|h[12]|eid|christmas|new year|chinese|lunar|independence|january|february|march|may|june|july|august|october|december|the day|on the|by the|day|days|weeks|months|years|hours|hour|working|business|within)/;

export function mayHoldDate(lower: string): boolean {
  return DATE_HINT.test(lower);
}

const CACHE_MAX = 512;
const cache = new Map<string, DateHit[]>();

/**
 * Every date phrase in `text`, resolved against `now` in the zone `tzOffsetMinutes` east of UTC.
 * Never throws; returns [] on any failure.
 */
export function findDates(text: string, now: Date, tzOffsetMinutes = 420, lang: DateLang = 'id'): DateHit[] {
  if (!text || Number.isNaN(now.getTime())) return [];
  const today = localDateOf(now, tzOffsetMinutes);
  const key = `${lang}|${tzOffsetMinutes}|${today.y}-${today.m}-${today.d}|${today.hour}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let out: DateHit[];
  try {
    out = parseUncached(text, now, tzOffsetMinutes, lang, today);
  } catch {
    out = [];
  }
  if (text.length <= 1000) {
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, out);
  }
  return out;
}

const COUNTER = /^(\d{1,2})\/(\d{1,2})$/;
/** n/m with n ≤ m ≤ 15 in brackets, with nothing but punctuation or a signature after it. */
function isThreadCounter(text: string, index: number, phrase: string): boolean {
  const m = COUNTER.exec(phrase);
  if (!m || +m[1] > +m[2] || +m[2] > 15) return false;
  if (text.charCodeAt(index - 1) !== 40 || text.charCodeAt(index + phrase.length) !== 41) return false;
  return /^\)[.! ]{0,4}(?:[A-Za-z]{1,8}\*[A-Za-z]{1,12})?[.! ]{0,4}$/.test(text.slice(index + phrase.length).trimEnd());
}

function parseUncached(text: string, now: Date, tz: number, lang: DateLang, today: LocalDate): DateHit[] {
  const results = chronoFor(lang).parse(text, { instant: now, timezone: tz }) as ParsingResult[];
  const out: DateHit[] = [];
  for (const r of results) {
    // "(1/3)" closing a post is a thread counter, not the first of March
    if (isThreadCounter(text, r.index, r.text)) continue;
    const comp = r.end ?? r.start;
    if (comp.isOnlyTime()) continue;
    const tags = r.tags();
    let precision: Precision | undefined;
    for (const t of tags) if (t.startsWith('saring:p:')) precision = t.slice(9) as Precision;
    let y = comp.get('year');
    const m = comp.get('month');
    const d = comp.get('day');
    if (y === null || m === null || d === null) continue;
    // chrono's own absolute dates without a year ("25 November") take the closest year: move to the next
    // occurrence, since a promise points forward
    if (!precision && !comp.isCertain('year') && comp.isCertain('month') && compare({ y, m, d }, today) < 0) {
      y++;
      if (d > daysInMonth(y, m)) continue;
    }
    const date = ymd(y, m, d);
    if (!precision) precision = comp.isCertain('day') || !comp.isCertain('month') ? 'day' : 'month';
    out.push({
      index: r.index,
      end: r.index + r.text.length,
      text: r.text,
      due: formatYmd(date),
      date,
      precision,
      deadline: tags.has('saring:deadline'),
      past: tags.has('saring:past') || compare(date, today) < 0,
    });
  }
  return out;
}

/**
 * The deadline of a promise among the dates found in it: the first one marked as a deadline, else the
 * first one not in the past. Null when none.
 */
export function pickDeadline(hits: readonly DateHit[], text?: string): DateHit | null {
  let first: DateHit | null = null;
  let pick: DateHit | null = null;
  let startOnly: DateHit | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.past) continue;
    if (text !== undefined) {
      const before = text.slice(Math.max(0, h.index - 24), h.index).toLowerCase();
      // "setiap Kamis": a routine, not a deadline
      if (RECURRING_BEFORE.test(before)) continue;
      // "mulai hari ini, dibuka lagi tanggal 20": the start of the work, when a finish follows
      if (!h.deadline && START_BEFORE.test(before)) {
        if (!startOnly) startOnly = h;
        continue;
      }
    }
    if (h.deadline) {
      pick = h;
      break;
    }
    if (!first) first = h;
  }
  pick = pick ?? first ?? startOnly;
  if (!pick || text === undefined) return pick;
  // "paling lambat H-7 Lebaran, yaitu 13 Maret", "in three weeks, on 16 November": a date restated right after
  // as a calendar date is the date meant
  for (let k = 0; k < 2; k++) {
    const i = hits.indexOf(pick);
    const nx = hits[i + 1];
    if (!nx || nx.past) break;
    const gap = text.slice(pick.end, nx.index).toLowerCase();
    if (gap.length > 40) break;
    const restated = RESTATE_GAP.test(gap) || (PLAIN_GAP.test(gap) && EXPLICIT_DATE.test(nx.text));
    if (!restated) break;
    pick = nx;
  }
  return pick;
}

const RECURRING_BEFORE = /(?:^|[^a-z])(?:setiap|tiap|every|saban)\s+(?:hari\s+)?$/;
const START_BEFORE = /(?:^|[^a-z])(?:mulai|dimulai|start|starts|starting|begin|begins|beginning|commence|commences)\s+(?:(?:pada|on|hari|tanggal|tgl\.?|from)\s+){0,2}$/;
const RESTATE_GAP = /(?:^|[\s,(])(?:yaitu|yakni|tepatnya|persisnya|alias|i\.e\.|that\s+is|namely)[\s,:]*$/;
const PLAIN_GAP = /^[\s,(]*$/;
const EXPLICIT_DATE = /\d{1,2}\s*(?:[a-z]{3,9}|[/.-]\d{1,2})|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?\b|tanggal\s+\d|tgl\.?\s*\d/i;
