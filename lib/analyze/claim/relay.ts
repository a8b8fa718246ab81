/**
 * Information passed on from others (issue 13): a secret revealed, an accusation, a debunk, an award's
 * giver, and the filter that keeps, in a post in the office's own voice, only what it relays.
 */
import type { Candidate } from './candidate';
import type { SentenceView } from './sentence';
import { externalSubject, OFFICE_VOICE } from './provenance';

/** a secret uncovered: the mark of gossip about someone, whoever posts it */
const REVEAL_RE = /(?<![a-z])(?:ternyata|rupanya|terungkap|terbongkar|membongkar|diam-diam|dirahasiakan|disembunyikan|ditutup-tutupi)(?![a-z])/;
/** the result of a contest or an award: the ranking's source is the contest itself */
export const CONTEST_RE = new RegExp('(?<![a-z])(?:juara|meraih|menyabet|penghargaan|lomba|kejuaraan|festival|olimpiade|award|awards|medali|piala|trofi|' +
  'nominasi)(?![a-z])');
/** a post that debunks: its label, or a verdict on what circulates ("❌ HOAKS", "adalah hoaks", "klarifikasi") */
export const DEBUNK_POST_RE =
  new RegExp('(?:^|\\n)[^a-z0-9\\n]{0,4}(?:klarifikasi|cek fakta|hoaks atau fakta|\\[hoaks\\]|hoaks[!:.])|(?:❌|adalah|merupakan|dipastikan|itu) ?(?:hoaks|' +
    'hoax|tidak benar)(?![a-z])|(?:yang|yg) beredar(?: tersebut| itu| ini)? (?:sama sekali )?(?:tidak|bukan)(?![a-z])|(?:situs|akun|website|laman|nomor|' +
    'tautan|link)(?:-situs|-akun)? palsu|(?<![a-z])mengatasnamakan(?![a-z])');
/** someone else's wrongdoing as the cause or the news: an accusation relays what others did */
const ACCUSATION_RE = new RegExp('(?<![a-z])(?:tengkulak|spekulan|kartel|menimbun (?:stok|barang|beras|minyak|bbm|gas|pupuk|sembako)|ulah|oknum|pencuri|' +
  'pencurian|sabotase|disabotase|disengaja|dalang|provokator|terlibat|korupsi|dikorupsi|menggelapkan|penggelapan|suap|disuap|menyuap|selingkuh|' +
  'mafia)(?![a-z])');
/** a law-enforcement office reporting its own case (a convict, a suspect, a verdict) is the primary source */
const LEGAL_PROCESS_RE = new RegExp('(?<![a-z])(?:terpidana|terdakwa|tersangka|vonis|divonis|putusan|berkekuatan hukum tetap|inkrah|inkracht|penyidik|' +
  'penyidikan|penuntutan|persidangan|diamankan|mengamankan)(?![a-z])');
/** an award the office received: the giver named after "dari" is not a source being relayed */
export const AWARD_RE = new RegExp('(?<![a-z])(?:menerima|meraih|mendapat(?:kan)?|memperoleh|dianugerahi|menyabet|raih|terima) (?:penghargaan|anugerah|' +
  'award|piagam|trofi|predikat|sertifikat|akreditasi)(?![a-z])');
/** a warning about impostors ("kalau ada oknum yang mengaku …", "waspadai oknum …"): the office's own caution, not an accusation */
const CAUTION_RE = /(?<![a-z])(?:(?:kalau|jika|apabila|bila) ada|waspada|waspadai|hati-hati|jangan percaya|jangan tergiur|abaikan|mengatasnamakan|mengaku)(?![a-z])/;
export const CONDITION_BEFORE_RE = /(?<![a-z])(?:jika|apabila|bila|kalau|bagi|yang|yg|belum)(?![a-z])/;

/**
 * In a post in the office's own voice, keep only what it relays from others: hearsay, share-bait,
 * miracle cures, absolutes, and figures, rankings, causes and policy whose actor is an outside
 * authority. Its own figures stay a quiet note; its own procedures, notices and reports drop out.
 * With a single mark of the office's voice, only the bare-assertion reading is dropped.
 */
export function keepRelayed(cands: Candidate[], voice: number, external: boolean): void {
  const strong = voice >= OFFICE_VOICE;
  let w = 0;
  for (const c of cands) {
    let keep = true;
    switch (c.kind) {
      case 'unverified':
        keep = strong ? external && c.confidence >= 0.6 : c.confidence >= 0.6 || external;
        break;
      case 'policy':
      case 'causal':
        keep = !strong || external;
        break;
      case 'comparative':
        // a ranking measures the office against others: it needs a source whoever posts it
        keep = !strong || external || c.ranking === true;
        break;
      case 'absolute':
        // "jika … tidak pernah memiliki akun": a condition of a procedure, not a guarantee
        keep = !(strong && CONDITION_BEFORE_RE.test(c.before));
        break;
      case 'statistic':
        // the office's own figures are a quiet note; figures about others warn. With a single mark
        // of the office's voice, a sum or share said to reach a level still asks for its source.
        if (!external && (strong || !c.trendFigure)) {
          c.severity = 'info';
          c.confidence = 0.3;
        }
        break;
      default:
        break;
    }
    if (keep) cands[w++] = c;
  }
  cands.length = w;
}

/**
 * The sentence passes on someone else's information: an outside authority as its actor (not as the
 * giver of an award the office received), a secret revealed, or an accusation that is not the
 * office's own case in law.
 */
export function relaysOthers(v: SentenceView): boolean {
  const { lower, s, sent } = v;
  if (externalSubject(lower, s.start, s.end, v.text) && !v.award()) return true;
  if (REVEAL_RE.test(sent)) return true;
  return ACCUSATION_RE.test(sent) && !LEGAL_PROCESS_RE.test(sent) && !CAUTION_RE.test(sent);
}
