import { describe, expect, it } from 'vitest';
import { findDates, pickDeadline, nextHoliday, type DateHit } from '../../../lib/dates';
import { addWorkingDays, formatYmd, weekday, ymd, addMonths, formatLong } from '../../../lib/dates/calendar';

/** The deadline that a promise written at `now` (ISO with offset) would get. */
function due(text: string, now: string, lang: 'id' | 'en' = 'id', tz?: number): DateHit | null {
  const m = /([+-])(\d\d):(\d\d)$/.exec(now);
  const offset = tz ?? (m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0);
  return pickDeadline(findDates(text, new Date(now), offset, lang));
}
const d = (text: string, now: string, lang: 'id' | 'en' = 'id') => due(text, now, lang)?.due ?? null;

// Reference moments (all WIB): Wed 2026-02-18, Sat 2026-03-14, Thu 2026-12-31 22:00, Mon 2026-12-07
const WED = '2026-02-18T09:00:00+07:00';
const SAT = '2026-03-14T10:00:00+07:00';
const NYE = '2026-12-31T22:00:00+07:00';
const MON = '2026-12-07T10:00:00+07:00';

describe('calendar', () => {
  it('does day arithmetic without time zones', () => {
    expect(formatYmd(ymd(2026, 13, 1))).toBe('2027-01-01');
    expect(formatYmd(ymd(2026, 3, 0))).toBe('2026-02-28');
    expect(weekday(ymd(2026, 2, 18))).toBe(3);
    expect(formatYmd(addMonths(ymd(2027, 1, 31), 1))).toBe('2027-02-28');
  });
  it('counts working days Monday to Friday', () => {
    expect(formatYmd(addWorkingDays(ymd(2026, 2, 20), 1))).toBe('2026-02-23'); // Fri → Mon
    expect(formatYmd(addWorkingDays(ymd(2026, 2, 21), 3))).toBe('2026-02-25'); // Sat → Wed
    expect(formatYmd(addWorkingDays(ymd(2026, 2, 18), 5))).toBe('2026-02-25');
  });
  it('formats dates in Indonesian and English', () => {
    expect(formatLong(ymd(2026, 2, 27), 'id')).toBe('Jumat, 27 Februari 2026');
    expect(formatLong(ymd(2026, 2, 27), 'en')).toBe('Fri 27 Feb 2026');
  });
});

describe('casual days', () => {
  it('hari ini, besok, lusa, nanti sore', () => {
    expect(d('kami kirim hari ini', WED)).toBe('2026-02-18');
    expect(d('kami kirim besok pagi', WED)).toBe('2026-02-19');
    expect(d('lusa kami datang', WED)).toBe('2026-02-20');
    // written late in the evening, "nanti sore" is still today (chrono alone moves it to tomorrow)
    expect(d('petugas datang nanti sore', '2026-02-18T21:00:00+07:00')).toBe('2026-02-18');
  });
  it('English casual days', () => {
    expect(d('we will do it tomorrow', WED, 'en')).toBe('2026-02-19');
    expect(d('the day after tomorrow', WED, 'en')).toBe('2026-02-20');
    expect(d('tonight', WED, 'en')).toBe('2026-02-18');
  });
  it('marks past references', () => {
    const hits = findDates('kemarin sore dan Sabtu lalu', new Date(WED), 420);
    expect(hits.length).toBe(2);
    expect(hits.every((h) => h.past)).toBe(true);
    expect(pickDeadline(hits)).toBeNull();
  });
});

describe('weekdays', () => {
  it('"Jumat ini" is the coming Friday, "Jumat depan" the Friday of next week', () => {
    expect(d('Jumat ini', WED)).toBe('2026-02-20');
    expect(d('hari Jumat', WED)).toBe('2026-02-20');
    expect(d('Jumat depan', WED)).toBe('2026-02-27');
    expect(d('Senin minggu depan', SAT)).toBe('2026-03-16');
    expect(d('Kamis pekan depan', WED)).toBe('2026-02-26');
  });
  it('"Minggu depan" is next week, "hari Minggu depan" is Sunday of next week', () => {
    expect(d('Minggu depan kami cek', WED)).toBe('2026-02-25');
    expect(d('mgg dpn kami pasang', WED)).toBe('2026-02-25');
    expect(d('hari Minggu depan kami gelar', WED)).toBe('2026-03-01');
  });
  it('English weekdays', () => {
    expect(d('by Friday', WED, 'en')).toBe('2026-02-20');
    expect(d('next Tuesday', WED, 'en')).toBe('2026-02-24');
  });
  it('a weekday followed by its date takes the date', () => {
    const h = due('Kami serahkan Kamis, 26 Februari', WED);
    expect(h?.due).toBe('2026-02-26');
    expect(h?.text).toBe('Kamis, 26 Februari');
  });
});

describe('period edges', () => {
  it('akhir/awal/pertengahan bulan', () => {
    expect(d('akhir bulan', WED)).toBe('2026-02-28');
    expect(d('akhir bulan ini', WED)).toBe('2026-02-28');
    expect(d('akhir bulan depan', '2027-01-31T11:00:00+07:00')).toBe('2027-02-28');
    expect(d('awal bulan depan', WED)).toBe('2026-03-01');
    expect(d('pertengahan bulan depan', WED)).toBe('2026-03-15');
  });
  it('a named month: akhir Desember → 31 Dec, pertengahan Juni → 15 Jun (chrono alone says the 1st)', () => {
    expect(d('akhir Desember', WED)).toBe('2026-12-31');
    expect(d('pertengahan Juni', WED)).toBe('2026-06-15');
    expect(d('awal Maret 2027', WED)).toBe('2027-03-01');
    expect(d('akhir Januari', MON)).toBe('2027-01-31');
    expect(due('akhir Desember', WED)?.precision).toBe('month');
  });
  it('written on the last evening of the year, "akhir Desember" is today', () => {
    expect(d('akhir Desember', NYE)).toBe('2026-12-31');
  });
  it('a month alone is its last day; "sebelum Juli" is the day before it starts', () => {
    expect(d('pada bulan Desember', WED)).toBe('2026-12-31');
    expect(d('sebelum Juli', WED)).toBe('2026-06-30');
    expect(d('in December', WED, 'en')).toBe('2026-12-31');
  });
  it('akhir/awal tahun and akhir pekan', () => {
    expect(d('akhir tahun', WED)).toBe('2026-12-31');
    expect(d('akhir tahun depan', WED)).toBe('2027-12-31');
    expect(d('awal tahun depan', WED)).toBe('2027-01-01');
    expect(d('akhir pekan ini', WED)).toBe('2026-02-22');
    expect(due('akhir tahun', WED)?.precision).toBe('year');
  });
  it('English period edges', () => {
    expect(d('by end of month', WED, 'en')).toBe('2026-02-28');
    expect(d('by the end of next month', WED, 'en')).toBe('2026-03-31');
    expect(d('mid-December', WED, 'en')).toBe('2026-12-15');
    expect(d('early next month', WED, 'en')).toBe('2026-03-01');
    expect(d('by year-end', WED, 'en')).toBe('2026-12-31');
  });
});

describe('tanggal N and absolute dates', () => {
  it('tanggal N is the next such day of the month', () => {
    expect(d('tanggal 25', WED)).toBe('2026-02-25');
    expect(d('tanggal 5', WED)).toBe('2026-03-05');
    expect(d('tgl 18', WED)).toBe('2026-02-18');
    // 30 February does not exist: the next month that has a 30th
    expect(d('tanggal 30', WED)).toBe('2026-03-30');
    expect(d('tanggal 10 bulan depan', WED)).toBe('2026-03-10');
    expect(d('tanggal 3 Januari', WED)).toBe('2027-01-03');
  });
  it('absolute dates roll to their next occurrence when no year is given', () => {
    expect(d('paling lambat 25 November', WED)).toBe('2026-11-25');
    expect(d('17 Januari', WED)).toBe('2027-01-17');
    expect(d('31 Maret 2027', WED)).toBe('2027-03-31');
    expect(d('05-12-2026', WED)).toBe('2026-12-05');
    expect(d('tgl 2/3', WED)).toBe('2026-03-02');
  });
});

describe('quarters and halves', () => {
  it('Q/triwulan/kuartal end on the quarter end', () => {
    expect(d('Q1 2027', WED)).toBe('2027-03-31');
    expect(d('triwulan I 2027', WED)).toBe('2027-03-31');
    expect(d('kuartal ketiga', WED)).toBe('2026-09-30');
    expect(d('triwulan I', '2026-05-01T10:00:00+07:00')).toBe('2027-03-31');
    expect(d('triwulan depan', WED)).toBe('2026-06-30');
    expect(d('the third quarter of 2027', WED, 'en')).toBe('2027-09-30');
    expect(due('Q1 2027', WED)?.precision).toBe('quarter');
  });
  it('semesters', () => {
    expect(d('semester II 2027', WED)).toBe('2027-12-31');
    expect(d('semester pertama', WED)).toBe('2026-06-30');
  });
});

describe('durations and working days', () => {
  it('dalam N hari, N minggu lagi, 1x24 jam', () => {
    expect(d('dalam 3 hari', WED)).toBe('2026-02-21');
    expect(d('2 minggu lagi', WED)).toBe('2026-03-04');
    expect(d('seminggu lagi', WED)).toBe('2026-02-25');
    expect(d('dalam 1x24 jam', WED)).toBe('2026-02-19');
    expect(d('within three days', WED, 'en')).toBe('2026-02-21');
    expect(due('2 minggu lagi', WED)?.precision).toBe('week');
  });
  it('a bare count is not a deadline', () => {
    expect(d('selama 14 hari', WED)).toBeNull();
    expect(d('500 hari', WED)).toBeNull();
  });
  it('N hari kerja skips weekends', () => {
    expect(d('maksimal 5 hari kerja', MON)).toBe('2026-12-14');
    expect(d('3 hari kerja', '2026-10-04T20:00:00+07:00')).toBe('2026-10-07'); // from a Sunday
    expect(d('within 10 working days', '2026-11-25T10:00:00+07:00', 'en')).toBe('2026-12-09');
  });
});

describe('holidays', () => {
  it('sebelum Lebaran is the day before Idul Fitri, from the dated table', () => {
    expect(d('sebelum Lebaran', '2026-01-10T10:00:00+07:00')).toBe('2026-03-20');
    expect(d('sebelum Lebaran', '2026-11-20T10:00:00+07:00')).toBe('2027-03-09');
    expect(d('sebelum Idul Fitri', '2026-11-20T10:00:00+07:00')).toBe('2027-03-09');
    expect(d('H-7 Lebaran', '2026-11-20T10:00:00+07:00')).toBe('2027-03-03');
    expect(d('before Eid', '2027-01-20T09:00:00+07:00', 'en')).toBe('2027-03-09');
  });
  it('Natal, Tahun Baru and Christmas', () => {
    expect(d('sebelum Natal', WED)).toBe('2026-12-24');
    expect(d('sebelum Tahun Baru', WED)).toBe('2026-12-31');
    expect(d('menjelang Natal', '2026-12-26T10:00:00+07:00')).toBe('2027-12-24');
    expect(d('before Christmas', WED, 'en')).toBe('2026-12-24');
  });
  it('extrapolates past the end of the table', () => {
    const h = nextHoliday('idul_fitri', { y: 2030, m: 1, d: 1 });
    expect(h.y).toBe(2030);
    expect(h.m).toBeGreaterThanOrEqual(1);
    expect(h.m).toBeLessThanOrEqual(3);
  });
});

describe('deadline words', () => {
  it('paling lambat / selambat-lambatnya / maksimal / hingga are deadlines, in the phrase', () => {
    const h = due('kami kerjakan paling lambat Jumat depan', WED);
    expect(h?.deadline).toBe(true);
    expect(h?.text).toBe('paling lambat Jumat depan');
    expect(due('selambat-lambatnya akhir bulan', WED)?.deadline).toBe(true);
    expect(due('hingga 31 Maret', WED)?.text).toBe('hingga 31 Maret');
  });
  it('sebelum / before a day means the day before', () => {
    expect(d('sebelum 25 Februari', WED)).toBe('2026-02-24');
    expect(d('before Friday', WED, 'en')).toBe('2026-02-19');
  });
  it('prefers the marked deadline over an earlier date', () => {
    expect(d('mulai besok kami buka posko hingga 31 Maret', WED)).toBe('2026-03-31');
  });
});

describe('time zones', () => {
  it('resolves in the zone of the writing moment', () => {
    // 2026-12-31 20:00 UTC is already 1 January in Jakarta, still 31 December in New York
    expect(due('besok', '2026-12-31T20:00:00Z', 'id', 420)?.due).toBe('2027-01-02');
    expect(due('besok', '2026-12-31T20:00:00Z', 'id', -300)?.due).toBe('2027-01-01');
    expect(due('akhir bulan', '2026-01-31T18:00:00Z', 'id', 420)?.due).toBe('2026-02-28');
    expect(due('akhir bulan', '2026-01-31T18:00:00Z', 'id', 0)?.due).toBe('2026-01-31');
  });
  it('WITA and WIT offsets', () => {
    expect(due('hari ini', '2026-03-01T16:30:00Z', 'id', 480)?.due).toBe('2026-03-02');
    expect(due('hari ini', '2026-03-01T14:30:00Z', 'id', 540)?.due).toBe('2026-03-01');
  });
});

describe('robustness', () => {
  it('never throws and ignores text without dates', () => {
    expect(findDates('', new Date(WED))).toEqual([]);
    expect(findDates('tidak ada tanggal di sini', new Date(WED))).toEqual([]);
    expect(findDates('besok', new Date(Number.NaN))).toEqual([]);
  });
});
