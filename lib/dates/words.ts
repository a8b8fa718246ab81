/** Word lists shared by the date parsers (Indonesian first, English equivalents, common chat spellings). */

export const MONTHS_ID: Record<string, number> = {
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  nopember: 11,
  desember: 12,
};

export const MONTHS_EN: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const MONTH_ID_RE = Object.keys(MONTHS_ID).join('|');
/** full English names only: safe after a preposition */
export const MONTH_EN_RE = 'january|february|march|april|may|june|july|august|september|october|november|december';
export const MONTH_ANY_RE = `${MONTH_ID_RE}|${MONTH_EN_RE}`;

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS_ID[w] ?? MONTHS_EN[w];
}

export const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  'jum’at': 5,
  jumaat: 5,
  sabtu: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const WEEKDAY_RE = "senin|selasa|rabu|kamis|jum['’]?at|jumaat|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace('’', "'")];
}

const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  'empat belas': 14,
  'lima belas': 15,
  'dua puluh': 20,
  'tiga puluh': 30,
  se: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  a: 1,
  an: 1,
};

/** longest first so "dua belas" wins over "dua" */
export const NUMBER_RE =
  '\\d{1,3}|dua\\s+belas|empat\\s+belas|lima\\s+belas|dua\\s+puluh|tiga\\s+puluh|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|an|a';

export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return parseInt(w, 10);
  return NUMBER_WORDS[w];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, pertama: 1, kedua: 2, ketiga: 3, keempat: 4, satu: 1, dua: 2, tiga: 3, empat: 4, first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d$/.test(w)) return +w;
  return ROMAN[w];
}
