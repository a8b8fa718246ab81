/**
 * Text views shared by every rule. All of them keep the length of the original text, so an index
 * into a view is an index into the original (UTF-16 code units): no offset map needed.
 */

/** Lower-case and fold full-width ASCII (ＮＩＫ１２３ → nik123), one code unit for one. */
export function foldLower(text: string): string {
  let out = '';
  let run = 0; // start of the pending ASCII-only run
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let r: string;
    if (c >= 0xff01 && c <= 0xff5e) r = String.fromCharCode(c - 0xfee0).toLowerCase();
    else if (c === 0x3000) r = ' ';
    else if (c === 0x00a0 || c === 0x2007 || c === 0x202f) r = ' ';
    else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2212) r = '-';
    else {
      const l = text[i].toLowerCase();
      r = l.length === 1 ? l : text[i];
    }
    out += text.slice(run, i).toLowerCase() + r;
    run = i + 1;
  }
  return run === 0 ? text.toLowerCase() : out + text.slice(run).toLowerCase();
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Sentence ranges: split after . ! ? … and line breaks, but not inside numbers (Rp48.000, 3.5),
 * common abbreviations (No., Jl., Kab., dr., a.n.) or URLs.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
    } else if (c === '!' || c === '?' || c === '…' || c === '.') {
      // absorb runs like "?!" or "..."
      let j = i;
      while (j + 1 < n && (text[j + 1] === '!' || text[j + 1] === '?' || text[j + 1] === '.' || text[j + 1] === '…')) j++;
      const next = text.charCodeAt(j + 1);
      const atEnd = j + 1 >= n;
      if (!atEnd && !isSpace(next)) {
        i = j;
        continue; // 48.000, go.id, a.n.
      }
      if (c === '.' && j === i && isAbbrevBefore(text, i)) {
        i = j;
        continue;
      }
      push(j + 1);
      start = j + 1;
      i = j;
    }
  }
  push(n);
  return out;
}

const ABBREV = new Set([
  'no',
  'jl',
  'jln',
  'kab',
  'kec',
  'kel',
  'dr',
  'drs',
  'ir',
  'h',
  'hj',
  'bpk',
  'ibu',
  'sdr',
  'sdri',
  'rt',
  'rw',
  'tgl',
  'gg',
  'komp',
  'prof',
  'st',
  'sh',
  'se',
  'mt',
  'an',
  'yth',
  'dll',
  'dsb',
  'tsb',
  'ybs',
  'rek',
  'telp',
  'hp',
  'wa',
  'pak',
  'bu',
  'kp',
]);

function isAbbrevBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === dot) return false;
  if (dot - s === 1) return true; // single letter: initials, a.n.
  return ABBREV.has(text.slice(s, dot).toLowerCase());
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The index of the sentence holding text index i (binary search), or -1. */
export function sentenceIndexAt(sentences: ReadonlyArray<Range>, i: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence range holding index i. */
export function sentenceAt(sentences: ReadonlyArray<Range>, i: number): Range | undefined {
  const k = sentenceIndexAt(sentences, i);
  return k < 0 ? undefined : sentences[k];
}

/** A window of the lower-cased text around [start, end): `before` chars before, `after` chars after. */
export function windowAround(lower: string, start: number, end: number, before: number, after: number): { left: string; right: string } {
  return { left: lower.slice(Math.max(0, start - before), start), right: lower.slice(end, Math.min(lower.length, end + after)) };
}

/** Move an index off the second half of a surrogate pair. */
export function onCodePoint(text: string, i: number): number {
  if (i > 0 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) return i - 1;
    }
  }
  return i;
}
