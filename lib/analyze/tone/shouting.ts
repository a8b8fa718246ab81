/**
 * Shouting: a run of ALL-CAPS words (at least three) or a burst of "!!!", when what is shouted is an
 * order, a refusal or a rebuke (JANGAN, BACA, TITIK, DO NOT …) — or when the intensity itself shouts:
 * capitals together with a burst of "!!!"/"???", or several bursts in one post ("Ngapain tanya lagi????
 * Udah di-posting tiga kali!!!!"). Festive capitals ("DIRGAHAYU … MERDEKA!!!", "SELAMAT HARI RAYA"),
 * cheers and invitations ("Yuk daftar!!! Gratis!!!"), labels ("INFO LALIN:") and plain notices with a
 * negation ("LAYANAN INI TIDAK DIPUNGUT BIAYA") pass.
 */
import type { RawFinding, RuleContext } from '../types';
import { MAX_PER_RULE, SpanIndex } from '../limits';
import { SHOUTING_MSG as MSG } from './messages';

const CUES = new Set(
  ('jangan dilarang larangan stop berhenti hentikan baca titik warning do not dont never harus wajib ' +
    'malu awas spam woy woi hei heh diam pergi keluar salah bodoh tolol goblok bego last cukup must stop read').split(' '),
);
/** Two-word cues: "SEKALI LAGI", "BERAPA KALI LAGI" rebuke; "LAGI" alone ("BENTAR LAGI …") does not. */
const CUE_PAIRS = new Set(['sekali lagi', 'kali lagi', 'one more']);

/** Celebration, cheering and invitation: their capitals and "!!!" are joy, not anger. */
const FESTIVE = new Set(
  ('selamat dirgahayu merdeka hut idul fitri natal imlek yuk ayo mari gratis promo diskon makasih terimakasih thanks thank ' +
    'happy congratulations congrats welcome hore horee semangat mantap mantul keren wow sukses amin aamiin bangga hebat ' +
    'juara lomba festival').split(' '),
);
/** A burst of three or more "!" or "?" (or a mix such as "?!?!"). */
const BURST = /(?<![\u0080-\u00ff?!])(?:[!?]{3,}|[!?](?:1|[!?]){2,})/g;
/** Placeholders of anonymised or retweeted text ("RT USER: … URL"), not words anyone shouts. */
const PLACEHOLDER = new Set(['user', 'url', 'rt']);

/** three or more ALL-CAPS words in a row (single capitals like "H." may sit between them); linear, no nested ambiguity */
const CAPS_RUN = /(?:\b[A-Z][A-Z']*[A-Z]\b[^A-Za-z\n]*(?:\b[A-Z]\b[^A-Za-z\n]*)*){3,}/g;

export function shouting(ctx: RuleContext, out: RawFinding[], taken: SpanIndex = new SpanIndex()): void {
  const { text, lower } = ctx;
  const n = text.length;
  // counted once per text, lazily: calling them per capital run would be quadratic
  let nBursts = -1;
  let isFestive: boolean | null = null;
  const burstsOnce = () => (nBursts < 0 ? (nBursts = bursts(text)) : nBursts);
  const festiveOnce = () => (isFestive ??= festive(lower));
  CAPS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (taken.size < MAX_PER_RULE && (m = CAPS_RUN.exec(text))) {
    const words = lower
      .slice(m.index, m.index + m[0].length)
      .split(/[^a-z']+/)
      .filter((w) => w.length >= 2 && !PLACEHOLDER.has(w));
    let letters = 0;
    let cue = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      letters += w.length;
      if (!cue && (CUES.has(w.replace(/'/g, '')) || (i > 0 && CUE_PAIRS.has(words[i - 1] + ' ' + w)))) cue = true;
    }
    if (words.length < 3 || letters < 10) continue;
    // without an order or rebuke word, capitals shout only with a burst of "!!!"/"???" in the post and no festive word
    if (!cue && !(burstsOnce() >= 1 && !words.some((w) => FESTIVE.has(w)) && !festiveOnce())) continue;
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
    if (sentence.some((w, i) => CUES.has(w) || (i > 0 && CUE_PAIRS.has(sentence[i - 1] + ' ' + w)))) {
      out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: s, end: e, msg: MSG });
      taken.add(s, e);
    }
  }

  // several bursts in one post, none of them festive: the whole post is raised
  // (only "???" is a rhetorical question; at least one "!!!" must be among them), and loud: three bursts, or
  // one of them long ("!!!!!!"): two short "!!!" in a heated opinion are emphasis, not yet shouting
  if (taken.size === 0 && burstsOnce() >= 2 && /!{3}|!1|[!?]{2}!/.test(text) && (burstsOnce() >= 3 || longBurst(text)) && !festiveOnce()) {
    BURST.lastIndex = 0;
    const m2 = BURST.exec(text);
    if (m2) {
      let s = m2.index;
      while (s > 0 && text[s - 1] !== '.' && text[s - 1] !== '!' && text[s - 1] !== '?' && text[s - 1] !== '\n' && m2.index - s < 200) s--;
      while (s < m2.index && text[s] === ' ') s++;
      out.push({ rule: 'tone.shouting', category: 'tone', severity: 'warning', start: s, end: m2.index + m2[0].length, msg: MSG });
    }
  }
}

/** How many bursts of "!!!" / "???" the text has (capped at 3). */
function bursts(text: string): number {
  if (text.indexOf('!!') < 0 && text.indexOf('??') < 0 && text.indexOf('?!') < 0 && text.indexOf('!?') < 0) return 0;
  BURST.lastIndex = 0;
  let c = 0;
  while (c < 3 && BURST.exec(text)) c++;
  return c;
}

/** Length of a burst that raises the voice by itself. */
const LONG_BURST = 6;
/** Some burst of "!"/"?" at least LONG_BURST long. */
function longBurst(text: string): boolean {
  BURST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BURST.exec(text))) if (m[0].length >= LONG_BURST) return true;
  return false;
}

/** Any festive, cheering or inviting word in the post. */
function festive(lower: string): boolean {
  for (const w of lower.split(/[^a-z]+/)) if (FESTIVE.has(w)) return true;
  return lower.includes('terima kasih');
}
