/**
 * Extra chrono-node parsers for the deadlines Indonesian officials write, plus their English
 * equivalents: what chrono's Indonesian locale misses or resolves wrongly (akhir bulan, pertengahan
 * Juni, tanggal 5, Q1 / triwulan I, N hari kerja, sebelum Lebaran, Jumat depan …).
 *
 * Every parser resolves against the writer's LOCAL calendar date (reference instant shifted by the
 * reference time zone) and assigns year/month/day itself, so the system time zone never matters.
 * Results carry tags: `saring:p:<precision>`, and `saring:past` / `saring:deadline` where they apply.
 */
import type { Parser, ParsingResult } from 'chrono-node/id';
import {
  addDays,
  addMonths,
  addWorkingDays,
  compare,
  comingWeekday,
  daysInMonth,
  lastDayOfMonth,
  localDateOf,
  quarterEnd,
  quarterOf,
  weekdayNextWeek,
  weekdayThisWeek,
  ymd,
  type LocalDate,
} from './calendar';
import { nextHoliday, type HolidayId } from './holidays';
import { MONTH_ANY_RE, MONTH_EN_RE, MONTH_ID_RE, NUMBER_RE, WEEKDAY_RE, monthNumber, numberValue, ordinalValue, weekdayNumber } from './words';
import { SPACE_CHARS, trimEndWhile } from '../analyze/text/trim';

export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'year';
type Ctx = Parameters<Parser['pattern']>[0];
type Today = LocalDate & { hour: number };

interface Out {
  date: LocalDate;
  precision: Precision;
  past?: boolean;
  deadline?: boolean;
  tag?: string;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

const todays = new WeakMap<object, Today>();
function todayOf(ctx: Ctx): Today {
  let t = todays.get(ctx);
  if (!t) {
    const ref = ctx.reference;
    t = localDateOf(ref.instant, typeof ref.timezoneOffset === 'number' ? ref.timezoneOffset : 420);
    todays.set(ctx, t);
  }
  return t;
}

function make(source: string, fn: (m: RegExpExecArray, today: Today, ctx: Ctx) => Out | null): Parser {
  const re = new RegExp(`${L}(?:${source})${R}`, 'iu');
  return {
    pattern: () => re,
    extract(ctx, match) {
      let out: Out | null;
      try {
        out = fn(match as RegExpExecArray, todayOf(ctx), ctx);
      } catch {
        return null;
      }
      if (!out) return null;
      const r: ParsingResult = ctx.createParsingResult(match.index ?? 0, match[0], { year: out.date.y, month: out.date.m, day: out.date.d });
      r.addTag(`saring:p:${out.precision}`);
      if (out.past) r.addTag('saring:past');
      if (out.deadline) r.addTag('saring:deadline');
      if (out.tag) r.addTag(out.tag);
      return r;
    },
  };
}

const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const isPast = (x: LocalDate, today: LocalDate) => compare(x, today) < 0;

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
  (m, today) => {
    const pre = lc(m[1]);
    const word = lc(m[3]);
    const mod = lc(m[4]);
    const wd = weekdayNumber(word);
    if (wd === undefined) return null;
    // "minggu" alone is "week"; Sunday needs "hari Minggu" (or an English/Indonesian weekday context)
    if (word === 'minggu' && !m[2]) return null;
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

// ---------------------------------------------------------------------------------------------
// period edges: akhir/awal/pertengahan bulan (depan), akhir tahun, akhir Desember, pertengahan Juni,
// awal 2027, end of the month, mid-December, early next month, year-end
type Edge = 'start' | 'mid' | 'end';
function edgeOf(word: string): Edge {
  const w = lc(word);
  if (/^(awal|early|beginning|start)$/.test(w)) return 'start';
  if (/^(pertengahan|tengah|medio|mid|middle)$/.test(w)) return 'mid';
  return 'end';
}

function monthEdge(y: number, mo: number, edge: Edge): LocalDate {
  if (edge === 'start') return { y, m: mo, d: 1 };
  if (edge === 'mid') return { y, m: mo, d: 15 };
  return lastDayOfMonth(y, mo);
}

function yearEdge(y: number, edge: Edge): LocalDate {
  if (edge === 'start') return { y, m: 1, d: 1 };
  if (edge === 'mid') return { y, m: 6, d: 30 };
  return { y, m: 12, d: 31 };
}

function weekEdge(monday: LocalDate, edge: Edge): LocalDate {
  return addDays(monday, edge === 'start' ? 0 : edge === 'mid' ? 2 : 6);
}

const EDGE_ID = 'akhir|awal|pertengahan|tengah|medio|penghujung|ujung';
const edgeParser = make(
  `(${EDGE_ID})\\s+(?:(pekan|minggu|mgg|bulan|bln|tahun|thn)(?:\\s+(ini|depan|dpn|mendatang|berikutnya|lalu|kemarin))?|(?:bulan\\s+)?(${MONTH_ID_RE})(?:\\s+(?:tahun\\s+)?(\\d{4}))?|(?:tahun\\s+)?(\\d{4}))` +
    `|(?:(?:the\\s+)?(end|beginning|start|middle)\\s+of\\s+(?:the\\s+)?|(early|mid|late)[-\\s]+)(?:(this|next|last)\\s+)?(?:(week|month|year)|(${MONTH_EN_RE})(?:\\s+(\\d{4}))?|(\\d{4}))` +
    `|(month|year|week)[-\\s]end|(weekend|this\\s+weekend|akhir\\s+pekan)`,
  (m, today) => {
    // English "weekend"/"akhir pekan" without a modifier handled below
    if (m[15]) {
      const sunday = comingWeekday(today, 0);
      return { date: sunday, precision: 'week' };
    }
    let edge: Edge;
    let unit: string | undefined;
    let mod: string;
    let monthWord: string | undefined;
    let yearWord: string | undefined;
    if (m[1]) {
      edge = edgeOf(/penghujung|ujung/.test(lc(m[1])) ? 'akhir' : m[1]);
      unit = m[2] ? lc(m[2]) : undefined;
      mod = lc(m[3]);
      monthWord = m[4];
      yearWord = m[5] ?? m[6];
    } else if (m[14]) {
      edge = 'end';
      unit = lc(m[14]);
      mod = '';
    } else {
      edge = edgeOf(m[7] ?? (lc(m[8]) === 'late' ? 'end' : m[8]));
      mod = lc(m[9]);
      unit = m[10] ? lc(m[10]) : undefined;
      monthWord = m[11];
      yearWord = m[12] ?? m[13];
    }
    const next = /depan|dpn|mendatang|berikutnya|next/.test(mod);
    const last = /lalu|kemarin|last/.test(mod);
    const isThis = mod === 'ini' || mod === 'this';
    if (unit && /^(pekan|minggu|mgg|week)$/.test(unit)) {
      let monday = addDays(weekdayThisWeek(today, 1), next ? 7 : last ? -7 : 0);
      let date = weekEdge(monday, edge);
      if (!next && !last && !isThis && isPast(date, today)) {
        monday = addDays(monday, 7);
        date = weekEdge(monday, edge);
      }
      return { date, precision: 'week', past: isPast(date, today) };
    }
    if (unit && /^(bulan|bln|month)$/.test(unit)) {
      const base = addMonths({ y: today.y, m: today.m, d: 1 }, next ? 1 : last ? -1 : 0);
      let date = monthEdge(base.y, base.m, edge);
      if (!next && !last && !isThis && isPast(date, today)) {
        const b2 = addMonths(base, 1);
        date = monthEdge(b2.y, b2.m, edge);
      }
      return { date, precision: 'month', past: isPast(date, today) };
    }
    if (unit && /^(tahun|thn|year)$/.test(unit)) {
      let y = today.y + (next ? 1 : last ? -1 : 0);
      let date = yearEdge(y, edge);
      if (!next && !last && !isThis && isPast(date, today)) date = yearEdge(++y, edge);
      return { date, precision: 'year', past: isPast(date, today) };
    }
    if (monthWord) {
      const mo = monthNumber(monthWord);
      if (!mo) return null;
      let y = yearWord ? parseInt(yearWord, 10) : today.y;
      if (!yearWord && mo < today.m) y++;
      const date = monthEdge(y, mo, edge);
      return { date, precision: 'month', past: isPast(date, today) };
    }
    if (yearWord) {
      const date = yearEdge(parseInt(yearWord, 10), edge);
      return { date, precision: 'year', past: isPast(date, today) };
    }
    return null;
  },
);

// ---------------------------------------------------------------------------------------------
// a month on its own as a deadline: "bulan Desember", "pada Desember 2026", "in December", "sebelum Juli"
const monthAloneParser = make(
  `(?:(bulan|pada|di|sebelum|hingga|sampai|in|by|before|until|during)\\s+)?(?:bulan\\s+)?(${MONTH_ANY_RE})(?:\\s+(?:tahun\\s+)?(\\d{4}))?`,
  (m, today) => {
    const pre = lc(m[1]);
    const word = lc(m[2]);
    // English names (may, march …) are ordinary words: only after a preposition
    const english = !(word in MONTHS_ID_SET);
    if (english && !/^(in|by|before|until|during)$/.test(pre) && !m[3]) return null;
    const mo = monthNumber(word);
    if (!mo) return null;
    let y = m[3] ? parseInt(m[3], 10) : today.y;
    if (!m[3] && mo < today.m) y++;
    if (/^(sebelum|before)$/.test(pre)) {
      const date = addDays({ y, m: mo, d: 1 }, -1);
      return { date, precision: 'month', deadline: true, past: isPast(date, today) };
    }
    const date = lastDayOfMonth(y, mo);
    return { date, precision: 'month', past: isPast(date, today) };
  },
);
const MONTHS_ID_SET: Record<string, true> = Object.fromEntries(MONTH_ID_RE.split('|').map((k) => [k, true]));

// ---------------------------------------------------------------------------------------------
// tanggal N (bulan depan / Desember 2026), "on the 5th"
const dayOfMonthParser = make(
  `(?:tanggal|tgl\\.?|tg\\.?|(?:on|by|before|until)\\s+the)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\s*[/.\\-]\\s*\\d)(?:\\s+(bulan\\s+(?:ini|depan|dpn)|(?:of\\s+)?(?:this|next)\\s+month|(?:bulan\\s+)?(?:${MONTH_ANY_RE})(?:\\s+(\\d{4}))?))?`,
  (m, today) => {
    const d = parseInt(m[1], 10);
    if (d < 1 || d > 31) return null;
    const rest = lc(m[2]);
    let y = today.y;
    let mo = today.m;
    if (rest) {
      if (/depan|dpn|next/.test(rest)) {
        const b = addMonths({ y, m: mo, d: 1 }, 1);
        y = b.y;
        mo = b.m;
      } else if (!/ini|this/.test(rest)) {
        const word = stripTrailingYear(rest.replace(/^bulan\s+/, ''));
        const n = monthNumber(word);
        if (!n) return null;
        mo = n;
        if (m[3]) y = parseInt(m[3], 10);
        else if (mo < today.m || (mo === today.m && d < today.d)) y++;
      }
      if (d > daysInMonth(y, mo)) return null;
      const date = { y, m: mo, d };
      return { date, precision: 'day', past: isPast(date, today) };
    }
    // next day-of-month N on or after today, skipping months too short for it
    for (let k = 0; k < 14; k++) {
      const b = addMonths({ y: today.y, m: today.m, d: 1 }, k);
      if (d > daysInMonth(b.y, b.m)) continue;
      const date = { y: b.y, m: b.m, d };
      if (compare(date, today) >= 0) return { date, precision: 'day' };
    }
    return null;
  },
);

// ---------------------------------------------------------------------------------------------
// quarters and halves: Q1 2027, triwulan I, kuartal ketiga, first quarter of 2027, semester II, H1 2027
const quarterParser = make(
  `(?:(akhir|awal|end\\s+of|start\\s+of|beginning\\s+of)\\s+(?:the\\s+)?)?(?:(?:q|kuartal|kwartal|triwulan|tw)\\s*[-.]?\\s*(1|2|3|4|iv|iii|ii|i|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|(kuartal|kwartal|triwulan|quarter)\\s+(ini|depan|berikutnya|mendatang|this|next)|(this|next)\\s+quarter|(semester|smt)\\s*(1|2|ii|i|pertama|kedua|satu|dua|ini|depan)|(first|second)\\s+half|h([12]))(?:\\s+(?:tahun\\s+|of\\s+)?(\\d{4})|\\s*[/'’-]\\s*(\\d{2}|\\d{4}))?`,
  (m, today) => {
    const start = /awal|start|beginning/.test(lc(m[1]));
    const yearText = m[11] ?? m[12];
    const explicitYear = yearText ? (yearText.length === 2 ? 2000 + parseInt(yearText, 10) : parseInt(yearText, 10)) : undefined;
    let span: 3 | 6 = 3;
    let idx: number | undefined;
    let relative: 'this' | 'next' | undefined;
    if (m[2]) idx = ordinalValue(m[2]);
    else if (m[3]) idx = ordinalValue(m[3]);
    else if (m[4] || m[6]) relative = /depan|berikutnya|mendatang|next/.test(lc(m[5] ?? m[6])) ? 'next' : 'this';
    else if (m[7]) {
      span = 6;
      const w = lc(m[8]);
      if (w === 'ini') relative = 'this';
      else if (w === 'depan') relative = 'next';
      else idx = ordinalValue(w);
    } else if (m[9]) {
      span = 6;
      idx = lc(m[9]) === 'first' ? 1 : 2;
    } else if (m[10]) {
      span = 6;
      idx = parseInt(m[10], 10);
    }
    const per = 12 / span;
    const cur = span === 3 ? quarterOf(today.m) : today.m <= 6 ? 1 : 2;
    let y = explicitYear ?? today.y;
    if (relative) {
      idx = cur + (relative === 'next' ? 1 : 0);
      if (idx > per) {
        idx = 1;
        y++;
      }
    }
    if (!idx || idx < 1 || idx > per) return null;
    const endOf = (yy: number, i: number) => (span === 3 ? quarterEnd(yy, i) : lastDayOfMonth(yy, i * 6));
    if (explicitYear === undefined && !relative && compare(endOf(y, idx), today) < 0) y++;
    const end = endOf(y, idx);
    const date = start ? { y, m: end.m - span + 1, d: 1 } : end;
    return { date, precision: 'quarter', past: isPast(date, today) };
  },
);

// ---------------------------------------------------------------------------------------------
// a year on its own after a preposition: "pada 2027", "tahun 2027", "sebelum 2027", "by 2027"
const yearParser = make('(tahun|pada\\s+tahun|pada|hingga|sampai|sebelum|in|by|before|until)\\s+(20\\d{2})', (m, today) => {
  const y = parseInt(m[2], 10);
  const before = /^(sebelum|before)$/.test(lc(m[1]));
  const date = before ? ymd(y - 1, 12, 31) : ymd(y, 12, 31);
  return { date, precision: 'year', deadline: before, past: isPast(date, today) };
});

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

/** "juni 2027" → "juni" (a trailing four-digit year after white space), without a backtracking regex. */
function stripTrailingYear(s: string): string {
  const n = s.length;
  if (n < 6 || !/^\d{4}$/.test(s.slice(n - 4)) || !SPACE_CHARS.includes(s[n - 5])) return s;
  return trimEndWhile(s.slice(0, n - 4), SPACE_CHARS);
}
