/**
 * Holidays that Indonesian officials use as deadlines ("sebelum Lebaran", "menjelang Natal").
 *
 * MOVABLE dates follow the government's decision each year (SKB 3 Menteri on national holidays and
 * cuti bersama). Update this table when a new decree is out; entries marked `estimate` are
 * astronomical estimates until then. Beyond the last entry, Islamic holidays are extrapolated by the
 * mean lunar year (354.367 days), which is good to a day or so.
 */
import { addDays, compare, parseYmd, ymd, type LocalDate } from './calendar';

export type HolidayId = 'idul_fitri' | 'idul_adha' | 'ramadan' | 'imlek' | 'natal' | 'tahun_baru' | 'kemerdekaan';

interface Dated {
  date: string;
  source: string;
  estimate?: boolean;
}

export const MOVABLE_HOLIDAYS: Record<'idul_fitri' | 'idul_adha' | 'ramadan' | 'imlek', Dated[]> = {
  idul_fitri: [
    { date: '2025-03-31', source: '1446 H, SKB 3 Menteri 2025' },
    { date: '2026-03-21', source: '1447 H, SKB 3 Menteri 1497/2025' },
    { date: '2027-03-10', source: '1448 H', estimate: true },
    { date: '2028-02-27', source: '1449 H', estimate: true },
  ],
  idul_adha: [
    { date: '2025-06-06', source: '1446 H, SKB 3 Menteri 2025' },
    { date: '2026-05-27', source: '1447 H, SKB 3 Menteri 1497/2025' },
    { date: '2027-05-17', source: '1448 H', estimate: true },
    { date: '2028-05-05', source: '1449 H', estimate: true },
  ],
  /** 1 Ramadan (awal puasa) */
  ramadan: [
    { date: '2025-03-01', source: '1446 H, sidang isbat' },
    { date: '2026-02-19', source: '1447 H', estimate: true },
    { date: '2027-02-08', source: '1448 H', estimate: true },
    { date: '2028-01-28', source: '1449 H', estimate: true },
  ],
  imlek: [
    { date: '2025-01-29', source: 'SKB 3 Menteri 2025' },
    { date: '2026-02-17', source: 'SKB 3 Menteri 1497/2025' },
    { date: '2027-02-06', source: 'lunisolar calendar', estimate: true },
    { date: '2028-01-26', source: 'lunisolar calendar', estimate: true },
  ],
};

const FIXED: Record<'natal' | 'tahun_baru' | 'kemerdekaan', [number, number]> = {
  natal: [12, 25],
  tahun_baru: [1, 1],
  kemerdekaan: [8, 17],
};

const LUNAR_YEAR_DAYS = 354.367;

/**
 * The first occurrence of the holiday whose date minus `leadDays` is on or after `today`
 * (so "sebelum Lebaran" said on the eve of Lebaran still means today).
 */
export function nextHoliday(id: HolidayId, today: LocalDate, leadDays = 0): LocalDate {
  if (id === 'natal' || id === 'tahun_baru' || id === 'kemerdekaan') {
    const [m, d] = FIXED[id];
    for (let y = today.y; y <= today.y + 2; y++) {
      const h = ymd(y, m, d);
      if (compare(addDays(h, -leadDays), today) >= 0) return h;
    }
    return ymd(today.y + 1, m, d);
  }
  const table = MOVABLE_HOLIDAYS[id];
  let last: LocalDate | null = null;
  for (const row of table) {
    const h = parseYmd(row.date);
    if (!h) continue;
    last = h;
    if (compare(addDays(h, -leadDays), today) >= 0) return h;
  }
  // past the table: extrapolate (Islamic holidays by lunar years, Imlek by the same rough cycle)
  let base = last ?? today;
  for (let k = 1; k < 200; k++) {
    const h = addDays(base, Math.round(k * (id === 'imlek' ? 365.25 : LUNAR_YEAR_DAYS)));
    if (compare(addDays(h, -leadDays), today) >= 0) return h;
  }
  base = addDays(today, 365);
  return base;
}
