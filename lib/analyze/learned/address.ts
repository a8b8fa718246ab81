/**
 * Is a post aimed at someone (a reply)? The learned tone layer speaks at sensitivity "normal" only there:
 * condescension, dismissal and sarcasm hurt when they are addressed to a reader (issue #14). Bits:
 * 1 an @mention, 2 an honorific of address (Kak, Pak, Bu, Mas …), 4 a second-person pronoun (kamu, anda,
 * lu, you …). One pass over the tone tokens; never throws.
 */
import { KIND_MENTION, KIND_WORD, type Tok } from '../tone/normalize';

export const ADDR_MENTION = 1;
export const ADDR_HONORIFIC = 2;
export const ADDR_PRONOUN = 4;

const HONORIFIC = new Set('kak kakak pak bapak bu ibu mas mbak bang abang gan agan sis om tante bro sob min mimin'.split(' '));
const PRONOUN = new Set('kamu kau engkau dikau anda lu lo elu loe situ kalian ente antum you your yours yourself'.split(' '));

export function addressOf(toks: readonly Tok[]): number {
  let bits = 0;
  for (const t of toks) {
    if (t.k === KIND_MENTION) bits |= ADDR_MENTION;
    else if (t.k === KIND_WORD) {
      if (HONORIFIC.has(t.w) || HONORIFIC.has(t.n)) bits |= ADDR_HONORIFIC;
      if (PRONOUN.has(t.w) || PRONOUN.has(t.n)) bits |= ADDR_PRONOUN;
    }
    if (bits === 7) break;
  }
  return bits;
}
