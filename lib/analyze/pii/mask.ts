/**
 * Masked replacements (product.md conventions): NIK 3204********0003, phone 0812-****-7890,
 * account ******5678, card first 6 + last 4, e-mail s***@gmail.com.
 */

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** First `keep` and last `tail` digits kept, all digits in between replaced by '*', as one run. */
export function maskDigitsCompact(digits: string, keep: number, tail: number): string {
  const n = digits.length;
  if (n <= keep + tail) return '*'.repeat(n);
  return digits.slice(0, keep) + '*'.repeat(n - keep - tail) + digits.slice(n - tail);
}

/**
 * Mask in place: keep the layout (spaces, dashes, +62, parentheses), keep the first `keep` and last
 * `tail` digits, star the rest. Full-width digits count as digits.
 */
export function maskInPlace(raw: string, keep: number, tail: number): string {
  let total = 0;
  for (let i = 0; i < raw.length; i++) if (digitAt(raw, i)) total++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (digitAt(raw, i)) {
      seen++;
      out += seen <= keep || seen > total - tail ? raw[i] : '*';
    } else out += raw[i];
  }
  return out;
}

function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return isDigitCode(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Phone: 0812-****-7890 style, in the writer's own layout; +62 keeps the country code and 3 digits. */
export function maskPhone(raw: string, _digits: string, plusOrCountry: boolean): string {
  return maskInPlace(raw, plusOrCountry ? 5 : 4, 4);
}

/** s***@gmail.com */
export function maskEmail(local: string, domain: string): string {
  return (local ? local[0] : '') + '***@' + domain;
}

/** Letters and digits kept at both ends, the middle starred (passport B*****03, plate B **** XYZ digits only). */
export function maskAlnum(raw: string, keep: number, tail: number): string {
  const n = raw.length;
  let out = '';
  let idx = 0;
  let count = 0;
  for (let i = 0; i < n; i++) if (/[A-Za-z0-9]/.test(raw[i])) count++;
  for (let i = 0; i < n; i++) {
    const ch = raw[i];
    if (/[A-Za-z0-9]/.test(ch)) {
      idx++;
      out += idx <= keep || idx > count - tail ? ch : '*';
    } else out += ch;
  }
  return out;
}

/** Every digit starred except a 4-digit year (birth dates): 17-08-1985 → **-**-1985. */
export function maskDateKeepYear(raw: string): string {
  const y = /(?:19|20)\d\d(?!\d)/.exec(raw);
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const inYear = y !== null && i >= y.index && i < y.index + 4;
    const c = raw.charCodeAt(i);
    if (!inYear && (isDigitCode(c) || (c >= 0xff10 && c <= 0xff19))) out += '*';
    else out += raw[i];
  }
  return out;
}

/** Every digit starred (house numbers, RT/RW). */
export function maskAllDigits(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    out += isDigitCode(c) || (c >= 0xff10 && c <= 0xff19) ? '*' : raw[i];
  }
  return out;
}

/** What stands for personal data that has no masked form (health, criminal, child). */
export const MASKED_PLACEHOLDER = '[data pribadi]';

export interface MaskSpan {
  start: number;
  end: number;
  replacement: string;
}

/**
 * `text` with each span replaced, right to left; at one start the longer span wins and a span that
 * overlaps one already replaced is skipped. Used by the content script before a capture is sent and by
 * the background before every write (lib/store/mask.ts).
 */
export function replaceSpans(text: string, spans: readonly MaskSpan[]): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  for (const s of sorted) {
    if (s.end > lastStart) continue;
    out = out.slice(0, s.start) + s.replacement + out.slice(s.end);
    lastStart = s.start;
  }
  return out;
}
