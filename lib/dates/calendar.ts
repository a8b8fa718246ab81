/**
 * Local calendar arithmetic on plain year/month/day triples. No time zones here: every value is a
 * calendar date in the writer's zone (see localDateOf). Month is 1–12; weekday 0 = Sunday … 6 = Saturday.
 */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

/** The writer's local calendar date (and hour) at `instant`, for a zone `tzOffsetMinutes` east of UTC. */
export function localDateOf(instant: Date, tzOffsetMinutes: number): LocalDate & { hour: number } {
  const t = new Date(instant.getTime() + tzOffsetMinutes * 60_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hour: t.getUTCHours() };
}

/** Days since 1970-01-01 (proleptic Gregorian), without allocating a Date (H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function toDays(x: LocalDate): number {
  return daysFromCivil(x.y, x.m, x.d);
}

function fromDays(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Normalises overflow: ymd(2026, 13, 1) → 2027-01-01, ymd(2026, 3, 0) → 2026-02-28. */
export function ymd(y: number, m: number, d: number): LocalDate {
  const total = y * 12 + (m - 1);
  const yy = Math.floor(total / 12);
  const mm = total - yy * 12 + 1;
  return fromDays(daysFromCivil(yy, mm, 1) + d - 1);
}

export function addDays(x: LocalDate, n: number): LocalDate {
  return fromDays(toDays(x) + n);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(x: LocalDate, n: number): LocalDate {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function lastDayOfMonth(y: number, m: number): LocalDate {
  return { y, m, d: daysInMonth(y, m) };
}

export function weekday(x: LocalDate): number {
  const n = toDays(x); // 1970-01-01 was a Thursday
  return (((n + 4) % 7) + 7) % 7;
}

/** Negative when a is before b, 0 when equal. */
export function compare(a: LocalDate, b: LocalDate): number {
  return toDays(a) - toDays(b);
}

export function diffDays(a: LocalDate, b: LocalDate): number {
  return toDays(a) - toDays(b);
}

/** Monday of the (Monday-first) week holding x, as Indonesian calendars print it. */
export function mondayOf(x: LocalDate): LocalDate {
  const wd = weekday(x);
  return addDays(x, wd === 0 ? -6 : 1 - wd);
}

/** The next day with weekday `wd` on or after x (x itself when it matches). */
export function comingWeekday(x: LocalDate, wd: number): LocalDate {
  return addDays(x, (wd - weekday(x) + 7) % 7);
}

/** Weekday `wd` in the Monday-first week after the one holding x ("Jumat depan", "next Friday"). */
export function weekdayNextWeek(x: LocalDate, wd: number): LocalDate {
  const nextMonday = addDays(mondayOf(x), 7);
  return addDays(nextMonday, wd === 0 ? 6 : wd - 1);
}

/** Weekday `wd` in the Monday-first week holding x. */
export function weekdayThisWeek(x: LocalDate, wd: number): LocalDate {
  return addDays(mondayOf(x), wd === 0 ? 6 : wd - 1);
}

/**
 * N working days after x: Monday to Friday, x itself not counted. National holidays are not
 * skipped (the decree's list changes every year; callers may pass extra days off).
 */
export function addWorkingDays(x: LocalDate, n: number, daysOff?: ReadonlySet<string>): LocalDate {
  let cur = x;
  let left = Math.max(0, Math.floor(n));
  // bounded: at most n + 2n/5 + a few iterations, even with holidays
  let guard = left * 3 + 30;
  while (left > 0 && guard-- > 0) {
    cur = addDays(cur, 1);
    const wd = weekday(cur);
    if (wd === 0 || wd === 6) continue;
    if (daysOff && daysOff.has(formatYmd(cur))) continue;
    left--;
  }
  return cur;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function quarterEnd(y: number, q: number): LocalDate {
  return lastDayOfMonth(y, q * 3);
}

export function formatYmd(x: LocalDate): string {
  return `${String(x.y).padStart(4, '0')}-${x.m < 10 ? '0' : ''}${x.m}-${x.d < 10 ? '0' : ''}${x.d}`;
}

export function parseYmd(s: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  if (x.m < 1 || x.m > 12 || x.d < 1 || x.d > daysInMonth(x.y, x.m)) return null;
  return x;
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jumat, 27 Februari 2026" / "Fri 27 Feb 2026". */
export function formatLong(x: LocalDate, lang: 'id' | 'en' = 'id'): string {
  const wd = weekday(x);
  return lang === 'id' ? `${HARI[wd]}, ${x.d} ${BULAN[x.m - 1]} ${x.y}` : `${DAY_EN[wd]} ${x.d} ${MON_EN[x.m - 1]} ${x.y}`;
}
