/**
 * pii.birthdate: lahir / tgl lahir / TTL / DOB / born + a full date (day, month, year) within a short
 * reach. Examples ("contoh pengisian kolom TTL …"), "Hari Lahir Pancasila" and historical years are not
 * a person's birth date.
 */
import { sentenceAt } from '../text/fold';
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { maskDateKeepYear } from './mask';
import { isValidDate } from './validate';

/** Words that can start a birth-date cue; the word scan calls scanBirthdates at each. */
export const BIRTHDATE_CUE_WORDS = ['tempat', 'tgl', 'tanggal', 'ttl', 'lahir', 'lahirnya', 'lahirmu', 'lhr', 'kelahiran', 'dob', 'd', 'date', 'birth', 'birthdate', 'born'];
const CUE =
  /(?:tempat[ ,/]{1,3}(?:tanggal|tgl\.?)[ ]?lahir|tgl\.?[ ]?lahir(?:nya|mu)?|tanggal lahir(?:nya|mu)?|ttl|lahir(?:nya|mu)?|lhr|kelahiran|dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)(?![a-z])/y;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8, august: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const DATE_RE = new RegExp(
  [
    String.raw`(?<![0-9])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![0-9])`,
    String.raw`(?<![0-9])(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])`,
    String.raw`(?<![0-9])(\d{1,2})[ -](${MONTH_ALT})\.?[ -]{1,2}(\d{4})(?![0-9])`,
    String.raw`(?<![a-z])(${MONTH_ALT})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![0-9])`,
  ].join('|'),
);

const NEG_BEFORE = /(?<![a-z])(?:hari|akta|surat keterangan|hari jadi|tahun|bayi|anak)[ ]$/;
const EXAMPLE = /(?<![a-z])(?:contoh|misal(?:nya)?|format|petunjuk|cara (?:isi|mengisi|pengisian))(?![a-z])/;

/** `hits`: flat [start, end) pairs of cue words in ctx.lower, in order. */
export function scanBirthdates(ctx: RuleContext, out: RawFinding[], hits: number[]): void {
  const L = ctx.lower;
  const nowYear = ctx.now.getUTCFullYear();
  let lastEnd = 0;
  const exampleIn = new Map<number, boolean>(); // per sentence, so a long sentence is read once, not per date
  for (let h = 0; h < hits.length; h += 2) {
    const cs = hits[h];
    if (cs < lastEnd) continue;
    CUE.lastIndex = cs;
    if (!CUE.test(L)) continue;
    const ce = CUE.lastIndex;
    if (NEG_BEFORE.test(L.slice(Math.max(0, cs - 24), cs))) continue;
    const win = L.slice(ce, Math.min(L.length, ce + 48));
    const d = DATE_RE.exec(win);
    if (!d) continue;
    const between = win.slice(0, d.index);
    if (between.length > 34 || /[0-9;!?]|\.\s|\n/.test(between)) continue;
    const date = parseDate(d);
    if (!date) continue;
    let y = date.y;
    if (y < 100) y += y + 2000 > nowYear ? 1900 : 2000;
    if (y < 1920 || y > nowYear || !isValidDate(y, date.m, date.d)) continue;
    const start = ce + d.index;
    const end = start + d[0].length;
    // an example or a form instruction in the same sentence
    let conf = 0.78;
    if (isExample(ctx, cs, exampleIn)) conf -= 0.5;
    const f = piiFinding(ctx, 'birthdate', start, end, conf, maskDateKeepYear(ctx.text.slice(start, end)));
    if (f) out.push(f);
    lastEnd = end;
  }
}

function parseDate(d: RegExpExecArray): { y: number; m: number; d: number } | null {
  if (d[1] !== undefined) return { d: Number(d[1]), m: Number(d[3]), y: Number(d[4]) };
  if (d[5] !== undefined) return { y: Number(d[5]), m: Number(d[6]), d: Number(d[7]) };
  if (d[8] !== undefined) return { d: Number(d[8]), m: MONTHS[d[9]] ?? 0, y: Number(d[10]) };
  if (d[11] !== undefined) return { m: MONTHS[d[11]] ?? 0, d: Number(d[12]), y: Number(d[13]) };
  return null;
}

function isExample(ctx: RuleContext, i: number, cache: Map<number, boolean>): boolean {
  const s = sentenceAt(ctx.sentences, i);
  if (!s) return EXAMPLE.test(ctx.lower.slice(Math.max(0, i - 80), i + 80));
  let v = cache.get(s.start);
  if (v === undefined) cache.set(s.start, (v = EXAMPLE.test(ctx.lower.slice(s.start, s.end))));
  return v;
}

/** For tests. */
export const BIRTHDATE_REGEXES: RegExp[] = [CUE, DATE_RE, NEG_BEFORE, EXAMPLE];
