/**
 * Saring's chrono-node parsers for calendar periods: period edges (akhir bulan, pertengahan Juni, end of
 * the month), a month alone, tanggal N, quarters and halves (Q1, triwulan I, semester II), a bare year.
 * Split from parsers.ts; the parsers for days, weekdays, durations and holidays stay there.
 */
import { addDays, addMonths, comingWeekday, daysInMonth, lastDayOfMonth, quarterEnd, quarterOf, weekdayThisWeek, ymd, type LocalDate, compare } from './calendar';
import { MONTH_ANY_RE, MONTH_EN_RE, MONTH_ID_RE, monthNumber, ordinalValue } from './words';
import { SPACE_CHARS, trimEndWhile } from '../analyze/text/trim';
import { isPast, lc, make } from './make';

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
export const edgeParser = make(
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
export const monthAloneParser = make(
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
export const dayOfMonthParser = make(
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
export const quarterParser = make(
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
export const yearParser = make('(tahun|pada\\s+tahun|pada|hingga|sampai|sebelum|in|by|before|until)\\s+(20\\d{2})', (m, today) => {
  const y = parseInt(m[2], 10);
  const before = /^(sebelum|before)$/.test(lc(m[1]));
  const date = before ? ymd(y - 1, 12, 31) : ymd(y, 12, 31);
  return { date, precision: 'year', deadline: before, past: isPast(date, today) };
});

/** "juni 2027" → "juni" (a trailing four-digit year after white space), without a backtracking regex. */
function stripTrailingYear(s: string): string {
  const n = s.length;
  if (n < 6 || !/^\d{4}$/.test(s.slice(n - 4)) || !SPACE_CHARS.includes(s[n - 5])) return s;
  return trimEndWhile(s.slice(0, n - 4), SPACE_CHARS);
}
