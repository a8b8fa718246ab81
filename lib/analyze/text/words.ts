/**
 * What a "word character" is, defined once for every category that reads words off the lower-cased
 * view (tone's tokens, claim cues, neutrality terms): a-z, the Latin letters with diacritics
 * (ß..ɏ, not ÷) and the digits 0-9. Each scanner adds its own joiners on top (claim: ² and an inner
 * - or '; tone: the masks and leetspeak marks of obfuscated words).
 * Codes are UTF-16 code units of the folded lower-case text (./fold.ts).
 */

/** a-z and the Latin letters with diacritics, lower case. */
export function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

/** A letter (as above) or a digit 0-9. */
export function isWordCode(c: number): boolean {
  return c >= 97 ? c <= 122 || (c >= 0xdf && c <= 0x24f && c !== 0xf7) : c >= 48 && c <= 57;
}

/** No word character right before `start` nor right after `end` in `lower`: a whole-word match. */
export function isWholeWord(lower: string, start: number, end: number): boolean {
  return !(start > 0 && isWordCode(lower.charCodeAt(start - 1))) && !(end < lower.length && isWordCode(lower.charCodeAt(end)));
}
