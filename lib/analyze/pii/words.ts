/**
 * One pass over the words of ctx.lower that wakes up the text rules only where one of their trigger
 * words starts (jl, lahir, hiv, napi, kelas …). A 2-letter prefix table rejects almost every word
 * without allocating; only candidates are sliced and looked up. The rules then run sticky regexes
 * at that position, so no big alternation is scanned across the whole text.
 */

export class TriggerTable {
  private readonly prefix = new Uint32Array(27 * 27);
  private readonly words = new Map<string, number>();

  /** Register `word` (a-z only) for the kinds in `bits`. */
  add(word: string, bits: number): void {
    if (!/^[a-z]+$/.test(word)) return; // reported by the unit tests
    this.prefix[prefixIndex(word, 0, word.length)] |= bits;
    this.words.set(word, (this.words.get(word) ?? 0) | bits);
  }

  addAll(words: Iterable<string>, bits: number): void {
    for (const w of words) this.add(w, bits);
  }

  /**
   * Calls `hit(start, end, bits)` for every word of `lower` (a maximal run of a-z, not preceded by a
   * letter or digit) that is a trigger.
   */
  scan(lower: string, hit: (start: number, end: number, bits: number) => void, from = 0, to = lower.length): void {
    const n = to;
    let i = from;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (c < 97 || c > 122) {
        i++;
        continue;
      }
      const s = i;
      let e = i + 1;
      while (e < n) {
        const d = lower.charCodeAt(e);
        if (d < 97 || d > 122) break;
        e++;
      }
      i = e;
      if (s > from) {
        const p = lower.charCodeAt(s - 1);
        if ((p >= 48 && p <= 57) || isNonAsciiLetter(p)) continue;
      }
      if (e < n && isNonAsciiLetter(lower.charCodeAt(e))) continue;
      const bits = this.prefix[prefixIndex(lower, s, e)];
      if (bits === 0) continue;
      const w = this.words.get(lower.slice(s, e));
      if (w) hit(s, e, w);
    }
  }
}

function prefixIndex(s: string, from: number, to: number): number {
  const a = s.charCodeAt(from) - 97;
  const b = to - from > 1 ? s.charCodeAt(from + 1) - 97 : 26;
  return a * 27 + b;
}

function isNonAsciiLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f;
}

/** The leading a-z word of each regex alternative source ("gagal jantung" → "gagal"). */
export function firstWords(alternatives: string[]): string[] {
  const out = new Set<string>();
  for (const a of alternatives) {
    const m = /^[a-z]+/.exec(a);
    if (!m) continue; // reported by the unit tests (every alternative must start with a literal word)
    out.add(m[0]);
    // "autis(?:me)?": the word in the text is "autisme"
    const opt = /^[a-z]+\(\?:([a-z]+)\)\?/.exec(a);
    if (opt) out.add(m[0] + opt[1]);
  }
  return [...out];
}

/** Top-level alternatives of a regex source ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (cls) {
      if (c === ']') cls = false;
      continue;
    }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(last, i));
      last = i + 1;
    }
  }
  out.push(source.slice(last));
  return out;
}
