/** Calendar-date helpers. Dates are local calendar days as YYYY-MM-DD; no time zone juggling. */

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real calendar date in YYYY-MM-DD form? */
export function isYmd(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The local calendar date of `now` (the browser's time zone). */
export function localYmd(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function dayNumber(ymd: string): number {
  const m = YMD.exec(ymd)!;
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(ymd: string, days: number): string {
  const d = new Date((dayNumber(ymd) + days) * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

const DAYS = {
  id: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "Jum, 27 Nov 2026" (id) / "Fri, 27 Nov 2026" (en). Fixed tables, so every browser shows the same. */
export function formatDue(ymd: string, lang: 'id' | 'en' = 'id'): string {
  if (!isYmd(ymd)) return ymd;
  const m = YMD.exec(ymd)!;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${DAYS[lang][d.getUTCDay()]}, ${+m[3]} ${MONTHS[lang][+m[2] - 1]} ${m[1]}`;
}

/** "27 Nov 2026 14.05" (id) / "27 Nov 2026 14:05" (en), in the browser's time zone. */
export function formatDateTime(iso: string, lang: 'id' | 'en' = 'id'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const sep = lang === 'id' ? '.' : ':';
  return `${d.getDate()} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()} ${p(d.getHours())}${sep}${p(d.getMinutes())}`;
}
