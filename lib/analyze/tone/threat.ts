/**
 * Veiled threats by family (issue #14), not by phrase: the writer shows that it knows or holds something
 * personal of the reader — where they live or work, their family, face, vehicle, IP address — or warns of
 * an unnamed consequence ("jangan salahkan kami", "jangan kaget", "tanggung akibatnya"), in a post that
 * addresses the reader. The detail must sit next to a word for the reader ("rumah Saudara", "kamu kerja
 * di mana"), the writer must speak in the first person, and quoted or reported speech passes ("pesan
 * terdakwa berbunyi …"). Menu paths ("Identitas > Simpan") and "data Kakak sudah kami catat" pass.
 * Linear: one pass over the tokens per sentence.
 */
import type { RawFinding } from '../types';
import { KIND_PUNCT, KIND_QUOTE, KIND_WORD, type Tok } from './normalize';

/** Knowing, holding or tracking. */
const KNOW = new Set(
  ('tahu tau ngerti apal hafal kenal mengenal inget kantongi mengantongi trace lacak melacak tandain know knows track tracked').split(' '),
);
/** Personal details of the reader that an office has no business mentioning. */
const DETAIL = new Set(
  ('rumah rumahmu alamat alamatmu kantor kerja keluarga keluargamu istri suami muka wajah ip plat motor mobil omah omahmu imah ' +
    'warung kos kost kampus where home house family face employer homestay').split(' '),
);
/** The reader addressed. */
const READER = new Set(
  'kamu kau engkau lu lo elo loe anda saudara kak kakak situ ko sia kalian you your bro mas mbak bang bapak ibu oknum pemilik'.split(' '),
);
/** The writer: only a writer who says it knows the reader's home threatens. */
const WRITER = new Set('kami saya kita aku gue gua sa urang kuring we i'.split(' '));

/** Consequence bigrams: first word → second words. */
const CONSEQUENCE: Record<string, string[]> = {
  jangan: ['salahkan', 'kaget', 'nyesel', 'menyesal', 'menyesel'],
  tanggung: ['akibatnya', 'sendiri'],
  menanggung: ['akibatnya'],
  siap: ['siap'],
  jaga: ['jaga'],
  tinggal: ['nunggu', 'menunggu'],
};

const MSG = {
  id: 'Terbaca sebagai ancaman terselubung: menyebut hal pribadi pembaca atau akibat yang tak disebutkan. Akun resmi tidak boleh mengintimidasi; sampaikan aturan dan prosedurnya saja.',
  en: 'Reads as a veiled threat: it mentions the reader’s personal details or an unnamed consequence. An official account must not intimidate; state the rule and the procedure instead.',
};

const isEnd = (t: Tok) => t.k === KIND_PUNCT && (t.w === '.' || t.w === '!' || t.w === '?');

export function veiledThreat(toks: readonly Tok[], out: RawFinding[]): void {
  let reader = false;
  for (const t of toks) if (t.k === KIND_WORD && (READER.has(t.w) || READER.has(t.n) || t.w.endsWith('mu'))) reader = true;
  if (!reader) return;
  // the tone findings already made, by start: checked with a moving cursor (sentences go left to right)
  const taken = out.filter((f) => f.category === 'tone').sort((x, y) => x.start - y.start);
  let maxEnd = 0;
  let cur = 0;
  let a = 0;
  while (a < toks.length) {
    let b = a;
    while (b < toks.length && !isEnd(toks[b])) b++;
    let know = -1;
    let detail = -1;
    let cons = -1;
    let writer = false;
    let quoted = false;
    let readerHere = false;
    const isReader = (t: Tok | undefined) => !!t && t.k === KIND_WORD && (READER.has(t.w) || READER.has(t.n));
    for (let i = a; i < b; i++) {
      const t = toks[i];
      if (t.k === KIND_QUOTE) quoted = true;
      if (t.k !== KIND_WORD) continue;
      if (WRITER.has(t.w)) writer = true;
      if (isReader(t)) readerHere = true;
      if (know < 0 && (KNOW.has(t.w) || KNOW.has(t.n))) know = i;
      if (detail < 0 && DETAIL.has(t.w) && (t.w.endsWith('mu') || isReader(toks[i - 1]) || isReader(toks[i - 2]) || isReader(toks[i + 1]) || isReader(toks[i + 2])))
        detail = i;
      const next = toks[i + 1];
      const second = CONSEQUENCE[t.w] ?? CONSEQUENCE[t.n];
      if (cons < 0 && second && next && next.k === KIND_WORD && (second.includes(next.w) || second.includes(next.n))) cons = i;
    }
    if (!quoted && ((writer && know >= 0 && detail >= 0) || (cons >= 0 && (readerHere || writer)))) {
      const s = toks[a].s;
      const e = toks[Math.max(a, b - 1)].e;
      while (cur < taken.length && taken[cur].start < e) maxEnd = Math.max(maxEnd, taken[cur++].end);
      // overlap with an earlier finding: one that starts before e and ends after s
      if (!(maxEnd > s)) out.push({ rule: 'tone.threat', category: 'tone', severity: 'danger', start: s, end: e, msg: MSG });
    }
    a = b + 1;
  }
}
