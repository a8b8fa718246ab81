/**
 * Compiles phrase patterns once, at module load, and indexes them by their anchor words, so that a
 * text only pays for the patterns whose first word it contains. Shared by tone and neutrality.
 */
import type { Joined, Tok } from './tokens';
import { tokenAt } from './tokens';

export interface Compiled<T> {
  def: T;
  re: RegExp;
}

export interface PatternSet<T> {
  byAnchor: Map<string, number[]>;
  always: number[];
  list: Compiled<T>[];
  /** per pattern: the call of runPatterns that last queued it (a set without a scan or an allocation) */
  queued?: Int32Array;
  calls?: number;
}

/** Hyphenated words are two tokens: rata-rata → "rata rata". */
function dehyphen(src: string): string {
  return src.replace(/([a-z])-([a-z])/g, '$1 $2');
}

/** Index of the ')' closing the group that opens at i. */
function closeOf(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      while (j < s.length && s[j] !== ']') j++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      while (j < s.length && s[j] !== ']') j++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(s.slice(start, j));
      start = j + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** The words a match of `src` can start with, or null when that cannot be told (then it always runs). */
export function anchorsOf(src: string): string[] | null {
  let s = src;
  while (s.startsWith('(?<') || s.startsWith('(?=') || s.startsWith('(?!')) {
    const c = closeOf(s, 0);
    if (c < 0) return null;
    s = s.slice(c + 1);
  }
  if (s.startsWith('(?:')) {
    const c = closeOf(s, 0);
    if (c < 0) return null;
    const out: string[] = [];
    for (const alt of splitTop(s.slice(3, c))) {
      const a = anchorsOf(alt);
      if (!a) return null;
      out.push(...a);
    }
    const rest = s.slice(c + 1);
    if (rest.startsWith('?') || rest.startsWith('*')) {
      const a = anchorsOf(rest.slice(1).replace(/^ /, ''));
      if (!a) return null;
      out.push(...a);
    }
    return out;
  }
  const m = /^[a-z0-9]+/.exec(s);
  if (!m) return null;
  const w = m[0];
  const rest = s.slice(w.length);
  if (rest === '' || rest[0] === ' ' || rest[0] === ')' || rest[0] === '|' || rest.startsWith('(?: ')) return [w];
  // "deserves?": the last letter is optional
  if (rest[0] === '?' && w.length > 1 && (rest.length === 1 || rest[1] === ' ' || rest[1] === ')' || rest[1] === '|')) return [w, w.slice(0, -1)];
  return null; // a class or quantifier inside the first word: cannot index it
}

export function compile<T extends { src: string; need?: string }>(defs: T[], flags = 'g'): PatternSet<T> {
  const byAnchor = new Map<string, number[]>();
  const always: number[] = [];
  const list: Compiled<T>[] = [];
  for (const def of defs) {
    const src = dehyphen(def.src);
    let re: RegExp;
    try {
      re = new RegExp(`(?<![^ ])(?:${src})(?![^ ])`, flags);
    } catch {
      continue; // a broken pattern must not take the analyzer down
    }
    const idx = list.push({ def, re }) - 1;
    // `need`: words of which every match holds at least one (rarer than the first word)
    const anchors = def.need ? def.need.split(' ') : anchorsOf(src);
    if (!anchors) always.push(idx);
    else
      for (const a of new Set(anchors)) {
        const l = byAnchor.get(a);
        if (l) l.push(idx);
        else byAnchor.set(a, [idx]);
      }
  }
  return { byAnchor, always, list };
}

export interface PatternHit<T> {
  def: T;
  /** first and last token of the match */
  a: number;
  b: number;
}

/** Runs the patterns whose anchors occur among the tokens. */
export function runPatterns<T>(set: PatternSet<T>, toks: Tok[], view: { joined: Joined }): PatternHit<T>[] {
  let todo: number[] | null = null;
  const queued = (set.queued ??= new Int32Array(set.list.length));
  const call = (set.calls = ((set.calls ?? 0) + 1) | 0 || 1); // never 0, the array's initial value
  for (let t = 0; t < toks.length; t++) {
    const l = set.byAnchor.get(toks[t].n);
    if (l) {
      if (!todo) {
        todo = set.always.slice();
        for (const i of todo) queued[i] = call;
      }
      for (const i of l)
        if (queued[i] !== call) {
          queued[i] = call;
          todo.push(i);
        }
    }
  }
  if (!todo) todo = set.always;
  const out: PatternHit<T>[] = [];
  if (!todo.length) return out;
  const joined = view.joined;
  for (const i of todo) {
    const { def, re } = set.list[i];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(joined.str))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ def, a: tokenAt(joined, m.index), b: tokenAt(joined, m.index + m[0].length - 1) });
    }
  }
  return out;
}
