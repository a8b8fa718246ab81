/**
 * Hashed features of one span of tone tokens, shared by training (scripts/train.ts) and inference
 * (./index.ts) so the two can never drift apart:
 *   word unigrams and bigrams of the slang-standardised form (gak → tidak), character 3–5-grams of the
 *   de-obfuscated word (g0bl0k → goblok) with word boundaries, and hand features: second-person
 *   address, emoji, a mocking emoji, a consequence aimed at the reader, praise next to a complaint
 *   (sarcasm), and a lecture aimed at the reader (condescension).
 * Every feature is a 32-bit FNV-1a hash; a model keeps the low bits (its bucket count is a power of 2).
 * No allocation per feature: hashes go into a caller's Int32Array, with the token each came from.
 */
import { KIND_EMOJI, KIND_HASHTAG, KIND_MENTION, KIND_NUM, KIND_PUNCT, KIND_WORD, type Tok } from '../tone/normalize';

const FNV = 0x811c9dc5;
const PRIME = 16777619;

function hashStr(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h | 0;
}

const SEED_UNI = hashStr(FNV, 'u');
const SEED_BI = hashStr(FNV, 'b');
const SEED_CHAR = hashStr(FNV, 'c');
const F_SECOND = hashStr(FNV, '__second_person');
const F_EMOJI = hashStr(FNV, '__emoji');
const F_CONSEQ = hashStr(FNV, '__consequence');
const F_BIAS_LEN = hashStr(FNV, '__long');
const F_MOCK = hashStr(FNV, '__mock_emoji');
const F_PRAISE_COMPLAINT = hashStr(FNV, '__praise_complaint');
const F_LECTURE = hashStr(FNV, '__lecture');

/** Words that address the reader directly. */
const SECOND = new Set(
  'kamu kau engkau dikau anda lu lo elu loe situ kalian kak kakak mas mbak bang bapak ibu pak bu om tante gan sis bro you your yours'.split(' '),
);
/** Words of a consequence or a warning (combined with second-person address). */
const CONSEQ = new Set(
  ('tunggu awas hati siap akibat akibatnya nanti konsekuensi laporkan lapor polisikan viralkan tahu menyesal nyesel tanggung ' +
    'sanksi proses hukum urusan blokir screenshot ss cari').split(' '),
);

/** Praise words (sarcasm when next to a complaint: "pinter banget … terus heran kena derek"). */
const PRAISE = new Set(
  'pintar pinter hebat mantap mantab keren jenius genius cerdas luar pandai bagus salut bravo selamat sempurna great nice brilliant smart amazing wow'.split(' '),
);
/** Words of a complaint, a failure or a contrast. */
const COMPLAINT = new Set(
  ('tapi tetapi malah terus heran masih gagal salah telat rusak macet buram ditolak kena lupa tidak bisa belum lagi ' +
    'parkir antre antri nunggu kok padahal but still again sidewalk').split(' '),
);
/** Mocking or exasperated emoji. */
const MOCK = /[👏🙄🤣😂😏🤡🥱😒🤦😑🙃]/u;
/** Lecture words (condescension when aimed at the reader: "makanya dibaca dulu, Pak"). */
const LECTURE = new Set(
  'makanya harusnya seharusnya mestinya coba baca dibaca pahami dipahami paham ngerti mengerti pelan jelas kan dong sudah dibilang wajar pantas'.split(' '),
);

/** The string a token contributes as a word feature. */
export function tokenKey(t: Tok): string {
  switch (t.k) {
    case KIND_WORD:
      return t.n;
    case KIND_NUM:
      return t.w.length <= 2 ? t.w : '<num>';
    case KIND_HASHTAG:
      return t.w;
    case KIND_MENTION:
      return '@';
    case KIND_PUNCT:
      return t.e - t.s > 1 ? t.w + t.w : t.w;
    default:
      return t.w;
  }
}

export const MAX_FEATS = 4096;

/** Character 3–5-gram hashes of " w ", in the order extract() writes them; memoised per word (bounded). */
const GRAMS = new Map<string, Int32Array>();
function charGrams(w: string): Int32Array {
  let g = GRAMS.get(w);
  if (g !== undefined) return g;
  const len = w.length + 2;
  const hashes: number[] = [];
  for (let i = 0; i + 3 <= len; i++) {
    let h = SEED_CHAR;
    for (let j = i; j < i + 5 && j < len; j++) {
      const c = j === 0 || j === len - 1 ? 32 : w.charCodeAt(j - 1);
      h = Math.imul(h ^ c, PRIME);
      if (j - i >= 2) hashes.push(h);
    }
  }
  g = Int32Array.from(hashes);
  if (GRAMS.size >= 8192) GRAMS.clear();
  GRAMS.set(w, g);
  return g;
}

/**
 * Writes the feature hashes of toks[a..b) into `out` and the index of the token each came from into
 * `src` (-1 for whole-span features). Returns how many were written (at most MAX_FEATS).
 */
export function extract(toks: readonly Tok[], a: number, b: number, out: Int32Array, src: Int32Array): number {
  let n = 0;
  const cap = Math.min(out.length, src.length, MAX_FEATS);
  let prev = 0;
  let havePrev = false;
  let second = false;
  let conseq = false;
  let emoji = false;
  let mock = false;
  let praise = false;
  let complaint = false;
  let lecture = false;
  for (let t = a; t < b && n < cap - 24; t++) {
    const tok = toks[t];
    const key = tokenKey(tok);
    const u = hashStr(SEED_UNI, key);
    out[n] = u;
    src[n++] = t;
    if (havePrev) {
      out[n] = Math.imul(prev ^ SEED_BI, PRIME) ^ u;
      src[n++] = t;
    }
    prev = u;
    havePrev = true;
    if (tok.k === KIND_EMOJI) {
      emoji = true;
      if (MOCK.test(tok.w)) mock = true;
    }
    if (tok.k === KIND_WORD) {
      if (SECOND.has(tok.n) || SECOND.has(tok.w)) second = true;
      if (CONSEQ.has(tok.n)) conseq = true;
      if (PRAISE.has(tok.n) || PRAISE.has(tok.w)) praise = true;
      if (COMPLAINT.has(tok.n) || COMPLAINT.has(tok.w)) complaint = true;
      if (LECTURE.has(tok.n) || LECTURE.has(tok.w)) lecture = true;
      // character 3–5-grams of " word ", hashed incrementally from each start
      const w = tok.w;
      const grams = charGrams(w);
      if (n + grams.length <= cap - 4) {
        // the same hashes as the loop below, from the per-word memo (no check in the loop can fail here)
        out.set(grams, n);
        src.fill(t, n, n + grams.length);
        n += grams.length;
        continue;
      }
      const len = w.length + 2;
      for (let i = 0; i + 3 <= len && n < cap - 4; i++) {
        let h = SEED_CHAR;
        for (let j = i; j < i + 5 && j < len; j++) {
          const c = j === 0 || j === len - 1 ? 32 : w.charCodeAt(j - 1);
          h = Math.imul(h ^ c, PRIME);
          if (j - i >= 2) {
            out[n] = h;
            src[n++] = t;
          }
        }
      }
    }
  }
  if (second) {
    out[n] = F_SECOND;
    src[n++] = -1;
  }
  if (emoji) {
    out[n] = F_EMOJI;
    src[n++] = -1;
  }
  if (second && conseq) {
    out[n] = F_CONSEQ;
    src[n++] = -1;
  }
  if (mock) {
    out[n] = F_MOCK;
    src[n++] = -1;
  }
  if (praise && (complaint || mock)) {
    out[n] = F_PRAISE_COMPLAINT;
    src[n++] = -1;
  }
  if (second && lecture) {
    out[n] = F_LECTURE;
    src[n++] = -1;
  }
  if (b - a > 30) {
    out[n] = F_BIAS_LEN;
    src[n++] = -1;
  }
  return n;
}
