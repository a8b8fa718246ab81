/**
 * Is this post about an election at all? (issue #13 item 3, issue #14 precision guard)
 * The learned neutrality scorer only speaks when the post carries some sign of an election: its
 * vocabulary (pemilu, pilkada, paslon, calon, coblos, kampanye, TPS, partai …), the offices at stake
 * (gubernur, bupati, kades …), an election hashtag (#Pilgub…, #Nomor1…, #27November) or a candidate hand
 * sign (☝️ ✌️) — or two different words that only together point to an election (dukung + beliau,
 * pilihan + periode). One such word alone ("Pilih menu …", "Dukung modernisasi sistem pajak") is a weak
 * sign: the model then needs a higher score (WEAK_MARGIN in ../learned/index.ts).
 * Without one, a sentence that merely sounds like a slogan ("Semoga tumbuh besar & melindungi pantai
 * kita", "Pertahankan ya!") is not campaigning. The cue list is deliberately broad: it is only a gate in
 * front of the model, which still has to score the sentence as partisan.
 */
import { KIND_EMOJI, KIND_HASHTAG, KIND_WORD, type Tok } from '../text/tokens';

const STRONG = new Set(
  (
    // the election and its machinery
    'pemilu pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilihan pencoblosan coblosan coblos nyoblos mencoblos dicoblos ' +
    'contreng tps bilik kampanye pemenangan timses jurkam baliho elektabilitas putaran ' +
    // who is elected
    'paslon calon cakades caleg capres cawapres cagub cawagub cabup cawabup cawalkot kandidat petahana incumbent partai ' +
    'parpol koalisi oposisi rezim legislatif ' +
    // backing
    'menangkan memenangkan jagoan pilihlah dukunglah ' +
    // English
    'election elections elect reelect candidate candidates campaign vote votes voting voter voters ballot polls'
  ).split(' '),
);
/** Words that also have everyday senses ("Pilih menu", "Dukung modernisasi", "relawan di posko banjir"): two different ones are needed. */
const WEAK = new Set(
  ('pilih pilihan pilihannya memilih dipilih terpilih dukung dukungan mendukung didukung menang kemenangan beliau relawan posko ' +
    'deklarasi debat survei suara kursi periode pasangan pemimpin memimpin dipimpin visi misi sukses win wins choice party poll ' +
    // offices an office's own posts name every day ("Bupati meresmikan …"): an election only with another sign
    'gubernur bupati walikota walkot kades presiden wapres dpr dprd president governor mayor').split(' '),
);
/** Election hashtags: #PilgubJateng, #Pemilu2024, #Nomor1Bersih, #SatuPutaran, #27November, #OTW27November. */
const TAG =
  new RegExp('pil(?:kada|gub|bup|pres|eg|kades|walkot)|pemilu|pemilihan|coblos|menang|periode|paslon|capres|cagub|cabup|presiden|lanjut|ganti|nomor|no\\d|' +
    'putaran|terbukti|^#?\\d{1,2}(?:nov|feb|des|okt)|otw\\d', 'i');
/** Candidates' hand signs: one finger, two fingers. */
const SIGN = /[☝✌👆]/u;

/**
 * 2: a strong election cue (or two different weak ones); 1: one weak cue only (the model must be surer);
 * 0: no sign of an election (no learned neutrality finding). Linear in the number of tokens.
 */
export function electionLevel(toks: readonly Tok[]): 0 | 1 | 2 {
  let weak: string | null = null;
  for (const k of toks) {
    if (k.k === KIND_WORD) {
      if (STRONG.has(k.w) || STRONG.has(k.n)) return 2;
      const w = WEAK.has(k.w) ? k.w : WEAK.has(k.n) ? k.n : null;
      if (w !== null) {
        if (weak !== null && weak !== w) return 2;
        weak = w;
      }
    } else if (k.k === KIND_HASHTAG) {
      if (TAG.test(k.w)) return 2;
    } else if (k.k === KIND_EMOJI && SIGN.test(k.w)) return 2;
  }
  return weak === null ? 0 : 1;
}

/** Any sign of an election at all. */
export function electionContext(toks: readonly Tok[]): boolean {
  return electionLevel(toks) > 0;
}
