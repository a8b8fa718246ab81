/**
 * Commitment detection: one finding per promise, with its action, deadline phrase, local due date,
 * precision and firmness. Sentences without a cue word are skipped by one regex scan; dates are parsed
 * only inside promise clauses (and memoised), so the usual post costs a few microseconds.
 */
import { addWorkingDays, findDates, formatLong, formatYmd, localDateOf, mayHoldDate, pickDeadline, type DateHit } from '../../dates';
import type { RawFinding, RuleContext } from '../types';
import { findCue, GATE, PAST_MARK, QUESTION_START, REFUSAL, VAGUE, type Cue } from './cues';

/** Clause boundaries inside a sentence: "…, dan …", "; ", " and ", ", lalu …". */
const CONJ = /(?<=[.!])\s+(?=\p{Lu})|\s*;\s*|,?\s+(?:dan|serta|lalu|kemudian|sedangkan|namun|tetapi|tapi|and|but|then)\s+|,\s+(?=(?:sementara|sedangkan|sehingga)\s)/giu;

/** At most this many date parses per analyze() call (a pathological text stays linear and bounded). */
const MAX_PARSES = 64;
/** Longest stretch of a clause handed to the date parser. */
const MAX_WINDOW = 260;

interface Segment {
  start: number;
  end: number;
  cue: Cue;
}

export function detectCommitments(ctx: RuleContext): RawFinding[] {
  const { text, lower, sentences } = ctx;
  if (!sentences.length) return [];
  // which sentences hold a cue at all (one pass over the text)
  const wanted: number[] = [];
  GATE.lastIndex = 0;
  let si = 0;
  let m: RegExpExecArray | null;
  while ((m = GATE.exec(lower)) && si < sentences.length) {
    while (si < sentences.length && sentences[si].end <= m.index) si++;
    if (si >= sentences.length) break;
    if (sentences[si].start <= m.index) {
      if (wanted[wanted.length - 1] !== si) wanted.push(si);
      GATE.lastIndex = Math.max(GATE.lastIndex, sentences[si].end);
      si++;
    }
  }
  if (!wanted.length) return [];
  const out: RawFinding[] = [];
  const budget = { parses: MAX_PARSES };
  for (const idx of wanted) {
    const s = sentences[idx];
    try {
      sentenceFindings(ctx, text, lower, s.start, s.end, budget, out);
    } catch {
      /* a bad sentence never takes the others with it */
    }
  }
  return out;
}

function sentenceFindings(ctx: RuleContext, text: string, lower: string, s: number, e: number, budget: { parses: number }, out: RawFinding[]): void {
  const sl = lower.slice(s, e);
  const st = text.slice(s, e);
  if (/\?\s*[^\p{L}\p{N}]{0,6}$/u.test(sl) || QUESTION_START.test(sl)) return;
  // clauses
  const bounds: Array<[number, number]> = [];
  CONJ.lastIndex = 0;
  let from = 0;
  let cm: RegExpExecArray | null;
  // clause boundaries are found on the original text (capitals after an abbreviation's full stop)
  while ((cm = CONJ.exec(st))) {
    if (cm[0].length === 0) {
      CONJ.lastIndex++;
      continue;
    }
    if (cm.index > from) bounds.push([from, cm.index]);
    from = cm.index + cm[0].length;
  }
  if (from < sl.length) bounds.push([from, sl.length]);

  const segs: Segment[] = [];
  let pendingStart = -1;
  for (const [a, b] of bounds) {
    const cl = sl.slice(a, b);
    const cue = findCue(cl);
    if (cue) {
      const start = pendingStart >= 0 ? pendingStart : a;
      segs.push({ start: s + start, end: s + b, cue: { ...cue, at: cue.at + (a - start) } });
      pendingStart = -1;
      continue;
    }
    const last = segs[segs.length - 1];
    if (!last) {
      if (pendingStart < 0) pendingStart = a;
      continue;
    }
    // "… besok dan laporan minggu depan": a clause with its own date after a dated promise is a
    // second promise by the same speaker; otherwise it belongs to the previous promise
    if (mayHoldDate(cl) && mayHoldDate(lower.slice(last.start, last.end)) && hasFutureDate(ctx, text.slice(s + a, s + b), cue ?? last.cue, budget) && hasFutureDate(ctx, text.slice(last.start, last.end), last.cue, budget)) {
      segs.push({ start: s + a, end: s + b, cue: { ...last.cue, kind: last.cue.kind === 'bare' ? 'bare' : last.cue.kind, at: 0 } });
    } else {
      last.end = s + b;
    }
  }
  for (const seg of segs) {
    const f = segmentFinding(ctx, text, lower, seg, budget);
    if (f) out.push(f);
  }
}

function datesIn(ctx: RuleContext, clauseText: string, cue: Cue, budget: { parses: number }): { hits: DateHit[]; offset: number } {
  let offset = 0;
  let t = clauseText;
  if (t.length > MAX_WINDOW) {
    offset = Math.max(0, Math.min(cue.at - 120, t.length - MAX_WINDOW));
    t = t.slice(offset, offset + MAX_WINDOW);
  }
  if (!mayHoldDate(t.toLowerCase()) || budget.parses <= 0) return { hits: [], offset };
  budget.parses--;
  return { hits: findDates(t, ctx.now, ctx.tzOffsetMinutes, cue.lang), offset };
}

function hasFutureDate(ctx: RuleContext, clauseText: string, cue: Cue, budget: { parses: number }): boolean {
  return datesIn(ctx, clauseText, cue, budget).hits.some((h) => !h.past);
}

function segmentFinding(ctx: RuleContext, text: string, lower: string, seg: Segment, budget: { parses: number }): RawFinding | null {
  const sl = lower.slice(seg.start, seg.end);
  if (REFUSAL.test(sl)) return null;
  const { hits, offset } = datesIn(ctx, text.slice(seg.start, seg.end), seg.cue, budget);
  const deadline = pickDeadline(hits);
  const deadlineAt = deadline ? deadline.index + offset : -1;
  // past action: "sudah kami salurkan", "kemarin kami cek" — unless a future date comes first
  // ("Jumat ini berkas Bapak sudah kami verifikasi")
  const past = PAST_MARK.exec(sl);
  if (past && (!deadline || deadlineAt > past.index)) return null;
  if (!deadline && hits.length && hits.every((h) => h.past)) return null;
  const kind = seg.cue.kind;
  if ((kind === 'bare' || kind === 'scheduled') && !deadline) return null;

  const vague = !deadline && VAGUE.test(sl);
  // span: the clause, without trailing punctuation and spaces
  let start = seg.start;
  let end = seg.end;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!…]/.test(text[end - 1])) end--;
  const action = actionOf(text.slice(start, end), deadline ? deadline.text : '');
  const today = localDateOf(ctx.now, ctx.tzOffsetMinutes);
  const example = formatLong(addWorkingDays(today, 5), 'id');
  const exampleEn = formatLong(addWorkingDays(today, 5), 'en');
  let msg: RawFinding['msg'];
  if (deadline) {
    msg = {
      id: `Janji publik: tenggat ${formatLong(deadline.date, 'id')} (“${deadline.text}”). Akan dicatat saat dikirim dan diingatkan menjelang tenggat.`,
      en: `Public promise, due ${formatLong(deadline.date, 'en')} (“${deadline.text}”). Logged when you post; you will be reminded before it falls due.`,
    };
  } else if (vague) {
    msg = {
      id: `Janji tanpa waktu yang jelas. Warga akan menagihnya: sebut tanggal konkret, mis. “paling lambat ${example}”.`,
      en: `Promise without a clear deadline. Citizens will hold you to it: name a concrete date, e.g. “by ${exampleEn}”.`,
    };
  } else {
    msg = {
      id: `Janji publik tanpa tenggat. Tambahkan tanggal (mis. “paling lambat ${example}”) agar bisa dipantau dan diingatkan.`,
      en: `Public promise without a deadline. Add a date (e.g. “by ${exampleEn}”) so it can be tracked and reminded.`,
    };
  }
  return {
    rule: vague ? 'commitment.vague' : 'commitment.firm',
    category: 'commitment',
    severity: vague ? 'warning' : 'info',
    start,
    end,
    msg,
    confidence: deadline ? 0.9 : vague ? 0.6 : 0.7,
    due: deadline ? deadline.due : null,
    vague,
    precision: deadline ? deadline.precision : 'none',
    deadlinePhrase: deadline ? deadline.text : '',
    action,
  };
}

const LEAD = /^(?:(?:siap|baik|oke|ok|okay|noted|will\s+do|terima\s+kasih|mohon\s+maaf|maaf|alhamdulillah|insya\s*allah|insyaallah)(?:\s+(?:pak|bu|bapak|ibu|kak|kakak|mas|mbak|sdr|sdri|gan|min))?[\s,!.]+)+/iu;
const TAIL = /(?:[\s,]+(?:ya|yah|ya+)?\s*(?:pak|bu|bapak|ibu|kak|kakak|mas|mbak|sdr|sdri|gan|min)?)+\s*$/iu;

/** The promised action: the clause without the deadline phrase, greetings and forms of address. */
export function actionOf(clause: string, deadlinePhrase: string): string {
  let a = clause;
  if (deadlinePhrase) {
    const i = a.indexOf(deadlinePhrase);
    if (i >= 0) a = a.slice(0, i) + a.slice(i + deadlinePhrase.length);
  }
  a = a.replace(LEAD, '').replace(/\s+/g, ' ').trim();
  a = a.replace(TAIL, '').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  if (a.length > 160) a = a.slice(0, 157).trimEnd() + '…';
  return a || clause.trim().slice(0, 160);
}

export { formatYmd };
