/**
 * Tone: profanity, insults, SARA hostility, threats, condescension and blame, dismissiveness,
 * sarcasm, shouting, the office's own custom words, and (info) the quality of a reply to a complaint.
 * Severity: profanity, SARA and threats = danger; the rest = warning; reply quality = info.
 */
import type { RawFinding, Rule, RuleContext, Severity } from '../types';
import { compile, runPatterns } from '../text/phrases';
import { memoLast } from '../text/memo';
import { LITERAL_CONTEXT, WEAK } from './lexicon';
import {
  C_INSULT,
  C_PROFANITY,
  C_SARA,
  C_TARGETED,
  C_TARGETED_SARA,
  KIND_EMOJI,
  KIND_NUM,
  KIND_PUNCT,
  KIND_QUOTE,
  KIND_WORD,
  lookupWord,
  squeeze,
  type Tok,
} from './normalize';
import { TONE_PATTERNS, type PatternDef } from './patterns';
import { replyQuality } from './reply';
import { shouting } from './shouting';
import { MESSAGES } from './messages';
import { veiledThreat } from './threat';
import { MAX_PER_RULE, SpanIndex } from '../limits';

export { MESSAGES };

const SEVERITY: Record<string, Severity> = {
  'tone.profanity': 'danger',
  'tone.sara': 'danger',
  'tone.threat': 'danger',
  'tone.insult': 'warning',
  'tone.condescension': 'warning',
  'tone.dismissive': 'warning',
  'tone.sarcasm': 'warning',
  'tone.shouting': 'warning',
  'tone.custom': 'warning',
  'tone.hostility': 'info',
};

const PATTERNS = compile<PatternDef>(TONE_PATTERNS);

const LITERAL = new Set(LITERAL_CONTEXT.split(/\s+/));
/** Words that aim a TARGETED word at someone. */
const TARGET = new Set(
  (
    'kamu kalian anda situ kau dasar si seperti otak otaknya otakmu mulut mulutnya mulutmu muka mukanya mukamu kelakuan mental dasarnya bagai bagaikan sok ' +
    'manusia rezim'
  ).split(' '),
);
/** Words right before a TARGETED word that aim it: a likeness ("kaya monyet") or a call ("woi monyet"). */
const AIM_BEFORE = new Set('kaya mirip ibarat woi woy hoi hei hai halo oi eh'.split(' '));
const TARGET_SARA = new Set('kamu kalian situ kau dasar si dasarnya bagai bagaikan'.split(' '));
/** Words that report or name a word rather than use it ("kata", "istilah", "menyebut"). */
const REPORTING = new Set(
  (
    'kata menyebut disebut sebutan istilah julukan panggilan ucapan mengucapkan umpatan makian dituduh menuduh tuduhan dicap mencap dikatain dikatai ' +
    'mengatai ngatain melabeli label word words called term'
  ).split(' '),
);
/** … and words that do so only before a quoted word ("seperti 'bego'"). */
const REPORTING_QUOTED = new Set('seperti dengan menggunakan memakai bilang berkata ucap like say said'.split(' '));
const RELIGIOUS = new Set('godaan bisikan tipu daya terkutuk berlindung allah syaitan langkah membisikkan qs ayat ikuti jin malaikat'.split(' '));

function near(toks: Tok[], t: number, before: number, after: number, set: Set<string>): boolean {
  for (let i = Math.max(0, t - before); i <= Math.min(toks.length - 1, t + after); i++) if (i !== t && set.has(toks[i].n)) return true;
  return false;
}
function nearW(toks: Tok[], t: number, before: number, after: number, set: Set<string>): boolean {
  for (let i = Math.max(0, t - before); i <= Math.min(toks.length - 1, t + after); i++) if (i !== t && set.has(toks[i].w)) return true;
  return false;
}

/** Another listed word close by ("teroris kafir", "maling busuk"). */
function nearHit(toks: Tok[], t: number, d: number): boolean {
  for (let i = Math.max(0, t - d); i <= Math.min(toks.length - 1, t + d); i++) {
    const h = toks[i].hit;
    if (i !== t && h && (h.c === C_PROFANITY || h.c === C_INSULT || h.c === C_SARA)) return true;
  }
  return false;
}

/** The word is quoted or named ("menyebut warga 'tolol'", "kata-kata seperti 'bego'"), not used. */
function isReported(toks: Tok[], a: number, b: number): boolean {
  const prev = toks[a - 1];
  const next = toks[b + 1];
  const quoted = prev && prev.k === KIND_QUOTE && next && (next.k === KIND_QUOTE || (next.k === KIND_PUNCT && toks[b + 2]?.k === KIND_QUOTE));
  const from = quoted ? a - 1 : a;
  // unquoted: the naming word is right before ("istilah cebong") or one word before ("menyebut warga tolol")
  for (let i = from - 1; i >= Math.max(0, from - (quoted ? 4 : 2)); i--) {
    const tk = toks[i];
    if (REPORTING.has(tk.n) && (quoted || i === from - 1 || tk.n !== 'kata')) return true;
    if (tk.k === KIND_PUNCT && tk.w !== ',') break;
  }
  if (quoted) {
    // 'bego' atau 'kampret': a list of quoted words after a reporting word
    for (let i = from - 1; i >= Math.max(0, from - 10); i--) if (REPORTING.has(toks[i].n) || REPORTING_QUOTED.has(toks[i].n)) return true;
  }
  return false;
}

/** Places and features named with a group word: Pondok Cina, Laut Cina Selatan; "mata sipit" describes eyes. */
const PLACE_BEFORE = new Set('pondok laut kampung kampong tembok negeri daratan bahasa tahun pecinan kota'.split(' '));
function isPlaceOrFeature(toks: Tok[], t: number): boolean {
  const w = toks[t].w;
  const prev = toks[t - 1]?.w ?? '';
  if (w === 'cina' || w === 'china') return PLACE_BEFORE.has(prev) || toks[t + 1]?.w === 'selatan';
  if (w === 'sipit') return prev === 'mata' && toks[t - 2]?.w !== 'dasar';
  return false;
}
/** Words that make "cacat" a disability or a defect, not an insult. */
const DISABILITY = new Set('penyandang bawaan lahir fisik permanen disabilitas difabel janin bayi anak medis kecelakaan produk barang tanpa'.split(' '));
/** "anjing saya", "anjingku": someone's own animal is an animal. */
function isOwnPet(text: string, toks: Tok[], t: number): boolean {
  const next = toks[t + 1]?.n;
  if (next === 'saya' || next === 'kami') return true;
  const tk = toks[t];
  return text.slice(tk.e - 2, tk.e).toLowerCase() === 'ku';
}
/** Listed words that are also parts of names: Haji Bolot, Tai Chi, Cikeas Udik. */
const NAME_SENSE = new Set(['bolot', 'tai', 'udik']);
/** Titles and place words before a name: haji bolot, jalan Kalimas udik, ds cikeas udik (one or two words back). */
const NAME_BEFORE = new Set('haji pak bapak desa ds kampung kp jalan jl jln kecamatan kec kelurahan kel dusun gang gg'.split(' '));
/** "Bolot", not "bolot" or "BOLOT": a capital, then lower case. */
function isTitleWord(text: string, tk: Tok | undefined): boolean {
  if (!tk || tk.k !== KIND_WORD || tk.e - tk.s < 2) return false;
  const a = text.charCodeAt(tk.s);
  const b = text.charCodeAt(tk.s + 1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}
/**
 * A listed word inside a run of capitalised words is part of a name: "Haji Bolot", "Tai Chi",
 * "Kalimas Udik". Not when the neighbour is itself a listed word or the writer capitalises
 * everything.
 */
function isInName(text: string, toks: Tok[], t: number): boolean {
  if (!isTitleWord(text, toks[t])) return false;
  const prev = toks[t - 1];
  const next = toks[t + 1];
  const nameNeighbour = (x: Tok | undefined) => isTitleWord(text, x) && !x!.hit && !TARGET.has(x!.n);
  return nameNeighbour(prev) || nameNeighbour(next);
}

/** Small words a title may keep in lower case: "Si Kancil dan Buaya", "The Boy and the Wolf". */
const TITLE_GLUE = new Set('dan di ke dari yang si sang para the a an of and to in'.split(' '));
/**
 * The word is capitalised inside a quoted title ("Tema minggu ini: “Si Kancil dan Buaya”"): a story,
 * book or film is being named, nobody is called a name. Every word between the quotes is capitalised
 * or small glue, there are at least two words, and the quotes are at most 8 tokens away.
 */
function isInQuotedTitle(text: string, toks: Tok[], t: number): boolean {
  if (!isTitleWord(text, toks[t])) return false;
  const inside = (i: number) => {
    const x = toks[i];
    return x.k === KIND_WORD && (isTitleWord(text, x) || TITLE_GLUE.has(x.w)) && (i === t || !x.hit);
  };
  let a = t - 1;
  while (a >= 0 && a >= t - 8 && toks[a].k !== KIND_QUOTE) {
    if (!inside(a)) return false;
    a--;
  }
  if (a < 0 || toks[a].k !== KIND_QUOTE) return false;
  let b = t + 1;
  while (b < toks.length && b <= t + 8 && toks[b].k !== KIND_QUOTE) {
    if (!inside(b)) return false;
    b++;
  }
  // one quoted word is a scare quote ("Kamu memang “Buaya”"), not a title
  return b < toks.length && toks[b].k === KIND_QUOTE && b - a - 1 >= 2;
}

/** Spans taken per rule, so "one finding per place" is a lookup, not a scan of earlier findings. */
type Taken = Map<string, SpanIndex>;
export function takenIn(taken: Taken, rule: string): SpanIndex {
  let idx = taken.get(rule);
  if (!idx) taken.set(rule, (idx = new SpanIndex()));
  return idx;
}

function push(out: RawFinding[], taken: Taken, rule: string, toks: Tok[], a: number, b: number, text: string, sugg?: string): void {
  const start = toks[a].s;
  const end = toks[b].e;
  const idx = takenIn(taken, rule);
  if (idx.size >= MAX_PER_RULE || idx.overlaps(start, end)) return; // one finding per place; a bounded number per rule
  idx.add(start, end);
  const f: RawFinding = { rule, category: 'tone', severity: SEVERITY[rule] ?? 'warning', start, end, msg: MESSAGES[rule](text.slice(start, end)) };
  if (sugg) f.suggestion = sugg;
  out.push(f);
}

function customSet(list: string[]): { single: Set<string>; multi: string[] } | null {
  if (!list || !list.length) return null;
  const single = new Set<string>();
  const multi: string[] = [];
  for (const raw of list) {
    if (typeof raw !== 'string') continue;
    const w = raw.trim().toLowerCase();
    if (!w) continue;
    if (/\s/.test(w)) multi.push(w.replace(/\s+/g, ' '));
    else {
      single.add(w);
      single.add(squeeze(w));
    }
  }
  return single.size || multi.length ? { single, multi } : null;
}
const customOf = memoLast(customSet);

function run(ctx: RuleContext): RawFinding[] {
  const { text } = ctx;
  const view = ctx.tokens;
  const { toks } = view;
  const out: RawFinding[] = [];
  const taken: Taken = new Map();

  // 1. words from the lists
  for (let t = 0; t < toks.length; t++) {
    const tk = toks[t];
    const e = tk.hit;
    if (!e || tk.k !== KIND_WORD) continue;
    if (isReported(toks, t, t)) continue;
    if (e.animal && (nearW(toks, t, 6, 6, LITERAL) || isOwnPet(text, toks, t))) continue;
    if (e.w === 'idiot' && toks[t - 1]?.k === KIND_NUM) continue; // "3 Idiots", a film
    if ((e.w === 'setan' || e.w === 'iblis' || e.w === 'terkutuk') && nearW(toks, t, 4, 4, RELIGIOUS)) continue;
    if (e.w === 'tai' && toks[t + 1]?.w === 'lalat') continue; // tahi lalat: a mole
    // "bodo amat": dismissive, below
    if ((e.w === 'bodo' || e.w === 'bodoh') && (toks[t + 1]?.w === 'amat' || toks[t + 1]?.w === 'amatan' || toks[t - 1]?.w === 'masa')) continue;
    if ((e.w === 'cacat' || e.w === 'cacad') && nearW(toks, t, 3, 3, DISABILITY)) continue; // penyandang cacat, cacat bawaan
    if (toks[t - 1]?.w === 'al') continue; // a surah's name: Al-Kafirun, Al-Munafiqun
    if ((e.c === C_TARGETED || e.c === C_INSULT) && isInQuotedTitle(text, toks, t)) continue; // "Si Kancil dan Buaya", a story
    if (
      NAME_SENSE.has(e.w) &&
      (isInName(text, toks, t) || NAME_BEFORE.has(toks[t - 1]?.w ?? '') || NAME_BEFORE.has(toks[t - 2]?.w ?? '') || toks[t + 1]?.w === 'chi')
    )
      continue;
    let rule: string;
    if (e.c === C_PROFANITY) rule = 'tone.profanity';
    else if (e.c === C_SARA) rule = 'tone.sara';
    else if (e.c === C_INSULT) rule = 'tone.insult';
    else if (e.c === C_TARGETED) {
      if (!near(toks, t, 3, 2, TARGET) && !nearHit(toks, t, 3) && !AIM_BEFORE.has(toks[t - 1]?.w ?? '')) continue;
      rule = 'tone.insult';
    } else if (e.c === C_TARGETED_SARA) {
      if (isPlaceOrFeature(toks, t)) continue;
      // a group word is SARA only when aimed ("dasar cina", "kafir lu") or next to an insult
      if (!near(toks, t, 2, 2, TARGET_SARA) && !nearHit(toks, t, 3)) continue;
      rule = 'tone.sara';
    } else continue;
    push(out, taken, rule, toks, t, t, text);
  }
  // a TARGETED word that is a whole sentence on its own is aimed at the reader: "Sampah!"
  for (let t = 0; t < toks.length; t++) {
    const e = toks[t].hit;
    if (!e || e.c !== C_TARGETED || e.animal) continue;
    const before = toks[t - 1];
    const after = toks[t + 1];
    const isEdge = (x: Tok | undefined) => !x || x.k === KIND_PUNCT || x.k === KIND_EMOJI;
    if (isEdge(before) && isEdge(after) && (before || after)) push(out, taken, 'tone.insult', toks, t, t, text);
  }

  // 2. phrases
  for (const h of runPatterns(PATTERNS, toks, view)) {
    if (h.def.rule === 'tone.insult' || h.def.rule === 'tone.sara') {
      if (isReported(toks, h.a, h.b)) continue;
    }
    push(out, taken, h.def.rule, toks, h.a, h.b, text, h.def.sugg);
  }

  // 2b. weak cues of hostility that add up
  if (!out.length) {
    let score = 0;
    let best = -1;
    let bestW = 0;
    let seen = '';
    for (let t = 0; t < toks.length; t++) {
      const tk = toks[t];
      if (tk.k !== KIND_WORD) continue;
      const w = WEAK.get(tk.w) ?? (tk.hit ? WEAK.get(tk.hit.w) : undefined);
      if (!w || seen.includes(` ${tk.w} `)) continue;
      seen += ` ${tk.w} `;
      score += w;
      if (w > bestW) {
        bestW = w;
        best = t;
      }
    }
    if (score >= 1 && best >= 0 && !isReported(toks, best, best)) push(out, taken, 'tone.hostility', toks, best, best, text);
  }

  // 3. emoji that mock: 🙄 😒 🤡, and 🖕
  for (let t = 0; t < toks.length; t++) {
    const tk = toks[t];
    if (tk.k !== KIND_EMOJI) continue;
    if (tk.w === '🖕') push(out, taken, 'tone.profanity', toks, t, t, text);
    else if (tk.w === '🙄' || tk.w === '😒' || tk.w === '🤡') push(out, taken, 'tone.sarcasm', toks, t, t, text);
  }

  // 3b. veiled threats by family (knowing the reader's home, an unnamed consequence)
  veiledThreat(toks, out);

  // 4. shouting
  shouting(ctx, out, takenIn(taken, 'tone.shouting'));

  // 5. the office's own words
  const custom = ctx.settings.customWords;
  if (custom && custom.length) {
    const cs = customOf(custom);
    if (cs) {
      for (let t = 0; t < toks.length; t++) {
        const tk = toks[t];
        if (
          tk.k === KIND_WORD &&
          (cs.single.has(tk.w) || cs.single.has(squeeze(tk.w)) || cs.single.has(ctx.lower.slice(tk.s, tk.e))) &&
          !isReported(toks, t, t)
        )
          push(out, taken, 'tone.custom', toks, t, t, text);
      }
      for (const phrase of cs.multi) {
        let from = 0;
        let i: number;
        while ((i = ctx.lower.indexOf(phrase, from)) >= 0) {
          out.push({
            rule: 'tone.custom',
            category: 'tone',
            severity: 'warning',
            start: i,
            end: i + phrase.length,
            msg: MESSAGES['tone.custom'](text.slice(i, i + phrase.length)),
          });
          from = i + phrase.length;
        }
      }
    }
  }

  // 6. reply quality (info)
  replyQuality(ctx, toks, out);
  return out;
}

export const toneRules: Rule[] = [{ id: 'tone', category: 'tone', run }];

export { lookupWord };
