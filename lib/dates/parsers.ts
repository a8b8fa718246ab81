/**
 * Extra chrono-node parsers for the deadlines Indonesian officials write, plus their English
 * equivalents: what chrono's Indonesian locale misses or resolves wrongly (akhir bulan, pertengahan
 * Juni, tanggal 5, Q1 / triwulan I, N hari kerja, sebelum Lebaran, Jumat depan …).
 *
 * Every parser resolves against the writer's LOCAL calendar date (reference instant shifted by the
 * reference time zone) and assigns year/month/day itself, so the system time zone never matters.
 * Results carry tags: `saring:p:<precision>`, and `saring:past` / `saring:deadline` where they apply.
 */
import type { Parser } from 'chrono-node/id';
import {
  addDays,
  addMonths,
  addWorkingDays,
  comingWeekday,
  lastDayOfMonth,
  localDateOf,
  weekdayNextWeek,
  weekdayThisWeek,
  ymd,
  type LocalDate,
} from './calendar';
import { nextHoliday, type HolidayId } from './holidays';
import { NUMBER_RE, WEEKDAY_RE, numberValue, weekdayNumber } from './words';

export type { Precision } from './make';
import { isPast, lc, make } from './make';
import { dayOfMonthParser, edgeParser, monthAloneParser, quarterParser, yearParser } from './periods';

// ---------------------------------------------------------------------------------------------
// holidays: sebelum Lebaran, menjelang Natal, H-7 Lebaran, before Eid, Tahun Baru
const HOLIDAY_WORDS =
  "lebaran\\s+haji|idul\\s*adha|idul-adha|hari\\s+raya\\s+(?:kurban|qurban|haji|idul\\s*adha)|eid\\s+al[-\\s]?adha|hari\\s+raya\\s+idul\\s*fitri|hari\\s+raya|lebaran|idul\\s*fitri|idul-fitri|eid(?:\\s+(?:al|ul)[-\\s]?fitr)?|malam\\s+tahun\\s+baru|new\\s+year['’]?s\\s+eve|malam\\s+natal|christmas\\s+eve|natal|christmas(?:\\s+day)?|tahun\\s+baru(?:\\s+masehi)?|new\\s+year['’]?s?(?:\\s+day)?|imlek|(?:chinese|lunar)\\s+new\\s+year|hut\\s+ri|hari\\s+kemerdekaan|independence\\s+day|(?:bulan\\s+)?(?:puasa|ramadan|ramadhan)";

function holidayId(word: string): { id: HolidayId; shift: number } | null {
  const w = lc(word);
  if (/adha|haji|kurban|qurban/.test(w)) return { id: 'idul_adha', shift: 0 };
  if (/eve|malam\s+natal/.test(w)) return { id: /christmas|natal/.test(w) ? 'natal' : 'tahun_baru', shift: -1 };
  if (/malam tahun baru/.test(w)) return { id: 'tahun_baru', shift: -1 };
  if (/lebaran|fitri|eid|hari raya/.test(w)) return { id: 'idul_fitri', shift: 0 };
  if (/natal|christmas/.test(w)) return { id: 'natal', shift: 0 };
  if (/tahun baru|new year/.test(w)) return /chinese|lunar/.test(w) ? { id: 'imlek', shift: 0 } : { id: 'tahun_baru', shift: 0 };
  if (/imlek/.test(w)) return { id: 'imlek', shift: 0 };
  if (/hut|kemerdekaan|independence/.test(w)) return { id: 'kemerdekaan', shift: 0 };
  if (/puasa|ramadan|ramadhan/.test(w)) return { id: 'ramadan', shift: 0 };
  return null;
}

const holidayParser = make(
  `(?:(h\\s*[-−–]\\s*(\\d{1,2})|h\\s*\\+\\s*(\\d{1,2})|sebelum|menjelang|jelang|before|ahead\\s+of|prior\\s+to|awal|sesudah|setelah|usai|selepas|pasca|after)\\s+)?(?:the\\s+)?(${HOLIDAY_WORDS})`,
  (m, today) => {
    const lead = lc(m[1]);
    const h = holidayId(m[4]);
    if (!h) return null;
    // "puasa"/"ramadan" alone is too often not a date ("selama puasa"): only with a lead word
    if (h.id === 'ramadan' && !lead) return null;
    let offset = h.shift;
    let deadline = false;
    let after = false;
    if (m[2]) {
      offset -= parseInt(m[2], 10);
      deadline = true;
    } else if (m[3]) offset += parseInt(m[3], 10);
    else if (/^(sebelum|menjelang|jelang|before|ahead of|prior to)$/.test(lead)) {
      offset -= 1;
      deadline = true;
    } else if (/^(sesudah|setelah|usai|selepas|pasca|after)$/.test(lead)) after = true;
    const base = nextHoliday(h.id, today, Math.max(0, -offset));
    const date = addDays(base, after ? 1 : offset);
    return { date, precision: 'day', deadline };
  },
);

// ---------------------------------------------------------------------------------------------
// casual days: hari ini, nanti sore, besok (pagi), lusa, today, tonight, tomorrow; and past ones
const casualParser = make(
  "hari\\s+ini|sekarang\\s+juga|malam\\s+ini|nanti\\s+(?:pagi|siang|sore|petang|malam)|(?:pagi|siang|sore|petang)\\s+ini|besok\\s+lusa|(?:besok|bsk|besuk|esok)(?:\\s+hari)?(?:\\s+(?:pagi|siang|sore|petang|malam))?|lusa|today|tonight|this\\s+(?:morning|afternoon|evening)|later\\s+today|(?:the\\s+)?day\\s+after\\s+tomorrow|tomorrow(?:\\s+(?:morning|afternoon|evening|night))?|kemarin\\s+lusa|kemarin(?:\\s+(?:pagi|siang|sore|petang|malam))?|tadi\\s+(?:pagi|siang|sore|petang|malam)|semalam|yesterday|last\\s+night",
  (m, today) => {
    const w = lc(m[0]);
    if (w === 'kemarin lusa') return { date: addDays(today, -2), precision: 'day', past: true };
    if (/^(kemarin|yesterday|last night|semalam)/.test(w)) return { date: addDays(today, -1), precision: 'day', past: true };
    if (w.startsWith('tadi')) return { date: today, precision: 'day', past: true };
    if (w === 'lusa' || w === 'besok lusa' || w.includes('after tomorrow')) return { date: addDays(today, 2), precision: 'day' };
    if (/^(besok|bsk|besuk|esok|tomorrow)/.test(w)) return { date: addDays(today, 1), precision: 'day' };
    return { date: today, precision: 'day' };
  },
);

// ---------------------------------------------------------------------------------------------
// weekdays: Jumat ini, Jumat depan, Senin minggu depan, hari Minggu depan, by Friday, next Thursday
const weekdayParser = make(
  `(?:(this\\s+coming|this|next|coming|last|on|by|before|until|till)\\s+)?(hari\\s+)?(${WEEKDAY_RE})(?:\\s+(ini|depan|dpn|besok|mendatang|berikutnya|nanti|lalu|kemarin|yang\\s+lalu|(?:minggu|mgg|pekan)\\s+(?:ini|depan|dpn|lalu|kemarin)|(?:this|next|last)\\s+week))?`,
  (m, today, ctx) => {
    const pre = lc(m[1]);
    const word = lc(m[3]);
    const mod = lc(m[4]);
    const wd = weekdayNumber(word);
    if (wd === undefined) return null;
    // "minggu" alone is "week"; Sunday needs "hari Minggu" (or an English/Indonesian weekday context)
    // …or a capitalised "Minggu" with a time of day or after another weekday ("rampung Minggu sore", "Sabtu dan Minggu")
    if (word === 'minggu' && !m[2] && !sundayInContext(m, ctx.text)) return null;
    if (pre === 'before') return null; // the deadline refiner handles "before Friday"
    let date: LocalDate;
    let past = false;
    if (/lalu|kemarin|last/.test(mod) || pre === 'last') {
      date = addDays(today, -((weekdayOfToday(today) - wd + 7) % 7 || 7));
      past = true;
    } else if (/(minggu|mgg|pekan) (depan|dpn)|next week/.test(mod) || mod === 'depan' || mod === 'dpn' || mod === 'berikutnya' || pre === 'next') {
      date = weekdayNextWeek(today, wd);
    } else if (/(minggu|mgg|pekan) ini|this week/.test(mod)) {
      date = weekdayThisWeek(today, wd);
      past = isPast(date, today);
    } else if (mod === 'mendatang' || mod === 'besok' || mod === 'nanti' || pre === 'coming' || pre === 'this coming') {
      date = addDays(comingWeekday(addDays(today, 1), wd), 0);
    } else {
      date = comingWeekday(today, wd);
    }
    return { date, precision: 'day', past, tag: 'saring:weekday' };
  },
);

const SUNDAY_AFTER = /^\s+(?:pagi|siang|sore|malam)(?![\p{L}])/u;
const SUNDAY_BEFORE = /(?:sabtu|jum['’]?at|jumaat)\s+(?:dan|atau|-|s\.?d\.?|sampai|hingga)\s+$/i;
/** "Minggu sore", "Sabtu dan Minggu": Sunday, not "week" */
function sundayInContext(m: RegExpExecArray, text: string): boolean {
  const at = m.index ?? -1;
  const w = m[3];
  if (at < 0 || text.slice(at, at + m[0].length) !== m[0] || !w || w.charCodeAt(0) !== 77) return false;
  const end = at + m[0].length;
  return SUNDAY_AFTER.test(text.slice(end, end + 8)) || SUNDAY_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}

function weekdayOfToday(t: LocalDate): number {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

// ---------------------------------------------------------------------------------------------
// this/next week, month, year: minggu depan, bulan ini, tahun depan, next week
const periodParser = make(
  '(minggu|mgg|mg|pekan|bulan|bln|tahun|thn)\\s+(ini|depan|dpn|mendatang|berikutnya|lalu|kemarin|yang\\s+lalu)|(this|next|last|the\\s+coming|coming)\\s+(week|month|year)',
  (m, today) => {
    const unitWord = lc(m[1] ?? m[4]);
    const mod = lc(m[2] ?? m[3]);
    const unit = /^(minggu|mgg|mg|pekan|week)$/.test(unitWord) ? 'week' : /^(bulan|bln|month)$/.test(unitWord) ? 'month' : 'year';
    const past = /lalu|kemarin|last/.test(mod);
    const next = /depan|dpn|mendatang|berikutnya|next|coming/.test(mod);
    if (unit === 'week') {
      if (past) return { date: addDays(today, -7), precision: 'week', past: true };
      if (next) return { date: addDays(today, 7), precision: 'week' };
      return { date: weekdayThisWeek(today, 0), precision: 'week' };
    }
    if (unit === 'month') {
      if (past) return { date: addMonths(today, -1), precision: 'month', past: true };
      if (next) return { date: addMonths(today, 1), precision: 'month' };
      return { date: lastDayOfMonth(today.y, today.m), precision: 'month' };
    }
    if (past) return { date: ymd(today.y - 1, 12, 31), precision: 'year', past: true };
    // "tahun depan" as a deadline: by the end of next year
    if (next) return { date: ymd(today.y + 1, 12, 31), precision: 'year' };
    return { date: ymd(today.y, 12, 31), precision: 'year' };
  },
);

// ---------------------------------------------------------------------------------------------
// durations: dalam 3 hari, 2 minggu lagi, maksimal 5 hari kerja, 1x24 jam, within 10 working days
const UNIT_RE = 'hari\\s+kerja|hr\\s+kerja|hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn|jam|working\\s+days?|business\\s+days?|days?|weeks?|months?|years?|hours?';
const durationParser = make(
  `(?:(dalam(?:\\s+waktu)?|dlm|maksimal|maksimum|maks\\.?|max\\.?|paling\\s+lambat|paling\\s+telat|selambat-?\\s*lambatnya|kurang\\s+dari|tidak\\s+lebih\\s+dari|within|in(?:\\s+the\\s+next)?|no\\s+later\\s+than|at\\s+most|no\\s+more\\s+than|less\\s+than)\\s+)?(?:(\\d{1,2})\\s*[x×]\\s*24\\s*jam|(?:(${NUMBER_RE})\\s*|(se))(${UNIT_RE}))(?:\\s+(lagi|ke\\s*depan|kedepan|mendatang|dari\\s+sekarang|dari\\s+hari\\s+ini|sejak\\s+hari\\s+ini|from\\s+now|from\\s+today|later|ahead))?`,
  (m, today, ctx) => {
    const qual = lc(m[1]);
    const after = lc(m[6]);
    let n: number | undefined;
    let unit: string;
    if (m[2]) {
      n = parseInt(m[2], 10);
      unit = 'x24';
    } else {
      n = m[4] ? 1 : numberValue(m[3] ?? '');
      unit = lc(m[5]);
    }
    if (n === undefined || n <= 0 || n > 400) return null;
    const working = /kerja|working|business/.test(unit);
    // a bare count ("500 hari", "selama 14 hari") is not a deadline: need a qualifier
    if (!qual && !after && !working && unit !== 'x24') return null;
    const deadline = Boolean(qual) && !/^(in|in the next)$/.test(qual);
    if (unit === 'x24') return { date: addDays(today, n), precision: 'day', deadline };
    if (working) return { date: addWorkingDays(today, n), precision: 'day', deadline };
    if (/^(jam|hours?)$/.test(unit)) {
      const hour = localDateOf(ctx.reference.instant, typeof ctx.reference.timezoneOffset === 'number' ? ctx.reference.timezoneOffset : 420).hour;
      return { date: addDays(today, Math.floor((hour + n) / 24)), precision: 'day', deadline };
    }
    if (/^(hari|hr|days?)$/.test(unit)) return { date: addDays(today, n), precision: 'day', deadline };
    if (/^(minggu|mgg|pekan|weeks?)$/.test(unit)) return { date: addDays(today, 7 * n), precision: 'week', deadline };
    if (/^(bulan|bln|months?)$/.test(unit)) return { date: addMonths(today, n), precision: 'month', deadline };
    return { date: addMonths(today, 12 * n), precision: 'year', deadline };
  },
);

/** In order of preference when two parsers match the same span. */
export const SARING_PARSERS: Parser[] = [
  holidayParser,
  quarterParser,
  edgeParser,
  dayOfMonthParser,
  durationParser,
  weekdayParser,
  casualParser,
  periodParser,
  monthAloneParser,
  yearParser,
];

