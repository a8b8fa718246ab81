/**
 * pii.numbers: every identifier made of digits (NIK, KK, NPWP, NIP, phone, bank account, card, BPJS) plus
 * the letter+digit ones that need the same scan (passport, vehicle plate).
 *
 * One linear pass over ctx.lower finds digit runs; runs joined by a short separator (space, dot, dash,
 * parentheses, a line break) form groups; each group is read as one value or, when that fails, as a few
 * adjacent values (bounded: at most 8 runs per value, 19 digits). Every candidate is then
 * pattern → validation → context (cues.ts) → confidence → severity.
 */
import type { RawFinding, RuleContext } from '../types';
import { cuesAround } from './cues';
import { piiFinding } from './finding';
import { maskAllDigits, maskAlnum, maskDigitsCompact } from './mask';
import { bank, bpjs, card, maxYear, nikKk, nip, npwp, ORG_AN_LEFT, NPWP_PERSON_LEFT, ORG_LEFT, ORG_RIGHT, OWN_BEFORE, phone } from './number-kinds';
import { nationalOf, phoneKind } from './phone';
import { cardBrand, luhnValid, nipValid } from './validate';

/** A value never has more digits than this (cards: 19); groups are capped so the work per group is bounded. */
const MAX_VALUE_DIGITS = 19;
const MIN_VALUE_DIGITS = 8;
const MAX_GROUP_RUNS = 12;
const MAX_GROUP_DIGITS = 40;
const MAX_RUNS_PER_VALUE = 8;
const LEFT_WINDOW = 52;
const RIGHT_WINDOW = 40;

function isDigitC(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** letters of the folded text (ASCII lower-case and Latin-1/Latin Extended), digits excluded */
function isLetterC(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}
function isUpperC(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnumC(c: number): boolean {
  return isDigitC(c) || isLetterC(c);
}
/** characters that glue a digit run into a code, URL, handle or hashtag */
function isCodeGlue(c: number): boolean {
  return c === 47 /* / */ || c === 64 /* @ */ || c === 35 /* # */ || c === 95 /* _ */ || c === 61 /* = */ || c === 38 /* & */ || c === 92 /* \ */ || c === 37; /* % */
}
/** mask characters: a run next to them is part of an already-masked value */
function isMaskC(c: number): boolean {
  return c === 42 /* * */ || c === 120 /* x */ || c === 0x2022 /* • */ || c === 0x25cf || c === 0xd7; /* × */
}

/** "****1234", "xx1234" — but not the passport "X1234567" */
function maskBefore(L: string, s: number): boolean {
  if (s === 0) return false;
  const c = L.charCodeAt(s - 1);
  if (c !== 120) return isMaskC(c);
  const b = s > 1 ? L.charCodeAt(s - 2) : 32;
  return isMaskC(b) || isDigitC(b) || b === 45 || b === 46;
}
/** "0812-9xxx", "3271****" */
function maskAfter(L: string, e: number): boolean {
  if (e >= L.length) return false;
  const c = L.charCodeAt(e);
  if (c !== 120) return isMaskC(c);
  const a = e + 1 < L.length ? L.charCodeAt(e + 1) : 32;
  return isMaskC(a) || a === 45 || a === 46;
}

/** gap between two runs that still joins them into one value: ≤ 3 chars of space . - ( ) with ≤ 2 punctuation */
function isJoinGap(L: string, a: number, b: number): boolean {
  const len = b - a;
  if (len < 1 || len > 3) return false;
  let punct = 0;
  let nl = 0;
  for (let i = a; i < b; i++) {
    const c = L.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 10 || c === 13) {
      nl++;
      continue;
    }
    if (c === 46 || c === 45 || c === 40 || c === 41) punct++;
    else return false;
  }
  return punct <= 2 && nl <= 2;
}

/** Region codes of Indonesian plates (TNKB). */
const PLATE_REGIONS = new Set(
  'A B D E F G H K L M N P R S T W Z AA AB AD AE AG BA BB BD BE BG BH BK BL BM BN BP DA DB DC DD DE DG DH DK DL DM DN DR DS DT EA EB ED KB KH KT KU PA PB PG PR PY'.split(
    ' ',
  ),
);
/** a person or an incident tied to the plate: the plate points at someone */
const PLATE_CUE =
  /(?<![a-z])(?:pemilik|milik|a\.\s?n\.|atas nama|terdaftar|pengendara|pengemudi|sopir|supir|driver|pelaku|tabrak|menabrak|ditabrak|tertabrak|terguling|terbalik|ugal|kebut|parkir|derek|diderek|tilang|ditilang|etle|curanmor|dicuri|hilang|kecelakaan|laka|menerobos|berkendara|dikemudikan|knalpot|balap liar|lawan arah|kabur|viral|diamankan|diburu|dilaporkan|melanggar|pelanggaran|sdr|pak|bu|ibu|bapak|mas|mbak|hit by|hit and run|crashed|owner|registered to|stolen|towed|(?:saya|sy|aku|gue|gw|my|his|her|tetangga|suami|istri|pria|wanita|pemuda|seseorang|someone|neighbou?r|ngebut|menjambret|jambret|copet|tabrakan|nabrak|ugal-ugalan)(?![a-z]))/;
/** only a vehicle: a plate, but maybe no one behind it */
const PLATE_VEHICLE =
  /(?<![a-z])(?:kendaraan|mobil|motor|nopol|no\.?\s?pol|nomor polisi|plat|pelat|tnkb|stnk|bpkb|truk|bus|angkot|taksi|ojol|pikap|pick ?up|minibus|sedan|bernopol|berplat|berpelat|(?:plate|car|motorbike|motorcycle|ojek|scooter)(?![a-z]))/;
const PLATE_NEG = /plat merah|pelat merah|(?:kendaraan|mobil|motor) (?:dinas|operasional)|ambulans|damkar|contoh|misal/;
const PASSPORT_CUE = /paspor|passport/;

const NEXT_DIGIT = /[0-9]/g;

interface Group {
  /** flat [s0, e0, s1, e1, …] of digit runs in ctx.lower */
  runs: number[];
  masked: boolean;
}

export function scanNumbers(ctx: RuleContext, out: RawFinding[]): void {
  const L = ctx.lower;
  const n = L.length;
  const groups: Group[] = [];
  let cur: Group | null = null;
  let digitsInCur = 0;
  let lastRunEnd = -10;
  let lastRunMasked = false;
  let i = 0;
  while (i < n) {
    // jump to the next digit (the regex engine's scan is faster than a JS loop over letters)
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(L)) break;
    i = NEXT_DIGIT.lastIndex - 1;
    const s = i;
    while (i < n && isDigitC(L.charCodeAt(i))) i++;
    const e = i;
    const pc = s > 0 ? L.charCodeAt(s - 1) : 32;
    const nc = e < n ? L.charCodeAt(e) : 32;
    const joinsPrev = lastRunEnd >= 0 && isJoinGap(L, lastRunEnd, s);
    const masked: boolean = maskBefore(L, s) || maskAfter(L, e) || (joinsPrev && lastRunMasked);
    const glued = isLetterC(pc) || isLetterC(nc) || isCodeGlue(pc) || isCodeGlue(nc);
    // letters + digits: plates and passports (checked on the original text for upper case)
    let alnumHit = false;
    if (!masked && e - s <= 8) alnumHit = checkAlnum(ctx, s, e, out);
    if (masked || glued || alnumHit) {
      if (cur && joinsPrev && masked) cur.masked = true;
      if (cur) {
        groups.push(cur);
        cur = null;
      }
      lastRunEnd = e;
      lastRunMasked = masked;
      continue;
    }
    if (cur && joinsPrev && cur.runs.length < MAX_GROUP_RUNS * 2 && digitsInCur + (e - s) <= MAX_GROUP_DIGITS) {
      cur.runs.push(s, e);
      digitsInCur += e - s;
    } else {
      if (cur) groups.push(cur);
      cur = { runs: [s, e], masked: false };
      digitsInCur = e - s;
    }
    lastRunEnd = e;
    lastRunMasked = false;
  }
  if (cur) groups.push(cur);

  for (let g = 0; g < groups.length; g++) {
    const grp = groups[g];
    if (grp.masked) continue;
    const runs = grp.runs;
    const k = runs.length >> 1;
    let total = 0;
    for (let r = 0; r < k; r++) total += runs[2 * r + 1] - runs[2 * r];
    if (total < MIN_VALUE_DIGITS) continue;
    const leftBound = g > 0 ? groups[g - 1].runs[groups[g - 1].runs.length - 1] : 0;
    const rightBound = g + 1 < groups.length ? groups[g + 1].runs[0] : n;
    let a = 0;
    while (a < k) {
      let found = false;
      for (let b = Math.min(k - 1, a + MAX_RUNS_PER_VALUE - 1); b >= a; b--) {
        let cnt = 0;
        for (let r = a; r <= b; r++) cnt += runs[2 * r + 1] - runs[2 * r];
        if (cnt < MIN_VALUE_DIGITS || cnt > MAX_VALUE_DIGITS) continue;
        const lb = a > 0 ? runs[2 * a - 1] : leftBound;
        const rb = b < k - 1 ? runs[2 * b + 2] : rightBound;
        const f = classify(ctx, runs, a, b, lb, rb);
        if (f) {
          out.push(f);
          a = b + 1;
          found = true;
          break;
        }
      }
      if (!found) a++;
    }
  }
}

interface Shape {
  dateLike: boolean;
  timeLike: boolean;
  moneyLike: boolean;
  npwpFormat: boolean;
  nipFormat: boolean;
  fourByFour: boolean;
}

function shapeOf(L: string, runs: number[], a: number, b: number): Shape {
  const k = b - a + 1;
  const lens: number[] = [];
  for (let r = a; r <= b; r++) lens.push(runs[2 * r + 1] - runs[2 * r]);
  let allDots = true;
  let timeLike = false;
  for (let r = a; r < b; r++) {
    const gs = runs[2 * r + 1];
    const ge = runs[2 * r + 2];
    const gap = L.slice(gs, ge);
    if (gap !== '.') allDots = false;
    if (gap === '.' && lens[r - a] <= 2 && lens[r - a + 1] === 2) timeLike = true;
  }
  const dateLike =
    k === 3 &&
    ((lens[0] <= 2 && lens[1] <= 2 && (lens[2] === 4 || lens[2] === 2)) || (lens[0] === 4 && lens[1] <= 2 && lens[2] <= 2));
  let moneyLike = false;
  if (k >= 2 && allDots && lens[0] <= 3 && L.charCodeAt(runs[2 * a]) !== 48) {
    moneyLike = true;
    for (let r = 1; r < k; r++) if (lens[r] !== 3) moneyLike = false;
  }
  const npwpFormat = k === 6 && lens[0] === 2 && lens[1] === 3 && lens[2] === 3 && lens[3] === 1 && lens[4] === 3 && lens[5] === 3;
  const nipFormat = k === 4 && lens[0] === 8 && lens[1] === 6 && lens[2] === 1 && lens[3] === 3;
  const fourByFour = k === 4 && lens[0] === 4 && lens[1] === 4 && lens[2] === 4 && lens[3] === 4;
  return { dateLike, timeLike, moneyLike, npwpFormat, nipFormat, fourByFour };
}

function classify(ctx: RuleContext, runs: number[], a: number, b: number, leftBound: number, rightBound: number): RawFinding | null {
  const L = ctx.lower;
  const T = ctx.text;
  const s = runs[2 * a];
  const e = runs[2 * b + 1];
  let d = '';
  for (let r = a; r <= b; r++) d += L.slice(runs[2 * r], runs[2 * r + 1]);
  const len = d.length;
  // include a leading "+" (international) or "(" (area code) in the span
  let start = s;
  let plus = false;
  if (s > 0) {
    const pc = L.charCodeAt(s - 1);
    if (pc === 43) {
      plus = true;
      start = s - 1;
    } else if (pc === 40 && L.charCodeAt(runs[2 * a + 1]) === 41) start = s - 1;
    else if (pc === 32 && s > 1 && L.charCodeAt(s - 2) === 43) {
      plus = true;
      start = s - 2;
    }
  }
  if (plus && start > 0 && L.charCodeAt(start - 1) === 40) start--; // "(+62) 812…"
  const from = Math.max(leftBound, start - LEFT_WINDOW);
  const to = Math.min(rightBound, e + RIGHT_WINDOW);
  const shape = shapeOf(L, runs, a, b);
  if (shape.moneyLike || shape.dateLike) return null;
  // 000…0 and 999…9 are placeholders (the tax office's NPWP for buyers without one), nobody's number
  if (len >= 8 && /^(?:0+|9+)$/.test(d)) return null;
  const cx = cuesAround(T, L, start, e, from, to);
  // "kartu 4111 2290 7734 6618": sixteen digits in four groups of four right after a card word are a card number,
  // whatever their check digit (a mistyped card number still points at its owner)
  if (len === 16 && shape.fourByFour && cx.cardNear && !cx.money) return card(ctx, start, e, d, luhnValid(d) && cardBrand(d) ? 0.92 : 0.7, cx);
  if (cx.neg || cx.money) return null;
  const raw = T.slice(start, e);
  const t = cx.type;

  if (t === 'bank' && len >= 8 && len <= 18) {
    if (len >= 13 && cx.cardWeak && luhnValid(d) && cardBrand(d)) return card(ctx, start, e, d, 0.85, cx);
    const nat = nationalOf(d, plus);
    const pk = nat ? phoneKind(nat) : null;
    if (cx.bankStrong || pk !== 'mobile') return bank(ctx, start, e, d, cx, from, to);
  }
  if (t === 'card' && len >= 13) {
    const ok = luhnValid(d);
    const brand = cardBrand(d);
    return card(ctx, start, e, d, ok && brand ? 0.92 : ok ? 0.75 : 0.45, cx);
  }
  // "NIK–NPWP: 3273…": since 2024 a person's NPWP is their NIK; a 16-digit number with NIK named just before it is a NIK
  if (t === 'npwp' && len === 16 && NIK_BEFORE.test(L.slice(Math.max(0, start - 40), start))) {
    const f = nikKk(ctx, start, e, d, 'nik', cx);
    if (f) return f;
  }
  if (t === 'npwp' && (len === 15 || len === 16)) return npwp(ctx, start, e, d, raw, true, shape.npwpFormat);
  // "passport 562201488 (UK)": some countries' passports are digits only
  if (t === 'passport' && len >= 8 && len <= 9 && b === a) return piiFinding(ctx, 'passport', start, e, 0.8, maskDigitsCompact(d, 0, 3));
  if (t === 'nip' && len === 18) return nip(ctx, start, e, d, raw, true, shape.nipFormat);
  if (t === 'bpjs') {
    if (len === 13) return bpjs(ctx, start, e, d, d.startsWith('000') ? 0.9 : 0.75, cx);
    if (len === 11) return bpjs(ctx, start, e, d, 0.7, cx);
  }
  if ((t === 'nik' || t === 'kk') && len === 16) return nikKk(ctx, start, e, d, t, cx);

  // 2. phones (a phone cue, or the number reads as +62 / 0…)
  if (!shape.timeLike && len >= 9 && len <= 15) {
    const nat = nationalOf(d, plus);
    if (nat) {
      const pk = phoneKind(nat);
      if (pk === 'service') return null;
      if (pk === 'mobile' || pk === 'fixed') {
        const f = phone(ctx, start, e, d, raw, pk, plus || !d.startsWith('0'), cx);
        if (f || t === 'phone') return f;
      }
    }
  }

  // 3. the shape alone
  if (len === 16) {
    const f = nikKk(ctx, start, e, d, null, cx);
    if (f) return f;
  }
  if (len === 15 && shape.npwpFormat) return npwp(ctx, start, e, d, raw, false, true);
  if (len === 18 && nipValid(d, maxYear(ctx))) return nip(ctx, start, e, d, raw, false, shape.nipFormat);
  if (len === 13 && d.startsWith('000')) return bpjs(ctx, start, e, d, 0.55, cx);
  if (len >= 13 && luhnValid(d) && cardBrand(d)) return card(ctx, start, e, d, cx.cardWeak ? 0.75 : 0.6, cx);
  return null;
}

const NIK_BEFORE = /(?<![a-z])nik(?![a-z])/;

/** Plates (B 1234 XYZ) and passports (B1234567) around the digit run [s, e). Returns true when one matched. */
function checkAlnum(ctx: RuleContext, s: number, e: number, out: RawFinding[]): boolean {
  const T = ctx.text;
  const n = T.length;
  // letters before: optional single space, then 1–2 upper-case letters at a word start
  let j = s;
  if (j > 0 && T.charCodeAt(j - 1) === 32) j--;
  let k = j;
  while (k > 0 && j - k < 3 && isUpperC(T.charCodeAt(k - 1))) k--;
  const letters = j - k;
  if (letters < 1 || letters > 2) return false;
  if (k > 0 && (isAlnumC(T.charCodeAt(k - 1)) || T.charCodeAt(k - 1) === 46 /* . */)) return false;
  const runLen = e - s;
  if (runLen >= 6 && runLen <= 8) {
    if (e < n && isAlnumC(T.charCodeAt(e))) return false;
    const L = ctx.lower;
    const left = L.slice(Math.max(0, k - 48), k);
    const right = L.slice(e, Math.min(n, e + 24));
    if (!PASSPORT_CUE.test(left) && !PASSPORT_CUE.test(right)) return false;
    const f = piiFinding(ctx, 'passport', k, e, 0.85, maskAlnum(T.slice(k, e), 1, 2));
    if (f) out.push(f);
    return true;
  }
  if (runLen > 4) return false;
  const region = T.slice(k, j);
  if (!PLATE_REGIONS.has(region)) return false;
  let p = e;
  if (p < n && T.charCodeAt(p) === 32) p++;
  let q = p;
  while (q < n && q - p < 4 && isUpperC(T.charCodeAt(q))) q++;
  const suffix = q - p;
  if (suffix < 1 || suffix > 3) return false;
  // "P2L", "B2SA": a programme's acronym; a plate written without spaces has at least three digits
  if (j === s && p === e && runLen < 3) return false;
  if (q < n && isAlnumC(T.charCodeAt(q))) return false;
  const L = ctx.lower;
  const win = L.slice(Math.max(0, k - 70), Math.min(n, q + 70));
  if (PLATE_NEG.test(win)) return false;
  const conf = PLATE_CUE.test(win) ? 0.78 : PLATE_VEHICLE.test(win) ? 0.45 : 0.3;
  const f = piiFinding(ctx, 'plate', k, q, conf, maskAllDigits(T.slice(k, q)));
  if (f) out.push(f);
  return true;
}

/** For tests. */
export const NUMBER_REGEXES: RegExp[] = [PLATE_CUE, PLATE_VEHICLE, PLATE_NEG, PASSPORT_CUE, ORG_LEFT, ORG_RIGHT, ORG_AN_LEFT, OWN_BEFORE, NPWP_PERSON_LEFT];
