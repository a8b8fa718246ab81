/**
 * Tone's word lookup: which listed word a (lower-case, possibly obfuscated) word is, after undoing
 *   anjiiing → anjing (repeated letters), g0bl0k → goblok (leetspeak 0 1 3 4 5 7 @ $),
 *   b*ngsat → bangsat (masked letters, resolved against the word lists), bngst → bangsat (dropped
 *   vowels), dibego-begoin → bego (affixes), bangzat → bangsat (playful respellings).
 * The tokenizer (../text/tokens.ts) asks it about every word; ./normalize.ts binds the two.
 * Every lookup is memoised (bounded).
 */
import type { WordEntry } from '../text/tokens';
import { ANIMAL, GUARD, INSULT, PROFANITY, SARA_SLUR, TARGETED, TARGETED_SARA } from './lexicon';

/** Word classes. */
export const C_PROFANITY = 1;
export const C_INSULT = 2;
export const C_SARA = 3;
export const C_TARGETED = 4;
export const C_TARGETED_SARA = 5;

export type Entry = WordEntry;

// ---- lexicon tables, built once at module load ---------------------------------------------------
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const EXACT = new Map<string, Entry>();
const SQUEEZED = new Map<string, Entry>();
const SKELETON = new Map<string, Entry>();
const MASKABLE: Entry[] = [];
const GUARD_SET = new Set(words(GUARD));
const ANIMALS = new Set(words(ANIMAL));

function put(list: string, c: number): void {
  for (const w of words(list)) {
    if (EXACT.has(w)) continue; // first list wins: profanity > sara > insult > targeted
    const e: Entry = { w, c, animal: ANIMALS.has(w) };
    EXACT.set(w, e);
  }
}
put(PROFANITY, C_PROFANITY);
put(SARA_SLUR, C_SARA);
put(INSULT, C_INSULT);
put(TARGETED_SARA, C_TARGETED_SARA);
put(TARGETED, C_TARGETED);
put(ANIMAL, C_INSULT);
for (const w of ['tikus', 'kerbau', 'keledai', 'kadal', 'bangkai']) {
  const e = EXACT.get(w);
  if (e) e.c = C_TARGETED;
}

const VOWELS = /[aeiou]/;
/**
 * Words also typed without vowels (bngst, kmprt, gblk). Only these: a generated skeleton of every
 * listed word collides with everyday abbreviations (krng = kurang, plng = pulang, kmpng = kampung).
 */
const DISEMVOWEL = new Set(
  ('goblok goblog bangsat bangsad kampret kontol anjing anjir bajingan brengsek ngentot jancuk jancok bacot keparat sompret kunyuk kampungan dongok sinting ' +
    'pecundang penjilat fuck fucking shit bitch bastard asshole').split(
    ' ',
  ),
);
export function squeeze(w: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}
function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return true;
  return false;
}
function skeleton(w: string): string {
  return w[0] + w.slice(1).replace(/[aeiou]/g, '');
}
for (const e of EXACT.values()) {
  const sq = squeeze(e.w);
  if (!SQUEEZED.has(sq)) SQUEEZED.set(sq, e);
  if (e.c === C_PROFANITY || e.c === C_INSULT || e.c === C_SARA) {
    if (e.w.length >= 3) MASKABLE.push(e);
    const sk = skeleton(squeeze(e.w));
    if (DISEMVOWEL.has(e.w) && sk.length >= 4 && sk !== e.w && !SKELETON.has(sk)) SKELETON.set(sk, e);
  }
}

const SUFFIXES = ['nya', 'nye', 'ny', 'lah', 'kah', 'mu', 'ku', 'lu', 'in', 'an', 'kan', 'x'];
const SHORT_SUFFIXES = new Set(['nya', 'mu', 'lah', 'lu']);
const PREFIXES = ['nge', 'ng', 'di', 'me', 'ter', 'men', 'mem', 'meng', 'ke', 'si'];
/** Suffixes that only follow a prefix: ke-tolol-an, ke-bodoh-an-mu, men-dungu-kan (not di-bodoh-i: "fooled"). */
const PREFIXED_SUFFIXES = ['in', 'an', 'kan', 'annya', 'anmu', 'anku', 'kannya'];

function base(w: string): Entry | undefined {
  if (GUARD_SET.has(w)) return undefined;
  const e = EXACT.get(w);
  if (e) return e;
  if (hasDouble(w)) {
    const sq = squeeze(w);
    if (!GUARD_SET.has(sq)) return SQUEEZED.get(sq);
  }
  return undefined;
}

function withSuffix(w: string): Entry | undefined {
  const e = base(w);
  if (e) return e;
  for (const suf of SUFFIXES) {
    if (w.length - suf.length < 3 || !w.endsWith(suf)) continue;
    const root = w.slice(0, w.length - suf.length);
    const r = base(root);
    if (r && (r.w.length >= 4 || SHORT_SUFFIXES.has(suf))) return r;
  }
  return undefined;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i' };
export function leet(w: string, one: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    out += ch === '1' ? one : (LEET[ch] ?? ch);
  }
  return out;
}

function masked(w: string): Entry | undefined {
  let known = 0;
  for (let i = 0; i < w.length; i++) if (w[i] !== '*') known++;
  if (known < 2 || known === w.length) return undefined;
  for (const e of MASKABLE) {
    if (e.w.length !== w.length) continue;
    let ok = true;
    for (let i = 0; i < w.length && ok; i++) if (w[i] !== '*' && w[i] !== e.w[i]) ok = false;
    if (ok) return e;
  }
  return undefined;
}

function compute(w: string): Entry | undefined {
  if (GUARD_SET.has(w)) return undefined;
  if (w.includes('*')) return masked(w);
  let e = withSuffix(w);
  if (e) return e;
  for (const pre of PREFIXES) {
    if (!w.startsWith(pre) || w.length - pre.length < 4) continue;
    const rest = w.slice(pre.length);
    let r = withSuffix(rest);
    if (!r) {
      for (const suf of PREFIXED_SUFFIXES) {
        if (rest.length - suf.length < 4 || !rest.endsWith(suf)) continue;
        r = withSuffix(rest.slice(0, rest.length - suf.length));
        if (r) break;
      }
    }
    if (r && r.w.length >= 4) return r;
  }
  if (w.length >= 4 && !VOWELS.test(w.slice(1))) {
    e = SKELETON.get(squeeze(w));
    if (e) return e;
  }
  return w.length >= 8 ? glued(w) : undefined;
}

/**
 * Strong words glued to another word, as in hashtags and spam: "capresgoblok", "kontollokal",
 * "bokepindo". Only words that no innocent word starts or ends with ("memek" is not here:
 * memekik, to shriek).
 */
const GLUE_SAFE = 'kontol ngentot bokep toket titit bangsat bangsad bajingan brengsek kampret anjing goblok tolol jancuk jancok keparat'.split(' ');
function glued(w: string): Entry | undefined {
  for (const g of GLUE_SAFE) {
    if (w.length - g.length < 3) continue;
    if (w.startsWith(g) || w.endsWith(g)) return EXACT.get(g);
  }
  return undefined;
}

/**
 * Playful spellings of the same sounds: bangzat, kamvret, kamfret, gobloq, anjink, bacod. Tried
 * only when the word as typed matches nothing, and only lead to a listed word.
 */
function respell(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const last = i === w.length - 1;
    if (ch === 'z') out += 's';
    else if (ch === 'v' || ch === 'f') out += 'p';
    else if (ch === 'q') out += 'k';
    else if (last && ch === 'd') out += 't';
    else if (last && ch === 'g') out += 'k';
    else out += ch;
  }
  return out;
}

const cache = new Map<string, Entry | null>();
/** The word-list entry a (lower-case, de-obfuscated) word matches, or undefined. Memoised. */
export function lookupWord(raw: string): Entry | undefined {
  if (raw.length > 40 && squeeze(raw).length > 30) return undefined; // no listed word is that long
  const c = cache.get(raw);
  if (c !== undefined) return c ?? undefined;
  let e: Entry | undefined;
  if (/[0-9@$!]/.test(raw)) {
    if (/[a-z]/.test(raw)) e = compute(leet(raw, 'i')) ?? compute(leet(raw, 'l'));
  } else e = compute(raw);
  if (!e && raw.length >= 4) {
    const spelt = respell(raw);
    if (spelt !== raw && !GUARD_SET.has(raw)) e = compute(spelt);
  }
  if (cache.size > 8192) cache.clear();
  cache.set(raw, e ?? null);
  return e;
}
