import { describe, expect, it } from 'vitest';
import { analyze, makeContext } from '../../../lib/analyze';
import { memoLast } from '../../../lib/analyze/text/memo';
import { KIND_HASHTAG, KIND_MENTION, KIND_NUM, KIND_WORD } from '../../../lib/analyze/text/tokens';
import { isWholeWord, isWordCode, isWordLetter } from '../../../lib/analyze/text/words';
import { scanCues, KINDS } from '../../../lib/analyze/claim/lexicon';

const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('one definition of a word character', () => {
  it('letters a-z and Latin letters with diacritics; digits are word codes but not letters', () => {
    for (const c of codes('azßéñɏ')) expect(isWordLetter(c)).toBe(true);
    for (const c of codes('09')) expect([isWordLetter(c), isWordCode(c)]).toEqual([false, true]);
    for (const c of codes(' -_.,’÷@#*AZ')) expect(isWordCode(c)).toBe(false);
  });

  it('finds whole words only', () => {
    expect(isWholeWord('pak budi datang', 4, 8)).toBe(true);
    expect(isWholeWord('pak budiman datang', 4, 8)).toBe(false);
    expect(isWholeWord('café2 x', 0, 4)).toBe(false);
  });

  it('tone tokens and claim cues split "sebarkan!!" and "katanya," at the same word boundary', () => {
    const text = 'Katanya, sebarkan!! ke grup wa';
    const ctx = makeContext(text);
    const words = ctx.tokens.toks.filter((t) => t.k === KIND_WORD).map((t) => text.slice(t.s, t.e).toLowerCase());
    const cues = scanCues(ctx.lower).map((h) => `${KINDS[h.kind]}:${ctx.lower.slice(h.start, h.end)}`);
    expect(words.slice(0, 2)).toEqual(['katanya', 'sebarkan']);
    expect(cues).toContain('hearsay:katanya');
    expect(cues).toContain('share:sebarkan');
  });
});

describe('ctx.tokens', () => {
  it('is computed on first read and shared by every rule of one text', () => {
    const ctx = makeContext('@warga #Pilih2024 g0bl0k 123');
    const a = ctx.tokens;
    expect(ctx.tokens).toBe(a);
    expect(a.toks.map((t) => t.k)).toEqual([KIND_MENTION, KIND_HASHTAG, KIND_WORD, KIND_NUM]);
    expect(a.toks[2].w).toBe('goblok'); // de-obfuscated through tone's word lists
  });

  it('tone and neutrality still read the same tokens through analyze()', () => {
    const rules = analyze('Dasar g0bl0k! Ayo pilih nomor 2, coblos Paslon 2!').map((f) => f.category);
    expect(rules).toContain('tone');
    expect(rules).toContain('neutrality');
  });
});

describe('memoLast', () => {
  it('recomputes only when the key changes (===)', () => {
    let calls = 0;
    const f = memoLast((list: string[]) => {
      calls++;
      return list.map((s) => s.toUpperCase());
    });
    const a = ['x'];
    expect(f(a)).toEqual(['X']);
    expect(f(a)).toBe(f(a));
    expect(calls).toBe(1);
    expect(f(['x'])).toEqual(['X']); // a new array: a new answer
    expect(calls).toBe(2);
  });
});
