/**
 * Shouting: a run of ALL-CAPS words (at least three) or a burst of "!!!", when what is shouted is an
 * order, a refusal or a rebuke (JANGAN, BACA, TITIK, DO NOT …). Festive capitals ("DIRGAHAYU …
 * MERDEKA!!!", "SELAMAT HARI RAYA"), labels ("INFO LALIN:") and plain notices with a negation
 * ("LAYANAN INI TIDAK DIPUNGUT BIAYA") pass.
 */
import type { RawFinding, RuleContext } from '../types';
import { MAX_PER_RULE, SpanIndex } from '../limits';

const CUES = new Set(
  ('jangan dilarang larangan stop berhenti hentikan baca titik warning do not dont never harus wajib ' +
    'malu awas spam woy woi hei heh diam pergi keluar salah bodoh tolol goblok bego sekali lagi last cukup must stop read').split(' '),
);


const MSG = {
  id: 'Huruf kapital panjang dan tanda seru beruntun terbaca seperti membentak. Gunakan huruf biasa dan kalimat yang tenang.',
  en: 'Long all-caps text and repeated exclamation marks read as shouting. Use normal case and a calm sentence.',
};

/** three or more ALL-CAPS words in a row (single capitals like "H." may sit between them); linear, no nested ambiguity */
const CAPS_RUN = /(?:\b[A-Z][A-Z']*[A-Z]\b[^A-Za-z\n]*(?:\b[A-Z]\b[^A-Za-z\n]*)*){3,}/g;

export function shouting(ctx: RuleContext, out: RawFinding[], taken: SpanIndex = new SpanIndex()): void {
  const { text, lower } = ctx;
  const n = text.length;
  CAPS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (taken.size < MAX_PER_RULE && (m = CAPS_RUN.exec(text))) {
    const words = lower.slice(m.index, m.index + m[0].length).split(/[^a-z']+/).filter((w) => w.length >= 2);
    let letters = 0;
    let cue = false;
    for (const w of words) {
      letters += w.length;
      if (!cue && CUES.has(w.replace(/'/g, ''))) cue = true;
    }
    if (words.length < 3 || letters < 10 || !cue) continue;
    let e = m.index + m[0].length;
    while (e > m.index && !/[A-Za-z!?.]/.test(text[e - 1])) e--;
    out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: m.index, end: e, msg: MSG });
    taken.add(m.index, e);
  }

  // "!!!" after an order or a rebuke, in lower case too
  let from = 0;
  let k: number;
  while (taken.size < MAX_PER_RULE && (k = text.indexOf('!!!', from)) >= 0) {
    let e = k;
    while (e < n && (text[e] === '!' || text[e] === '1')) e++;
    from = e;
    let s = k;
    while (s > 0 && text[s - 1] !== '.' && text[s - 1] !== '!' && text[s - 1] !== '?' && text[s - 1] !== '\n' && k - s < 200) s--;
    while (s < k && text[s] === ' ') s++;
    if (taken.overlaps(s, e)) continue;
    const sentence = lower.slice(s, k).split(/[^a-z']+/);
    if (sentence.some((w) => CUES.has(w))) {
      out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: s, end: e, msg: MSG });
      taken.add(s, e);
    }
  }
}
