/**
 * Tone's tokens: the shared tokenizer (../text/tokens.ts) reading words through tone's de-obfuscating
 * lookup (./lookup.ts) and slang table (gak → tidak, for the phrase rules). Rules read the result as
 * `ctx.tokens`; `viewOf` computes it once per text.
 */
import { memoLast } from '../text/memo';
import { LineTokenizer, TokenView, tokenizeWith, type Tok, type WordLexicon } from '../text/tokens';
import { SLANG } from './lexicon';
import { leet, lookupWord } from './lookup';

export { KIND_EMOJI, KIND_HASHTAG, KIND_MENTION, KIND_NUM, KIND_PUNCT, KIND_QUOTE, KIND_WORD, join, tokenAt } from '../text/tokens';
export type { Joined, Tok } from '../text/tokens';
export { C_INSULT, C_PROFANITY, C_SARA, C_TARGETED, C_TARGETED_SARA, lookupWord, squeeze, type Entry } from './lookup';

const TONE_WORDS: WordLexicon = {
  lookup: lookupWord,
  unleet: (w) => leet(w, 'i'),
  standard: (w) => SLANG.get(w) ?? w,
};

/** Tokenise the lower-cased view. */
export function tokenize(lower: string): Tok[] {
  return tokenizeWith(lower, TONE_WORDS);
}

/** While typing a long text, lines already seen by the last call are not tokenised again (identical result). */
const LINES = new LineTokenizer(TONE_WORDS);

/** The tokens of `text` (whose lower-cased view is `lower`), computed once for all the rules that read them. */
export const viewOf: (text: string, lower: string) => TokenView = memoLast((text: string, lower: string) => new TokenView(text, LINES.tokenize(lower)));
