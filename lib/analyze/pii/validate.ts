/**
 * Check digits and structure of Indonesian identifiers. All functions take a string of ASCII digits
 * and never throw.
 */
import { isDistrict, isProvince, isRegency } from './regions';

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function num(d: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) v = v * 10 + (d.charCodeAt(i) - 48);
  return v;
}

/** Luhn (mod 10) over the whole string, check digit last. */
export function luhnValid(d: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let v = d.charCodeAt(i) - 48;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return d.length > 0 && sum % 10 === 0;
}

/** The Luhn check digit that would follow `payload`. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  let dbl = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let v = payload.charCodeAt(i) - 48;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return (10 - (sum % 10)) % 10;
}

/** Payment-card brand by IIN prefix and length, or '' when none fits. */
export function cardBrand(d: string): string {
  const n = d.length;
  if (n < 13 || n > 19) return '';
  const p2 = num(d, 0, 2);
  const p3 = num(d, 0, 3);
  const p4 = num(d, 0, 4);
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'Mastercard';
  if (n === 15 && (p2 === 34 || p2 === 37)) return 'American Express';
  if (n >= 16 && (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649))) return 'Discover';
  if (n >= 16 && p4 >= 3528 && p4 <= 3589) return 'JCB';
  if (n >= 16 && p2 === 62) return 'UnionPay';
  if (n >= 14 && ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38)) return 'Diners Club';
  if (n >= 16 && p4 === 9360) return 'GPN';
  if (n >= 12 && (p2 === 50 || (p2 >= 56 && p2 <= 58) || p2 === 63 || p2 === 67)) return 'Maestro';
  return '';
}

export interface NikCheck {
  /** province code known, date part plausible */
  structural: boolean;
  regency: boolean;
  district: boolean;
  /** day above 40: a woman's NIK (never on a KK) */
  female: boolean;
  serialZero: boolean;
}

/** Structure of a 16-digit NIK/KK: pp rr dd DDMMYY ssss. */
export function checkNik(d: string): NikCheck {
  const out: NikCheck = { structural: false, regency: false, district: false, female: false, serialZero: false };
  if (d.length !== 16) return out;
  const prov = num(d, 0, 2);
  if (!isProvince(prov)) return out;
  let day = num(d, 6, 2);
  const month = num(d, 8, 2);
  if (day > 40) {
    out.female = true;
    day -= 40;
  }
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) return out;
  out.structural = true;
  out.regency = isRegency(num(d, 0, 4));
  out.district = out.regency && isDistrict(num(d, 0, 6));
  out.serialZero = num(d, 12, 4) === 0;
  return out;
}

function validYmd(y: number, m: number, day: number): boolean {
  if (m < 1 || m > 12 || day < 1 || day > DAYS_IN_MONTH[m]) return false;
  if (m === 2 && day === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return false;
  return true;
}

/**
 * NIP PNS, 18 digits: YYYYMMDD birth, YYYYMM appointment (at least 18 years later), gender 1/2, serial 3.
 * `maxYear` bounds the appointment year (the current year, or a little after).
 */
export function nipValid(d: string, maxYear: number): boolean {
  if (d.length !== 18) return false;
  const by = num(d, 0, 4);
  const bm = num(d, 4, 2);
  const bd = num(d, 6, 2);
  if (by < 1940 || by > maxYear - 17 || !validYmd(by, bm, bd)) return false;
  const ay = num(d, 8, 4);
  const am = num(d, 12, 2);
  if (am < 1 || am > 12 || ay > maxYear + 1) return false;
  if (ay * 12 + am < (by + 18) * 12 + bm) return false;
  const g = d.charCodeAt(14) - 48;
  if (g !== 1 && g !== 2) return false;
  return num(d, 15, 3) > 0;
}

export interface NpwpCheck {
  checkDigit: boolean;
  /** first two digits 00–03: an organisation (badan), not a person (04/06 business, 05 employee, 07–09 individual) */
  organisation: boolean;
}

/** Old 15-digit NPWP 99.999.999.9-999.999: the 9th digit is a Luhn check over the first 8. */
export function checkNpwp(d: string): NpwpCheck {
  if (d.length !== 15) return { checkDigit: false, organisation: false };
  return {
    checkDigit: luhnCheckDigit(d.slice(0, 8)) === d.charCodeAt(8) - 48,
    organisation: d.charCodeAt(0) === 48 && d.charCodeAt(1) - 48 <= 3,
  };
}

/** A calendar date, with Feb 29 only in leap years. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return validYmd(y, m, d);
}
