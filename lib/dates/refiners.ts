/**
 * chrono-node refiners: read the words just before a date as a deadline ("paling lambat Jumat depan",
 * "selambat-lambatnya", "maksimal", "sebelum 25 November", "hingga akhir bulan", "by Friday") and
 * widen the result to include them. "sebelum/before X" for a day-precise X means the day before X.
 */
import type { Refiner } from 'chrono-node/id';
import { addDays } from './calendar';

const MARKER =
  /(?<![\p{L}\p{N}])(paling\s+lambat|paling\s+telat|selambat-?\s*lambatnya|sebelum|maksimal|maksimum|maks\.?|max\.?|hingga|sampai\s+dengan|sampai|s\.\s?d\.?|s\/d|batas\s+waktu(?:nya)?|tenggat(?:\s+waktu)?|deadline(?:nya)?|target(?:\s+(?:selesai|rampung|tuntas|beres))?|(?:selesai|rampung|tuntas|beres|kelar|rampungkan|tuntaskan|finished|completed|done)(?:\s+(?:pada|di|dalam|paling\s+lambat))?|ditargetkan(?:\s+(?:selesai|rampung|tuntas|beres))?|no\s+later\s+than|not\s+later\s+than|by|before|until|till|prior\s+to)[\s,:]+(?:(?:pada|tanggal|tgl\.?|hari|the)\s+)?$/iu;

const BEFORE = /^(sebelum|before|prior\s+to)$/i;

export const deadlineRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (r.tags().has('saring:deadline')) continue;
      const from = Math.max(0, r.index - 48);
      const left = context.text.slice(from, r.index);
      const m = MARKER.exec(left);
      if (!m) continue;
      const word = m[1].toLowerCase().replace(/\s+/g, ' ');
      const start = from + m.index;
      r.text = context.text.slice(start, r.index + r.text.length);
      r.index = start;
      r.addTag('saring:deadline');
      const tags = r.tags();
      const dayPrecise = tags.has('saring:p:day') || (![...tags].some((t) => t.startsWith('saring:p:')) && r.start.isCertain('day'));
      if (BEFORE.test(word) && dayPrecise && !r.end) {
        const y = r.start.get('year');
        const mo = r.start.get('month');
        const d = r.start.get('day');
        if (y !== null && mo !== null && d !== null) {
          const prev = addDays({ y, m: mo, d }, -1);
          const comp = context.createParsingComponents({ year: prev.y, month: prev.m, day: prev.d });
          comp.addTags(tags);
          comp.addTag('saring:p:day');
          r.start = comp;
        }
      }
    }
    return results;
  },
};

const WEEKDAY_DATE_GAP = /^\s*(?:[,(]\s*)?(?:(?:tanggal|tgl\.?|the)\s*)?$/i;

/**
 * "Kamis, 3 Desember" / "Jumat (27/11)": a weekday followed by a calendar date is that date (the
 * weekday only confirms it); the phrase covers both.
 */
export const weekdayDateRefiner: Refiner = {
  refine(context, results) {
    if (results.length < 2) return results;
    const out = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b && a.tags().has('saring:weekday') && !b.tags().has('saring:weekday') && b.start.isCertain('day') && b.index >= a.index + a.text.length) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        if (WEEKDAY_DATE_GAP.test(gap)) {
          let endIdx = b.index + b.text.length;
          if (gap.includes('(') && context.text[endIdx] === ')') endIdx++;
          b.text = context.text.slice(a.index, endIdx);
          b.index = a.index;
          continue; // drop the weekday, keep the date
        }
      }
      out.push(a);
    }
    return out;
  },
};

export const SARING_REFINERS: Refiner[] = [weekdayDateRefiner, deadlineRefiner];
