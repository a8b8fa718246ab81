/**
 * Trims without regexes: "[x]+$" in a regex backtracks quadratically on long runs of x that are not at
 * the end (the ReDoS test flags it), a loop does not.
 */
export function trimEndWhile(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

export function trimStartWhile(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b])) b++;
  return b === 0 ? s : s.slice(b);
}

/** The part before the first `ch` (all of `s` when there is none). */
export function beforeFirst(s: string, ch: string): string {
  const i = s.indexOf(ch);
  return i < 0 ? s : s.slice(0, i);
}

export const SPACE_CHARS = ' \t\n\r\f\v\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f';
