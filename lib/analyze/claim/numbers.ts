/**
 * Figures in a text: where they are, what they are worth, and whether they read as a statistic
 * (a percentage, an amount of money, a count of something) rather than a time, a date, a year, an
 * address number or an identifier. Works on the lower-cased view (same indexes as the text).
 */

export type NumClass = 'pct' | 'money' | 'count' | 'decimal' | 'other';

export interface NumberHit {
  start: number;
  end: number;
  /** the value with its multiplier applied (Rp1,5 miliar → 1 500 000 000) */
  value: number;
  /** digits after the decimal separator as written (for rounding tolerance) */
  decimals: number;
  /** the smallest step the figure was written with (14,2 → 0.1; 1,5 juta → 100 000) */
  step: number;
  cls: NumClass;
  /** true when the figure reads as a statistic worth a source */
  stat: boolean;
  /** the unit or noun right after the figure, lower case ("%", "kasus", "rumah") */
  noun: string;
}

// A figure: optional Rp, digits with separators (each group needs a separator and digits, so the
// match is unambiguous and linear), optional unit or multiplier.
const NUM_RE =
  new RegExp('(rp\\.?\\s?)?(\\d+(?:[.,]\\d+)*)(\\s?(?:%|persen\\b|percent\\b|per cent\\b|pct\\b|ribuan\\b|ribu\\b|rb\\b|jutaan\\b|juta\\b|jt\\b|milyar\\b|' +
    'miliar\\b|triliun\\b|trilyun\\b|million\\b|billion\\b|trillion\\b|thousand\\b|[tmkb]\\b))?', 'g');

const MONTH =
  '(?:januari|jan|februari|feb|maret|mar|april|apr|mei|may|juni|jun|juli|jul|agustus|agu|agt|ags|september|sept|sep|oktober|okt|november|nov|desember|des|' +
    'january|february|march|june|july|august|aug|october|oct|december|dec)';
const MONTH_AFTER_RE = new RegExp(`^(?:\\s?[-–—/]\\s?\\d{1,2})?\\s?${MONTH}\\b`);
const MONTH_BEFORE_RE = new RegExp(`\\b${MONTH}\\.?\\s$`);
/** words before a figure that make it a label, a time, an address, a rank or an id */
const LABEL_BEFORE_RE =
  new RegExp('(?:^|[^a-z])(?:jam|pukul|pkl|tgl|tanggal|tahun|thn|th|no|nomor|nomer|nmr|rt|rw|km|pasal|ayat|kelas|kls|negeri|swasta|lantai|lt|gang|gg|blok|' +
    'kav|ke|ke-|tps|sdn|smpn|sman|smkn|smp|sma|smk|sd|mi|mts|loket|hp|wa|telp|tel|call|kode|pin|rek|rekening|seri|tipe|type|versi|ruang|gedung|pintu|' +
    'gerbang|jalur|jilid|vol|bab|hal|halaman|page|room|route|bus|periode|peringkat|ranking|rank|juara|urut|tahap|fase|gelombang|angkatan|batch|edisi|' +
    'episode|eps|part|season|level|lv|generasi|gen|covid|pp|uu|perda|perwal|perbup|pergub|perpres|permen|stiker|nik|kk|npwp|nip|day|sejak|since|jalan|jl|' +
    'jln|siaga|waspada|awas|status|zona|koridor|diameter|imlek|saka|hijriah|masehi)\\s?[:#.]?\\s?$');
/** nouns after a figure that are times or durations, not counts worth a source */
const DURATION_AFTER_RE =
  new RegExp('^\\s?(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|thn|th|abad|dekade|periode|kali|x|malam|siang|pagi|sore|subuh|wib|wita|wit|am|pm|' +
    'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|times|nights?|o\'clock|an|-an)\\b');
/** words that cannot be the counted noun */
/** units of measure: "80 cm", "60 km/jam", "10 kg" measure a thing, they are not a statistic about others */
const MEASURE = new Set('km cm mm m meter gram gr kg liter ltr l ml ha hektare hektar detik menit derajat watt kwh mw volt mbps kbps gbps gb mb tb'.split(' '));
const STOP_AFTER = new Set(
  (
    'dan atau di ke dari yang yg untuk utk dengan dgn pada tentang ini itu juga saja aja lagi sudah udah sdh telah akan ya kak pak bu adalah ialah ' +
      'merupakan sebagai oleh bagi jika kalau kalo bila agar supaya karena krn tapi tetapi namun serta hingga sampai per se sd s d is are was were be the ' +
      'of and or to in on at for with a an as by from that this it its than then so but if we you they he she i our my your their has have had will would ' +
      'can could may might not no yes up down over under about after before since during compared than dibanding dibandingkan sejak selama lalu menjadi ' +
      'jadi hingga sampai saat ketika sebelum sesudah setelah pada per dalam lebih kurang sebesar sekitar hampir mencapai tembus naik turun'
  ).split(' '),
);

/** "48.000" → 48000, "14,2" → 14.2, "1.234,5" → 1234.5, "3.5" → 3.5, "1,000,000" → 1e6. */
export function parseFigure(raw: string): { value: number; decimals: number } {
  // positions of separators
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let firstSep = -1;
  let groupsOf3 = true; // every group after a separator has exactly 3 digits
  let prevSep = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46 || c === 44) {
      if (c === 46) {
        dots++;
        lastDot = i;
      } else {
        commas++;
        lastComma = i;
      }
      if (firstSep < 0) firstSep = i;
      if (prevSep >= 0 && i - prevSep - 1 !== 3) groupsOf3 = false;
      prevSep = i;
    }
  }
  if (prevSep >= 0 && raw.length - prevSep - 1 !== 3) groupsOf3 = false;
  let intPart = raw;
  let frac = '';
  if (dots && commas) {
    const i = lastDot > lastComma ? lastDot : lastComma;
    intPart = raw.slice(0, i);
    frac = raw.slice(i + 1);
  } else if (dots || commas) {
    const seps = dots + commas;
    const grouped = groupsOf3 && (seps > 1 || (firstSep <= 3 && !(firstSep === 1 && raw.charCodeAt(0) === 48)));
    if (!grouped) {
      const i = prevSep;
      intPart = raw.slice(0, i);
      frac = raw.slice(i + 1);
    }
  }
  let digits = '';
  for (let i = 0; i < intPart.length; i++) {
    const c = intPart.charCodeAt(i);
    if (c !== 46 && c !== 44) digits += intPart[i];
  }
  const value = Number(digits + (frac ? '.' + frac : ''));
  return { value: Number.isFinite(value) ? value : NaN, decimals: frac.length };
}

const MULT: Record<string, number> = {
  ribu: 1e3, ribuan: 1e3, rb: 1e3, thousand: 1e3, k: 1e3,
  juta: 1e6, jutaan: 1e6, jt: 1e6, million: 1e6, m: 1e9,
  miliar: 1e9, milyar: 1e9, billion: 1e9, b: 1e9,
  triliun: 1e12, trilyun: 1e12, trillion: 1e12, t: 1e12,
};

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Every figure in lower[from, to). `skip` marks ranges (links, law references) whose figures are
 * not claims; it must be sorted by start.
 */
export function scanNumbers(lower: string, from: number, to: number, skip?: ReadonlyArray<{ start: number; end: number }>): NumberHit[] {
  const out: NumberHit[] = [];
  NUM_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  let sk = 0;
  while ((m = NUM_RE.exec(lower)) !== null) {
    const start = m.index;
    if (start >= to) break;
    let end = start + m[0].length;
    if (end > to) end = to;
    const rp = Boolean(m[1]);
    const digits = m[2];
    const unit = (m[3] || '').trim();
    const digitStart = start + (m[1] ? m[1].length : 0);
    if (skip) {
      while (sk < skip.length && skip[sk].end <= start) sk++;
      let inSkip = false;
      for (let q = sk; q < skip.length && skip[q].start < end; q++) if (start < skip[q].end) inSkip = true;
      if (inSkip) continue;
    }
    // glued to letters on the left: hati2, covid-19, g30s, @user123, #tag2
    const prev = digitStart > 0 ? lower.charCodeAt(digitStart - 1) : 32;
    if (!rp && (isLetterCode(prev) || prev === 64 || prev === 35 || prev === 95 || prev === 47 || prev === 92)) continue;
    if (!rp && prev === 45 && digitStart > 1 && isLetterCode(lower.charCodeAt(digitStart - 2))) continue;
    if (!rp && prev === 0xb2) continue;
    // a later group of a phone or id written with dashes: "0813-2468-1357", "+62-812-…"
    if (!rp && prev === 45 && inDashedId(lower, digitStart - 1)) continue;
    // glued to letters on the right without a unit: 2nd, 19an, 4x
    const next = end < lower.length ? lower.charCodeAt(end) : 32;
    if (!unit && (isLetterCode(next) || next === 0xb2)) continue;
    if (next === 47 && !unit) {
      // 8/7 (a date) or 24/7; but "Rp48.000/kg" is money
      if (!rp) continue;
    }
    // clock times and ranges of them are schedules, not figures: "pukul 08.00–15.00", "jam 9", "10.30 WIB"
    if (!rp && !unit && isClockTime(lower, digitStart, end, digits)) continue;
    const { value: base, decimals } = parseFigure(digits);
    if (Number.isNaN(base)) continue;
    const mult = unit && MULT[unit] ? MULT[unit] : 1;
    const value = base * mult;
    const after = lower.slice(end, Math.min(lower.length, end + 24));
    const before = lower.slice(Math.max(0, digitStart - 24), digitStart);
    let cls: NumClass = 'other';
    let stat = false;
    let noun = unit;
    if (unit === '%' || unit === 'persen' || unit === 'percent' || unit === 'per cent' || unit === 'pct') {
      cls = 'pct';
      noun = '%';
      stat = true;
    } else if (rp || /^\s?(?:rupiah|dolar|dollar|usd|idr)\b/.test(after)) {
      cls = 'money';
      noun = 'rp';
      stat = true;
    } else {
      // times: 10.00 WIB, jam 12, pukul 9
      const timeLike = /^\d{1,2}[.:]\d{2}$/.test(digits) && /^\s?(?:wib|wita|wit|am|pm)?\b/.test(after) && base < 25;
      const afterStartsDate = MONTH_AFTER_RE.test(after);
      const beforeMonth = MONTH_BEFORE_RE.test(before);
      const isYear = !unit && decimals === 0 && /^(?:19|20)\d\d$/.test(digits);
      const labelled = LABEL_BEFORE_RE.test(before);
      const idLike = digits.replace(/[.,]/g, '').length >= 9 || (digits.length >= 4 && digits[0] === '0' && !digits.includes(','));
      if (timeLike || afterStartsDate || beforeMonth || isYear || labelled || idLike) {
        cls = 'other';
      } else if (mult > 1) {
        cls = 'count';
        stat = true;
      } else if (DURATION_AFTER_RE.test(after)) {
        cls = 'other';
      } else {
        const w = /^\s?([a-z][a-z-]*)/.exec(after);
        const word = w ? w[1] : '';
        if (word && !STOP_AFTER.has(word) && !MEASURE.has(word) && word.length > 1 && base >= 2) {
          cls = 'count';
          noun = word;
          stat = true;
          end = Math.min(to, end + w![0].length);
        } else if (decimals > 0 && /[.,]/.test(digits) && !/^\s?[-–]/.test(after)) {
          cls = 'decimal';
          stat = true;
        }
      }
    }
    if (cls === 'pct' || cls === 'money') {
      // take the noun after the figure along: "40% warga", "Rp300 ribu per bulan"
      const w = /^\s?(?:per\s)?([a-z][a-z-]*)/.exec(after);
      if (w && !STOP_AFTER.has(w[1]) && w[0].length <= 16) end = Math.min(to, end + w[0].length);
    }
    out.push({ start, end, value, decimals, step: Math.pow(10, -decimals) * mult, cls, stat, noun });
  }
  return out;
}

const CLOCK_BEFORE_RE = /(?:pukul|jam|pkl|at)\s?$|\d[.:]\d\d\s?[-–—]\s?$/;
const CLOCK_AFTER_RE = /^\s?(?:wib|wita|wit|am|pm)(?![a-z])|^\s?[-–—]\s?\d{1,2}[.:]\d\d/;
const CLOCK_SHAPE_RE = /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/;

/** Is the number at [start, end) a time of day (or the start/end of a range of times)? */
/** The hyphen at `dash` continues a digit chain that starts with 0 or + ("0813-2468-…"); looks back ≤ 24 chars. */
function inDashedId(lower: string, dash: number): boolean {
  let i = dash - 1;
  const stop = Math.max(0, dash - 24);
  if (i < 0 || lower.charCodeAt(i) < 48 || lower.charCodeAt(i) > 57) return false;
  while (i > stop) {
    const c = lower.charCodeAt(i - 1);
    if ((c >= 48 && c <= 57) || c === 45) i--;
    else break;
  }
  const first = lower.charCodeAt(i);
  return first === 48 || (i > 0 && lower.charCodeAt(i - 1) === 43);
}

function isClockTime(lower: string, start: number, end: number, digits: string): boolean {
  const before = lower.slice(Math.max(0, start - 8), start);
  if (/(?:pukul|jam|pkl)\s?$/.test(before)) return true;
  if (!CLOCK_SHAPE_RE.test(digits)) return false;
  return CLOCK_BEFORE_RE.test(before) || CLOCK_AFTER_RE.test(lower.slice(end, end + 10));
}
