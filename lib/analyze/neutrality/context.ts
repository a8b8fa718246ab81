/**
 * Is this post about an election at all? (issue #13 item 3, issue #14 precision guard)
 * The learned neutrality scorer only speaks when the post carries some sign of an election: its
 * vocabulary (pemilu, pilkada, paslon, calon, coblos, kampanye, TPS, partai, periode, suara …), the
 * offices at stake (gubernur, bupati, kades …), support words (dukung, menang, jagoan, beliau), an
 * election hashtag (#Pilgub…, #Nomor1…, #27November) or a candidate hand sign (☝️ ✌️).
 * Without one, a sentence that merely sounds like a slogan ("Semoga tumbuh besar & melindungi pantai
 * kita", "Pertahankan ya!") is not campaigning. The cue list is deliberately broad: it is only a gate in
 * front of the model, which still has to score the sentence as partisan.
 */
import { KIND_EMOJI, KIND_HASHTAG, KIND_WORD, type Tok } from '../tone/normalize';

const CUES = new Set(
  (
    // the election and its machinery
    'pemilu pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilihan pencoblosan coblosan coblos nyoblos mencoblos dicoblos ' +
    'contreng tps dpt bilik suara kampanye relawan pemenangan timses jurkam posko baliho deklarasi debat putaran elektabilitas survei ' +
    // who is elected
    'paslon pasangan calon cakades caleg capres cawapres cagub cawagub cabup cawabup cawalkot kandidat petahana incumbent partai ' +
    'parpol koalisi oposisi periode rezim gubernur bupati walikota walkot wali kades presiden wapres legislatif dpr dprd kursi ' +
    'pemimpin memimpin dipimpin ' +
    // choosing and backing
    'pilih pilihlah pilihan pilihannya memilih dipilih terpilih dukung dukungan mendukung didukung dukunglah menang kemenangan ' +
    'menangkan memenangkan jagoan beliau visi misi ' +
    // English
    'election elections elect reelect candidate candidates campaign vote votes voting voter voters ballot poll polls party ' +
    'president governor mayor wins win choice'
  ).split(' '),
);
/** Election hashtags: #PilgubJateng, #Pemilu2024, #Nomor1Bersih, #SatuPutaran, #27November, #OTW27November. */
const TAG =
  /pil(?:kada|gub|bup|pres|eg|kades|walkot)|pemilu|pemilihan|coblos|menang|periode|paslon|capres|cagub|cabup|presiden|lanjut|ganti|nomor|no\d|putaran|terbukti|^#?\d{1,2}(?:nov|feb|des|okt)|otw\d/i;
/** Candidates' hand signs: one finger, two fingers. */
const SIGN = /[☝✌👆]/u;

/** True when any token of the post is an election cue. Linear in the number of tokens. */
export function electionContext(toks: readonly Tok[]): boolean {
  for (const k of toks) {
    if (k.k === KIND_WORD) {
      if (CUES.has(k.n) || CUES.has(k.w)) return true;
    } else if (k.k === KIND_HASHTAG) {
      if (TAG.test(k.w)) return true;
    } else if (k.k === KIND_EMOJI && SIGN.test(k.w)) return true;
  }
  return false;
}
