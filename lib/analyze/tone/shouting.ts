/**
 * Shouting: a run of ALL-CAPS words (at least three) or a burst of "!!!", when what is shouted is an
 * order, a refusal or a rebuke (JANGAN, TIDAK, BACA, DO NOT …). Festive capitals ("DIRGAHAYU …
 * MERDEKA!!!", "SELAMAT HARI RAYA") and labels ("INFO LALIN:") pass.
 */
import type { RawFinding, RuleContext } from '../types';

const CUES = new Set(
  ('jangan tidak bukan dilarang larangan stop berhenti hentikan baca titik warning do not dont never no harus wajib gak nggak ga ngga enggak ' +
    'malu awas spam woy woi hei heh diam pergi keluar salah bodoh tolol goblok bego sekali lagi last cukup must stop read').split(' '),
);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

const MSG = {
  id: 'Huruf kapital panjang dan tanda seru beruntun terbaca seperti membentak. Gunakan huruf biasa dan kalimat yang tenang.',
  en: 'Long all-caps text and repeated exclamation marks read as shouting. Use normal case and a calm sentence.',
};

export function shouting(ctx: RuleContext, out: RawFinding[]): void {
  const { text, lower } = ctx;
  const n = text.length;
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let letters = 0;
  let cue = false;
  const flush = () => {
    if (runStart >= 0 && words >= 3 && letters >= 10 && cue) {
      let e = runEnd;
      while (e < n && (text[e] === '!' || text[e] === '.' || text[e] === '?')) e++;
      out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: runStart, end: e, msg: MSG });
    }
    runStart = -1;
    words = 0;
    letters = 0;
    cue = false;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isUpper(c) || isLower(c)) {
      let j = i;
      let up = 0;
      let low = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isUpper(d)) up++;
        else if (isLower(d)) low++;
        else if (d !== 39) break;
        j++;
      }
      if (low === 0 && up >= 2) {
        if (runStart < 0) runStart = i;
        runEnd = j;
        words++;
        letters += up;
        if (!cue && CUES.has(lower.slice(i, j).replace(/'/g, ''))) cue = true;
      } else if (low > 0) flush();
      i = j;
      continue;
    }
    if (c === 10) flush();
    i++;
  }
  flush();

  // "!!!" after an order or a rebuke, in lower case too
  let from = 0;
  let k: number;
  while ((k = text.indexOf('!!!', from)) >= 0) {
    let e = k;
    while (e < n && (text[e] === '!' || text[e] === '1')) e++;
    from = e;
    let s = k;
    while (s > 0 && text[s - 1] !== '.' && text[s - 1] !== '!' && text[s - 1] !== '?' && text[s - 1] !== '\n' && k - s < 200) s--;
    while (s < k && text[s] === ' ') s++;
    if (out.some((f) => f.rule === 'tone.shouting' && f.start < e && s < f.end)) continue;
    const sentence = lower.slice(s, k).split(/[^a-z']+/);
    if (sentence.some((w) => CUES.has(w))) out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: s, end: e, msg: MSG });
  }
}
