/**
 * Commitment detection: one finding per promise, with its action, deadline phrase, local due date,
 * precision and firmness. Sentences without a cue word are skipped by one regex scan; dates are parsed
 * only inside promise clauses (and memoised), so the usual post costs a few microseconds.
 */
import { addWorkingDays, findDates, formatLong, formatYmd, localDateOf, mayHoldDate, pickDeadline, type DateHit } from '../../dates';
import type { RawFinding, RuleContext } from '../types';
import { CITIZEN_DUTY, findCue, GATE, PAST_MARK, QUESTION_START, REFUSAL, REQUEST, THIRD_SOURCE, VAGUE, type Cue } from './cues';
import { datedMsg, undatedMsg, vagueMsg } from './messages';
import { SPACE_CHARS, trimEndWhile, trimStartWhile } from '../text/trim';

/** Clause boundaries inside a sentence (on the lower-cased view): "…, dan …", "; ", " and ", ", lalu …". */
const CONJ = /;\s*|,? (?:dan|serta|lalu|kemudian|sedangkan|namun|tetapi|tapi|and|but|then) |, (?=(?:sementara|sedangkan|sehingga) )/g;
/** …and a full stop the sentence splitter kept because of an abbreviation ("Bu. Besok …"), on the text. */
const ABBREV_STOP = /[.!] +(?=[A-Z])/g;
/** "Jl. Merdeka", "Kec. Cibeber", "Dr. Soetomo": a full stop after an address or title abbreviation cuts nothing */
const NO_CUT_ABBREV = /(?<![\p{L}\p{N}])(?:jl|jln|gg|no|kec|kel|kab|ds|kp|rt|rw|dr|ir|drs|hj|h|bpk|sdr|sdri|tn|ny|st|prof|kav|blok|lt|km|perum|komp|desa)$/u;
/** a start date ("mulai Senin depan") rather than a finish */
const START_WORD = /\b(?:mulai|dimulai|start|starting|begin|beginning)\b/;
const COMMA = /, +/g;
const FIRST_PERSON = /\b(?:kami|saya|kita|aku|we|i)\b/;
const SUBJECTLESS_MODAL = /^(?:will|shall|also\s+will|akan|juga\s+akan|segera)\b/;
/** a time hedge alone makes "kami proses secepatnya" a (vague) promise */
const VAGUE_TIME = /\b(?:secepatnya|secepat\s+mungkin|sesegera\s+mungkin|segera|dalam\s+waktu\s+dekat|ke\s*depan(?:nya)?|bertahap|soon|asap|as\s+soon\s+as\s+possible)\b/;

/**
 * Pleasantries: an ongoing disposition or a generic aim ("kami akan terus berusaha memberikan yang
 * terbaik", "we will help you at the earliest") names no concrete action on a concrete object. Without a
 * deadline these never enter the log.
 */
const PLEASANTRY =
  /\b(?:terus|selalu|senantiasa|tetap\s+(?:berkomitmen|berupaya|berusaha|melayani|hadir)|berusaha|berupaya\s+(?:semaksimal|sebaik|sekuat)|yang\s+terbaik|semaksimal\s+mungkin|sebaik\s+mungkin|sepenuh\s+hati|meningkatkan\s+(?:kualitas|mutu|pelayanan|layanan|kinerja)|pelayanan\s+(?:yang\s+)?(?:lebih\s+)?(?:baik|prima|terbaik)|hadir\s+untuk|(?:bahan|sebagai)\s+(?:evaluasi|masukan|pertimbangan|pelajaran)|lebih\s+(?:responsif|sigap|tanggap|cepat\s+(?:lagi|merespons)|teliti|cermat|berhati-hati|hati-hati|baik\s+lagi)|continue\s+to|always|our\s+best|the\s+best|at\s+the\s+earliest|as\s+best\s+we\s+can|keep\s+(?:improving|working))\b/;
/** "… kami pastikan bahwa hal tersebut tidak benar": an assurance about a fact, not an action */
const ASSURANCE = /\b(?:tidak\s+benar|hoaks|hoax|tidak\s+berasal|aman\s+dan|dijamin\s+aman)\b/;
/** "akan dikirim setelah Kakak mendaftar": how the office's system answers the reader's step, not a promise */
const READER_CONDITION = /\b(?:setelah|sesudah|jika|apabila|bila|begitu)\s+(?:kakak|kak|anda|bapak|ibu|wajib\s+pajak|wp|pemohon|pengguna|pelanggan|warga|berkas|dokumen|persyaratan|syarat|data)\b/;

const DEADLINE_AT = /^(?:paling\s+lambat|selambat-lambatnya|paling\s+telat|maksimal|maksimum)\b/;
const HEDGE = /\b(?:upayakan|mengupayakan|diupayakan|tergantung|semoga|mudah-mudahan|hopefully|(?:we|i)['’]?(?:ll|\s+will)?\s+try\s+to|try\s+our\s+best\s+to)\b/;
const PROMISED_STATE = /\b(?:pastikan|memastikan|jamin|menjamin|targetkan|menargetkan|upayakan|usahakan|akan)\s+$/;

/** At most this many date parses per analyze() call (a pathological text stays linear and bounded). */
const MAX_PARSES = 64;
/** Longest stretch of a clause handed to the date parser. */
const MAX_WINDOW = 260;

interface Segment {
  start: number;
  end: number;
  /** end of the clause holding the cue (later clauses only add detail) */
  cueEnd: number;
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
  const today = localDateOf(ctx.now, ctx.tzOffsetMinutes);
  const dayKey = `${ctx.tzOffsetMinutes}|${today.y}-${today.m}-${today.d}|${today.hour}|`;
  for (const idx of wanted) {
    const s = sentences[idx];
    // the same sentence on the same day (and hour) gives the same promises: re-analysing while the
    // user types costs one lookup per unchanged sentence
    const key = s.end - s.start <= 600 ? dayKey + text.slice(s.start, s.end) : '';
    const memo = key ? sentenceMemo.get(key) : undefined;
    if (memo) {
      for (const f of memo) out.push({ ...f, start: f.start + s.start, end: f.end + s.start });
      continue;
    }
    const mark = out.length;
    try {
      sentenceFindings(ctx, text, lower, s.start, s.end, budget, out);
    } catch {
      out.length = mark; // a bad sentence never takes the others with it
    }
    if (key) {
      if (sentenceMemo.size >= MEMO_MAX) sentenceMemo.delete(sentenceMemo.keys().next().value as string);
      sentenceMemo.set(key, out.slice(mark).map((f) => ({ ...f, start: f.start - s.start, end: f.end - s.start })));
    }
  }
  return out;
}

const MEMO_MAX = 256;
const sentenceMemo = new Map<string, RawFinding[]>();

function sentenceFindings(ctx: RuleContext, text: string, lower: string, s: number, e: number, budget: { parses: number }, out: RawFinding[]): void {
  const sl = lower.slice(s, e);
  const st = text.slice(s, e);
  if (/\?\s*[^\p{L}\p{N}]{0,6}$/u.test(sl) || QUESTION_START.test(sl)) return;
  // clauses: strong cuts (conjunctions, ";", a full stop kept after an abbreviation) may start a new
  // promise on their own; weak cuts (commas) only when the clause has its own speaker
  // cut kinds: 0 comma, 1 conjunction or ";", 2 a full stop (after an abbreviation)
  const cuts: Array<[number, number, number]> = [];
  let cm: RegExpExecArray | null;
  CONJ.lastIndex = 0;
  while ((cm = CONJ.exec(sl))) cuts.push([cm.index, cm.index + cm[0].length, 1]);
  COMMA.lastIndex = 0;
  while ((cm = COMMA.exec(sl))) cuts.push([cm.index, cm.index + cm[0].length, 0]);
  if (st.indexOf('. ') >= 0 || st.indexOf('! ') >= 0) {
    ABBREV_STOP.lastIndex = 0;
    while ((cm = ABBREV_STOP.exec(st))) {
      if (st[cm.index] === '.' && NO_CUT_ABBREV.test(sl.slice(Math.max(0, cm.index - 6), cm.index))) continue;
      cuts.push([cm.index + 1, cm.index + cm[0].length, 2]);
    }
  }
  cuts.sort((x, y) => x[0] - y[0] || y[2] - x[2]);
  const bounds: Array<[number, number, number]> = [];
  let from = 0;
  let kindBefore = 2;
  for (const [a, b, k] of cuts) {
    if (a < from) continue;
    if (a > from) bounds.push([from, a, kindBefore]);
    from = b;
    kindBefore = k;
  }
  if (from < sl.length) bounds.push([from, sl.length, kindBefore]);

  const segs: Segment[] = [];
  let pendingStart = -1;
  let firstPerson = false;
  for (const [a, b, cutKind] of bounds) {
    const isStrong = cutKind > 0;
    if (cutKind === 2) pendingStart = -1; // greetings before a full stop are not part of the promise
    const cl = sl.slice(a, b);
    let cue = findCue(cl);
    // "we have forwarded it and will update you tomorrow": the subject carries over
    if (!cue && firstPerson && SUBJECTLESS_MODAL.test(cl)) cue = { kind: 'modal', at: 0, lang: /^(will|shall|also|'ll)/.test(cl) ? 'en' : 'id' };
    if (FIRST_PERSON.test(cl)) firstPerson = true;
    const last = segs[segs.length - 1];
    // "… kami mulai Senin depan; target selesai 2 minggu lagi": the finish belongs to the started work
    const afterStart = last !== undefined && cutKind === 1 && cue?.kind === 'scheduled' && START_WORD.test(lower.slice(last.start, last.end));
    // "…, we guarantee it" / "…, kami jamin": a short tag after a comma confirms the promise before it
    const tag = cue !== null && last !== undefined && !isStrong && cl.trim().split(/\s+/).length <= 4 && !mayHoldDate(cl);
    if (cue && last && (tag || ((!isStrong || afterStart) && (cue.kind === 'scheduled' || cue.kind === 'impersonal')))) {
      last.end = s + b; // ", target tuntas akhir Desember" completes the promise before it
      continue;
    }
    if (cue) {
      const begin = pendingStart >= 0 ? pendingStart : a;
      segs.push({ start: s + begin, end: s + b, cueEnd: s + b, cue: { ...cue, at: cue.at + (a - begin) } });
      pendingStart = -1;
      continue;
    }
    if (!last) {
      // words before the first promise ("Siap Pak, besok pagi …") belong to it, unless they are a past action
      if (PAST_MARK.test(cl)) pendingStart = -1;
      else if (pendingStart < 0) pendingStart = a;
      continue;
    }
    // "… besok dan laporan minggu depan": a clause with its own date after a dated promise is a
    // second promise by the same speaker; otherwise it belongs to the previous promise
    if (isStrong && mayHoldDate(cl) && hasFutureDate(ctx, text.slice(s + a, s + b), last.cue, budget) && hasFutureDate(ctx, text.slice(last.start, last.end), last.cue, budget)) {
      segs.push({ start: s + a, end: s + b, cueEnd: s + b, cue: { ...last.cue, at: 0 } });
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
  // "warga yang belum dapat air bersih": a relative clause describing the citizen is no refusal
  const refusal = REFUSAL.exec(sl);
  if (refusal && !/(?:yang|yg)\s$/.test(sl.slice(Math.max(0, refusal.index - 5), refusal.index))) return null;
  const { hits, offset } = datesIn(ctx, text.slice(seg.start, seg.end), seg.cue, budget);
  const deadline = pickDeadline(hits, offset ? text.slice(seg.start, seg.end).slice(offset) : text.slice(seg.start, seg.end));
  const deadlineAt = deadline ? deadline.index + offset : -1;
  // past action: "sudah kami salurkan", "kemarin kami cek" — unless a future date comes first
  // ("Jumat ini berkas Bapak sudah kami verifikasi")
  const past = PAST_MARK.exec(sl.slice(0, seg.cueEnd - seg.start));
  // "tagihan yang sudah dikoreksi kami kirim ulang hari ini": a relative clause's past is not the promise's
  // "kami pastikan sudah sampai Senin": a state promised for a date, not a past action
  const relativePast =
    past !== null && (/(?:yang|yg)\s$/.test(sl.slice(Math.max(0, past.index - 5), past.index)) || PROMISED_STATE.test(sl.slice(Math.max(0, past.index - 16), past.index)));
  if (past && !relativePast && (!deadline || deadlineAt > past.index)) return null;
  if (!deadline && hits.length && hits.every((h) => h.past)) return null;
  const kind = seg.cue.kind;
  if (seg.cue.dayOnly && (!deadline || deadline.precision !== 'day')) return null;
  if ((kind === 'bare' || kind === 'scheduled') && !deadline && !VAGUE_TIME.test(sl)) return null;
  if (!deadline && PLEASANTRY.test(sl)) return null;
  if (ASSURANCE.test(sl)) return null;
  if ((kind === 'impersonal' || kind === 'scheduled') && READER_CONDITION.test(sl)) return null;
  // "Menurut BBWS, normalisasi … ditargetkan rampung Desember": someone else's plan, relayed
  if (kind === 'scheduled' && THIRD_SOURCE.test(sl)) return null;
  if (CITIZEN_DUTY.test(sl)) return null;
  // "e-Faktur wajib diunggah … paling lambat tanggal 20": a deadline set for the reader, not the office's promise
  if (kind === 'scheduled' && DEADLINE_AT.test(sl.slice(Math.max(0, seg.cue.at))) && REQUEST.test(sl)) return null;

  // "kami upayakan … paling lambat akhir Maret": a hedged promise stays vague even with a date (product brief:
  // "kami upayakan" is a vague cue; "insyaallah" only without a date). "Kami usahakan selesai Jumat" stays firm
  // (the shared dev set reads it so).
  const vague = deadline ? HEDGE.test(sl) : VAGUE.test(sl);
  // span: the clause, without trailing punctuation and spaces
  let start = seg.start;
  let end = seg.end;
  while (start < end && /[\s,;:]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!…]/.test(text[end - 1])) end--;
  const action = actionOf(text.slice(start, end), deadline ? deadline.text : '');
  let msg: RawFinding['msg'];
  if (deadline) msg = datedMsg(deadline.date, deadline.text);
  else {
    const [example, exampleEn] = exampleDates(ctx);
    msg = vague ? vagueMsg(example, exampleEn) : undatedMsg(example, exampleEn);
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

let exampleKey = '';
let exampleVal: [string, string] = ['', ''];
/** A concrete date to suggest: five working days from today (SP4N-LAPOR!'s complaint response time). */
function exampleDates(ctx: RuleContext): [string, string] {
  const today = localDateOf(ctx.now, ctx.tzOffsetMinutes);
  const key = `${today.y}-${today.m}-${today.d}`;
  if (key !== exampleKey) {
    const d = addWorkingDays(today, 5);
    exampleVal = [formatLong(d, 'id'), formatLong(d, 'en')];
    exampleKey = key;
  }
  return exampleVal;
}

const LEAD = /^(?:(?:siap|baik|oke|ok|okay|noted|will\s+do|terima\s+kasih|mohon\s+maaf|maaf|alhamdulillah|insya\s*allah|insyaallah)(?:\s+(?:pak|bu|bapak|ibu|kak|kakak|mas|mbak|sdr|sdri|gan|min))?[\s,!.]+)+/iu;
const TAIL_WORDS = new Set(['ya', 'yah', 'yaa', 'pak', 'bu', 'bapak', 'ibu', 'kak', 'kakak', 'mas', 'mbak', 'sdr', 'sdri', 'gan', 'min', 'mulai', 'pada', 'on', 'in', 'at', 'by', 'tanggal', 'tgl', 'hari', 'the']);

/** Drop trailing "ya", "Pak", "Bu" … and punctuation. */
function stripTail(a: string): string {
  for (let guard = 0; guard < 6; guard++) {
    const t = trimEndWhile(a, SPACE_CHARS + ',.!');
    const sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf(','));
    const last = t.slice(sp + 1).toLowerCase();
    if (sp < 0 || !TAIL_WORDS.has(last)) return t;
    a = t.slice(0, sp);
  }
  return a;
}

/** The promised action: the clause without the deadline phrase, greetings and forms of address. */
export function actionOf(clause: string, deadlinePhrase: string): string {
  let a = clause;
  if (deadlinePhrase) {
    const i = a.indexOf(deadlinePhrase);
    if (i >= 0) a = a.slice(0, i) + a.slice(i + deadlinePhrase.length);
  }
  a = a.replace(/\(\s*\)/g, ' ').replace(LEAD, '').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
  a = trimEndWhile(trimStartWhile(stripTail(a), SPACE_CHARS + ',;:–-'), SPACE_CHARS + ',;:–-');
  if (a.length > 160) a = a.slice(0, 157).trimEnd() + '…';
  return a || clause.trim().slice(0, 160);
}

export { formatYmd };
