import { describe, expect, it } from 'vitest';
import { lookupWord, tokenize } from '../../../lib/analyze/tone/normalize';

const word = (w: string) => lookupWord(w)?.w;

describe('tone normaliser', () => {
  it('sees through repeated letters, leetspeak, masks and affixes', () => {
    expect(word('anjiiing')).toBe('anjing');
    expect(word('gooobloookkk')).toBe('goblok');
    expect(word('g0bl0k')).toBe('goblok');
    expect(word('b3g0')).toBe('bego');
    expect(word('4njing')).toBe('anjing');
    expect(word('b@ngs@t')).toBe('bangsat');
    expect(word('b*ngsat')).toBe('bangsat');
    expect(word('k*nt*l')).toBe('kontol');
    expect(word('tololnya')).toBe('tolol');
    expect(word('dibegoin')).toBe('bego');
    expect(word('ngebacot')).toBe('bacot');
    expect(lookupWord('kmprt')?.c).toBe(lookupWord('kampret')?.c);
    expect(word('gblkkk')).toBeTruthy();
    expect(word('bngst')).toBeTruthy();
  });

  it('matches whole words only: innocent look-alikes stay clean', () => {
    for (const w of ['pantai', 'asuransi', 'bangsal', 'bangsa', 'asuh', 'asumsi', 'kontan', 'kontrol', 'cukup', 'tahi', 'anjungan', 'babinsa', 'setiap', 'tainan', 'kimia', 'bangkit', 'monyong2', 'assalamualaikum', 'pukul', 'titik', 'kampung', 'kampanye', 'memperkenalkan', 'dibodohi', 'kebodohan', 'dilaknat', 'kodam']) {
      expect(lookupWord(w), w).toBeUndefined();
    }
  });

  it('does not read everyday abbreviations as vowel-less swear words', () => {
    for (const w of ['krng', 'plng', 'kmpng', 'cbng', 'sndl', 'kcng', 'jmpt', 'yg', 'dgn', 'tdk', 'bgt', 'skrg']) expect(lookupWord(w), w).toBeUndefined();
  });

  it('is safe with words that are object keys', () => {
    const toks = tokenize('constructor tostring __proto__ hasownproperty');
    expect(toks.every((t) => typeof t.n === 'string' && t.hit === null)).toBe(true);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Dasar G.O.B.L.O.K, anjiiing!';
    const toks = tokenize(text.toLowerCase());
    const hit = toks.filter((t) => t.hit);
    expect(hit.map((t) => text.slice(t.s, t.e))).toEqual(['G.O.B.L.O.K', 'anjiiing']);
    expect(hit.map((t) => t.w)).toEqual(['goblok', 'anjing']);
  });

  it('standardises slang for the phrase rules', () => {
    expect(tokenize('gak usah lebay, udah lu aja').map((t) => t.n)).toEqual(['tidak', 'usah', 'lebay', ',', 'sudah', 'kamu', 'saja']);
  });

  it('reads a literal backslash-n as a line break', () => {
    expect(tokenize('bagus\\nbego').map((t) => t.n)).toEqual(['bagus', 'bego']);
  });

  it('stays linear on long and hostile inputs', () => {
    const long = 'a.'.repeat(50_000) + ' ' + 'x*'.repeat(20_000) + ' ' + 'aaaa'.repeat(10_000);
    const t0 = performance.now();
    tokenize(long);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
