/**
 * Sentence-level detection of check-worthy claims. One pass of each cue lexicon over the folded
 * text, then a decision per sentence: what kind of claim it makes (if any), whether a source is
 * named in or next to it, and how loud the card should be.
 */
import type { RawFinding, RuleContext, Severity } from '../types';
import { sentenceIndexAt, type Range } from '../text/fold';
import { KI, KIND_COUNT, scanCues, softenAbsolute } from './lexicon';
import { scanNumbers, type NumberHit } from './numbers';
import { findLinks, findSources, type SourceHit } from './sources';
import { compileFacts, judgeFacts, type FactMatcher } from './facts';
import { externalSubject, OFFICE_VOICE, officeVoiceScore } from './provenance';
import { claimMsg, contradictMsg, debunkMsg, matchMsg, softMsg, sourcedMsg, type ClaimKind } from './messages';

interface Hit {
  start: number;
  end: number;
}

/** per sentence: the hits of each cue kind (index = KI[kind]), in reading order */
type Bucket = Array<Hit[] | undefined>;
/** the bucket of a sentence without cues (never written to) */
const NO_CUES: Bucket = [];

interface Candidate {
  kind: ClaimKind;
  severity: Severity;
  start: number;
  end: number;
  /** the text the message quotes */
  part: string;
  suggestion?: string;
  confidence: number;
  /** up to 40 characters of the lower-cased sentence before the claim part */
  before: string;
  /** a statistic that claims a level or a trend (a sum or a share that "mencapai", "naik" …) */
  trendFigure?: boolean;
  /** a ranking against others ("terbaik di Sumatera Utara", "peringkat 1 nasional") */
  ranking?: boolean;
}
/** a secret uncovered: the mark of gossip about someone, whoever posts it */
const REVEAL_RE = /(?<![a-z])(?:ternyata|rupanya|terungkap|terbongkar|membongkar|diam-diam|dirahasiakan|disembunyikan|ditutup-tutupi)(?![a-z])/;
/** a place inside the office's own area: a village, district, neighbourhood */
/** the result of a contest or an award: the ranking's source is the contest itself */
const CONTEST_RE = /(?<![a-z])(?:juara|meraih|menyabet|penghargaan|lomba|kejuaraan|festival|olimpiade|award|awards|medali|piala|trofi|nominasi)(?![a-z])/;
/** a post that debunks: its label, or a verdict on what circulates ("❌ HOAKS", "adalah hoaks", "klarifikasi") */
const DEBUNK_POST_RE =
  /(?:^|\n)[^a-z0-9\n]{0,4}(?:klarifikasi|cek fakta|hoaks atau fakta|\[hoaks\]|hoaks[!:.])|(?:❌|adalah|merupakan|dipastikan|itu) ?(?:hoaks|hoax|tidak benar)(?![a-z])/;
/** someone else's wrongdoing as the cause or the news: an accusation relays what others did */
const ACCUSATION_RE = /(?<![a-z])(?:tengkulak|spekulan|kartel|menimbun (?:stok|barang|beras|minyak|bbm|gas|pupuk|sembako)|ulah|oknum|pencuri|pencurian|sabotase|disabotase|disengaja|dalang|provokator|terlibat|korupsi|dikorupsi|menggelapkan|penggelapan|suap|disuap|menyuap|selingkuh|mafia)(?![a-z])/;
const LOCAL_SCOPE_RE = /(?<![a-z])(?:desa|kelurahan|kel\.|kecamatan|kec\.|rt|rw|dusun|kampung|kabupaten|kab\.|kota)(?![a-z])/;
const CONDITION_BEFORE_RE = /(?<![a-z])(?:jika|apabila|bila|bagi|yang|yg|belum)(?![a-z])/;

/** Lower number = shown first when a sentence holds several kinds. */
const PRIORITY: Record<ClaimKind, number> = {
  contradicts_fact: 0,
  health: 1,
  share_bait: 2,
  hearsay: 3,
  policy: 4,
  statistic: 5,
  comparative: 6,
  causal: 7,
  absolute: 8,
  unverified: 9,
};

const QUESTION_START_RE = /^(?:apakah|benarkah|betulkah|bener ?gak|bener ?nggak|is it true|has anyone|have you|do you|does anyone|did you|can you|could you|would you|what|when|where|why|how|who|which)\b/;
const GREETING_START_RE = /^(?:selamat|terima kasih|makasih|thank|thanks|good (?:morning|afternoon|evening|night)|halo|hallo|hai|hello|hi|hey|assalamu|salam|happy|congrat|welcome|dirgahayu|sugeng|wilujeng)\b/;
const FUTURE_RE = /(?<![a-z])(?:akan|bakal|segera|will|shall|going to)(?![a-z])/;
/** rhetorical questions that assert their content */
const RHETORICAL_RE = /^(?:bukankah|bukannya|isn't it true|wasn't it)\b/;
/** invitations and instructions to the reader are not assertions */
const INVITE_START_RE = /^(?:yuk|ayo|mari|tonton|saksikan|simak|catat|ingat|jangan lupa|silakan|silahkan|mohon|cek|klik|kunjungi|daftar|datang|bawa|sampaikan|laporkan|hubungi|gunakan|pastikan|lakukan|simpan|jaga|isi|unduh|download|ikuti|pantau|matikan|cabut|hindari|waspadai|siapkan|periksa|tunjukkan|lengkapi|manfaatkan|segera (?:lapor|daftar|hubungi)|let's|let us|join|please|don't forget|apply|visit|check|register|come)\b/;
/**
 * The office's own agenda (inaugurations, meetings, visits, briefings, opening hours) or a request
 * to the reader anywhere in the sentence ("…, mohon dicek ulang"). Both lower the same score, so
 * they are one alternation: one pass over the sentence instead of two.
 */
const OFFICE_OR_REQUEST_RE = /(?<![a-z])(?:meresmikan|peresmian|diresmikan|menghadiri|dihadiri|sosialisasi|meninjau|peninjauan|kunjungan kerja|audiensi|silaturahmi|penyerahan|menyerahkan|melantik|pelantikan|inaugurated|attended|opened the|jam (?:layanan|pelayanan|operasional|buka)|(?:di)?(?:buka|tutup) (?:setiap|senin|mulai|pukul|jam)|mohon|silakan|silahkan|harap|dimohon|please)(?![a-z])/;
/** connectors that look causal but are not a claim: "karena itu", "oleh karena itu" */
const CAUSAL_CONNECTOR_AFTER_RE = /^\s?(?:itu|ini|itulah|inilah)\b/;
/** the reason after "karena"/"akibat" is the office's own work, an event it runs, or the weather */
const OPERATIONAL_REASONS =
  '(?:perbaikan|pemeliharaan|pengerjaan|pembangunan|pengaspalan|pemasangan|penggantian|peningkatan|pekerjaan|kegiatan|acara|upacara|cuaca|hujan|libur|hari libur|cuti bersama)';
const OPERATIONAL_REASON_RE = new RegExp(`^\\s(?:adanya |ada |sedang |sedang ada |akan ada )?${OPERATIONAL_REASONS}(?![a-z])`);
const OPERATIONAL_REASON_IN_RE = new RegExp(`(?<![a-z])(?:karena|akibat|sebab|disebabkan|dikarenakan|due to|because of)\\s(?:adanya |ada |sedang |sedang ada |akan ada )?${OPERATIONAL_REASONS}(?![a-z])`);
/**
 * A service notice in the sentence: a schedule (pukul 10.00, hari ini, setiap Selasa, mulai 1 Juni) with
 * an operational word (layanan, pemadaman, dibuka, digelar, perbaikan …), or the office's staff at work
 * (petugas kami sedang menangani, kapal patroli berjaga).
 */
const SCHEDULE_RE =
  /(?<![a-z])(?:pukul [0-9]|jam [0-9]|[0-9][.:][0-9]{2} ?(?:wib|wita|wit)|wib|wita|hari ini|besok|lusa|pagi ini|siang ini|sore ini|malam ini|setiap (?:hari|pekan|minggu|bulan|senin|selasa|rabu|kamis|jumat|sabtu)|mulai (?:hari|besok|tanggal|senin|selasa|rabu|kamis|jumat|sabtu|minggu|[0-9])|tanggal [0-9]|(?:hari )?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?: (?:ini|depan|pagi|siang|sore|malam))?)(?![a-z])/;
const OPERATION_RE =
  /(?<![a-z])(?:layanan|pelayanan|pendaftaran|vaksinasi|imunisasi|pemadaman|penutupan|ditutup|dibuka|buka|tutup|digelar|diadakan|dilaksanakan|diselenggarakan|berlangsung|jadwal|antrean|posko|pasar murah|operasi pasar|perbaikan|pengaspalan|pemeliharaan|rekayasa lalu lintas|pengalihan arus|hujan|cuaca|prakiraan|berawan|gerimis|angin kencang|gelombang tinggi|pengambilan|penyaluran|pembagian|pencairan)(?![a-z])/;
const STAFF_AT_WORK_RE =
  /(?<![a-z])(?:petugas|tim|personel|satgas|regu|pasukan|kapal patroli|patroli)(?: [a-z]+)? (?:kami |kita )?(?:sedang |telah |sudah |tengah |masih )?(?:membersihkan|menangani|berjaga|bersiaga|diterjunkan|dikerahkan|menuju|meninjau|memperbaiki|mengevakuasi|melakukan|membantu|menyisir|memantau)(?![a-z])/;
/** The sentence is a service notice: a schedule with an operation, or the office's staff at work. */
function isServiceNotice(sent: string): boolean {
  return (SCHEDULE_RE.test(sent) && OPERATION_RE.test(sent)) || STAFF_AT_WORK_RE.test(sent);
}
/**
 * Marks of an office's own notice anywhere in the post: clock times, calls to the reader, hotlines and
 * health posts (one is enough), or two kinds of administrative place, public service or time word.
 * Rumours passed around rarely carry them; the notices offices post every day nearly always do.
 */
const NOTICE_STRONG_RE =
  /(?<![a-z])(?:wib|wita|wit|pukul [0-9]|jam [0-9]|#info[a-z]*|#update[a-z]*|setiap (?:hari|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pekan|bulan)|jangan lupa|diimbau|dihimbau|mengimbau|imbauan|silakan|silahkan|call center|hotline|sp4n|lapor!|layanan pengaduan|posyandu|posbindu|puskesmas)(?![a-z])/;
const NOTICE_WEAK_RE =
  /(?<![a-z])(?:kelurahan|kecamatan|kabupaten|kab\.|kota|desa|dusun|jl\.|warga|wargi|dinas|layanan|pelayanan|petugas|ditutup|dibuka|pendaftaran|ayo|yuk|bpbd|pdam|pln|bmkg|rsud|damkar|polres|polsek|hari ini|besok|pagi ini|sore ini|malam ini)(?![a-z])/g;
function isOfficialNotice(lower: string): boolean {
  if (NOTICE_STRONG_RE.test(lower)) return true;
  let firstKind = '';
  NOTICE_WEAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOTICE_WEAK_RE.exec(lower))) {
    if (!firstKind) firstKind = m[0];
    else if (m[0] !== firstKind) return true;
  }
  return false;
}
/** "pasti" after "belum/tidak/kurang" is a hedge; "kami pasti …" is a promise (the commitment rule's) */
const PASTI_HEDGE_BEFORE_RE = /(?:belum|tidak|tak|kurang|gak|nggak|ga|blm|tdk|kepastian)\s$/;
const PASTI_PROMISE_RE = /(?:kami|saya|kita|aku)\s(?:\S+\s)?$/;
const PASTI_PROMISE_AFTER_RE = /^\s(?:kami|saya|kita|aku|akan)\b/;

/** A first-person pronoun in the writer's own voice: before any colon or opening quote (after it, someone is quoted). */
function ownVoice(b: Bucket, text: string, sStart: number): boolean {
  const p = b[KI.firstSg]?.[0]?.start ?? -1;
  const q = b[KI.firstPl]?.[0]?.start ?? -1;
  const at = p < 0 ? q : q < 0 ? p : Math.min(p, q);
  if (at < 0) return false;
  for (let i = sStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 34 || c === 0x201c) return false;
  }
  return true;
}

function has(b: Bucket, k: number): boolean {
  return b[k] !== undefined;
}
function first(b: Bucket, k: number): Hit | undefined {
  const a = b[k];
  return a === undefined ? undefined : a[0];
}
function all(b: Bucket, k: number): Hit[] | undefined {
  return b[k];
}

/** The first causal cue that is not a connector ("karena itu") nor an operational reason ("karena perbaikan"). */
function firstCausal(b: Bucket, lower: string): Hit | undefined {
  const hits = all(b, KI.causal);
  if (hits === undefined) return undefined;
  for (const h of hits) {
    if (CAUSAL_CONNECTOR_AFTER_RE.test(lower.slice(h.end, h.end + 8))) continue;
    // "ditutup karena perbaikan": the office giving its own operational reason is not a causal claim
    if (OPERATIONAL_REASON_RE.test(lower.slice(h.end, h.end + 40))) continue;
    return h;
  }
  return undefined;
}

/** The sentence ends with "?" once closing quotes, brackets and emoji are set aside. */
function endsWithQuestion(text: string, start: number, end: number): boolean {
  for (let e = end - 1; e >= start; e--) {
    const c = text.charCodeAt(e);
    if (c === 63 || c === 0xff1f) return true;
    if (c === 32 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xfe0f || c === 0x200d || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf)) continue;
    return false;
  }
  return false;
}

/**
 * A claim part, its end pulled back to the sentence end without its closing punctuation. (That end
 * is worked out here, per candidate, since most sentences yield none.)
 */
function candidate(text: string, sentence: Range, kind: ClaimKind, severity: Severity, start: number, end: number, confidence: number, suggestion?: string): Candidate {
  const sentEnd = trimEnd(text, sentence.start, sentence.end);
  const e = Math.min(end, sentEnd) > start ? Math.min(end, sentEnd) : end;
  return { kind, severity, start, end: e, part: text.slice(start, e), confidence, suggestion, before: text.slice(Math.max(sentence.start, start - 40), start).toLowerCase() };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 46 || c === 44 || c === 33 || c === 58 || c === 59) e--;
    else break;
  }
  return e;
}

let cachedFactsKey: unknown = null;
let cachedFacts: FactMatcher[] = [];
function factsOf(ctx: RuleContext): FactMatcher[] {
  const f = ctx.settings.verifiedFacts;
  if (f !== cachedFactsKey) {
    cachedFactsKey = f;
    cachedFacts = compileFacts(f);
  }
  return cachedFacts;
}

let cachedTrustKey: unknown = null;
let cachedTrustNames: string[] = [];
function trustedNamesOf(ctx: RuleContext): string[] {
  const t = ctx.settings.trustedSources;
  if (t !== cachedTrustKey) {
    cachedTrustKey = t;
    cachedTrustNames = (t || []).filter((s) => typeof s === 'string' && s.trim() && !s.includes('.')).map((s) => s.trim().toLowerCase());
  }
  return cachedTrustNames;
}

export function detectClaims(ctx: RuleContext): RawFinding[] {
  const { text, lower, sentences } = ctx;
  let notice: boolean | undefined;
  const officialNotice = () => (notice ??= isOfficialNotice(lower));
  let voiceScore: number | undefined;
  const voice = () => (voiceScore ??= officeVoiceScore(lower));
  const out: RawFinding[] = [];
  const n = sentences.length;
  if (n === 0) return out;

  // ---- cues, bucketed by sentence ----
  // a bucket only for sentences with cues: thousands of empty sentences allocate nothing
  const buckets: Array<Bucket | undefined> = new Array(n);
  const cues = scanCues(lower);
  const triggers: Array<{ kind: string; start: number }> = [];
  let si = 0;
  for (const h of cues) {
    const k = h.kind;
    if (k === KI.attrib || k === KI.lawRef || k === KI.sumber) {
      triggers.push({ kind: k === KI.attrib ? 'attrib' : k === KI.lawRef ? 'lawRef' : 'sumber', start: h.start });
      continue;
    }
    // hits come in order of their ends; phrases start at most a few words back
    if (si >= n || h.start < sentences[si].start) si = sentenceIndexAt(sentences, h.start);
    else while (si < n && sentences[si].end <= h.start) si++;
    if (si < 0 || si >= n) {
      si = 0;
      continue;
    }
    if (h.end > sentences[si].end) continue;
    const b: Bucket = (buckets[si] ??= new Array(KIND_COUNT));
    let arr = b[k];
    if (arr === undefined) arr = b[k] = [];
    // keep the longest phrase at one start ("tidak pernah ada" over "tidak pernah")
    const last = arr.length ? arr[arr.length - 1] : undefined;
    if (last && last.start === h.start) {
      if (h.end > last.end) last.end = h.end;
    } else if (last && last.start > h.start) {
      arr.push({ start: h.start, end: h.end });
      arr.sort((x, y) => x.start - y.start);
    } else arr.push({ start: h.start, end: h.end });
  }

  // ---- figures, links, sources ----
  const links = findLinks(lower, ctx.settings.trustedSources || []);
  const sources = findSources(text, lower, links, trustedNamesOf(ctx), triggers);
  const skip: Hit[] = [...links, ...sources.filter((s) => s.kind === 'law')];
  if (skip.length > 1) skip.sort((x, y) => x.start - y.start);
  // a figure starts at most 4 characters before its first digit ("rp. 5"): no need to read the text before
  const firstDigit = lower.search(/\d/);
  const nums = firstDigit >= 0 ? scanNumbers(lower, Math.max(0, firstDigit - 4), lower.length, skip) : [];
  const numBuckets: NumberHit[][] = new Array(n);
  for (const h of nums) {
    const si = sentenceIndexAt(sentences, h.start);
    if (si < 0) continue;
    (numBuckets[si] ??= []).push(h);
  }

  // a source counts for its own sentence and its neighbours; in a short post, for all of it
  const sourceFor: (SourceHit | undefined)[] = new Array(n);
  const global = n <= 3;
  for (const s of sources) {
    const si = sentenceIndexAt(sentences, s.start);
    if (global) {
      for (let i = 0; i < n; i++) sourceFor[i] ??= s;
    } else if (si >= 0) {
      for (let i = Math.max(0, si - 1); i <= Math.min(n - 1, si + 1); i++) sourceFor[i] ??= s;
    }
  }

  // in a post that debunks, the rumour it quotes and its own verdicts are the correction, not a relay
  const debunkPost = DEBUNK_POST_RE.test(lower);
  const facts = factsOf(ctx);
  const sensitivity = ctx.settings.sensitivity;

  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    const b = buckets[i] ?? NO_CUES;
    const sNums = numBuckets[i] ?? [];
    const sent = lower.slice(s.start, s.end);
    const cands: Candidate[] = [];

    // a long sentence that only ends in a question still asserts what comes before it
    // "bukankah …?" asserts rather than asks
    const question = ((endsWithQuestion(text, s.start, s.end) && countWords(lower, s.start, s.end, 14) < 14) || QUESTION_START_RE.test(sent)) && !RHETORICAL_RE.test(sent);
    const wish = has(b, KI.wish);
    const greeting = GREETING_START_RE.test(sent);
    const polite = has(b, KI.polite) && first(b, KI.polite)!.start - s.start < 24;
    const opinion = has(b, KI.opinion);
    const firstPerson = ownVoice(b, text, s.start);
    const experience = firstPerson && has(b, KI.experience);
    const debunk = has(b, KI.debunk) || debunkPost;

    // ---- verified facts first: a contradiction is always worth a warning ----
    let factMatched = false;
    if (facts.length && sNums.length) {
      for (const v of judgeFacts(facts, lower, s.start, s.end, sNums)) {
        const part = text.slice(v.hit.start, v.hit.end);
        if (v.kind === 'contradict') {
          out.push({
            rule: 'claim.contradicts_fact',
            category: 'claim',
            severity: 'warning',
            start: v.hit.start,
            end: v.hit.end,
            msg: contradictMsg(part, v.matcher.fact),
            confidence: 0.9,
            value: part,
          });
        } else {
          factMatched = true;
          out.push({
            rule: 'claim.statistic',
            category: 'claim',
            severity: 'info',
            start: v.hit.start,
            end: v.hit.end,
            msg: matchMsg(part, v.matcher.fact),
            confidence: 0.3,
            value: part,
          });
        }
      }
    }

    if (question) {
      // a question asks rather than asserts; only a call to spread is still worth a word
      const sh = first(b, KI.share);
      if (sh && !/boleh|bisa|dibantu/.test(sent)) cands.push(candidate(text, s, 'share_bait', 'warning', sh.start, sh.end, 0.7));
    } else {
      // share-bait
      const sh = first(b, KI.share);
      if (sh) cands.push(candidate(text, s, 'share_bait', 'warning', sh.start, sh.end, 0.9));

      // hearsay and rumour
      const hs = first(b, KI.hearsay) ?? first(b, KI.vagueAuthority);
      if (hs) cands.push(candidate(text, s, 'hearsay', debunk ? 'info' : 'warning', hs.start, s.end, debunk ? 0.3 : 0.85));

      // health claims in the style of hoaxes
      const disease = has(b, KI.disease) || has(b, KI.serious);
      const strong = first(b, KI.healthStrong);
      const cause = first(b, KI.healthCause);
      const antiVax = first(b, KI.antiVax);
      const vaxHarm = has(b, KI.serious) && has(b, KI.disease) && /vaksin|imunisasi|vaccin/.test(sent);
      const selfHealth = has(b, KI.healthClaim) && !firstPerson;
      const foodDanger = has(b, KI.remedy) && has(b, KI.serious) && !firstPerson;
      if (selfHealth || foodDanger || antiVax || (strong && (disease || has(b, KI.remedy))) || (cause && has(b, KI.serious) && (has(b, KI.remedy) || vaxHarm || !firstPerson)) || vaxHarm) {
        const cueAt = strong ?? cause ?? antiVax;
        const negated = cueAt ? /(?:tidak|tak|bukan|belum|not|no|never|doesn't|don't)\s(?:\S+\s)?$/.test(lower.slice(Math.max(s.start, cueAt.start - 16), cueAt.start)) : false;
        if (negated && !antiVax) cands.push(candidate(text, s, 'health', 'info', s.start, s.end, 0.3));
        else cands.push(candidate(text, s, 'health', has(b, KI.remedy) || antiVax ? 'danger' : 'warning', s.start, s.end, 0.85));
      }

      // announcements of policy or aid: a policy subject and a change, date or eligibility
      if (has(b, KI.policyNoun) && has(b, KI.policyChange) && !wish && !greeting) {
        const pn = first(b, KI.policyNoun)!;
        const pc = first(b, KI.policyChange)!;
        // "kami akan menyalurkan bantuan …" is the writer's own promise (the commitment rule's), not a rumour
        const isCommitment = firstPerson && FUTURE_RE.test(sent);
        // an office's service notice (hours, outages, closures with their times) is its own information
        const quiet = isCommitment || isServiceNotice(sent);
        cands.push(candidate(text, s, 'policy', quiet ? 'info' : 'warning', Math.min(pn.start, pc.start) > s.start + 40 ? Math.min(pn.start, pc.start) : s.start, s.end, quiet ? 0.4 : 0.75));
      }

      // statistics and amounts
      const stat = sNums.find((h) => h.stat);
      if (stat) {
        const strongStat = stat.cls === 'pct' || stat.cls === 'money' || stat.cls === 'decimal';
        const soft = experience && !strongStat;
        // a count of what the office handled in its own area ("40 warga dari 8 desa", "150 unit") is its own figure
        // (millions are not a local count)
        const ownCount = stat.cls === 'count' && !has(b, KI.trend) && !has(b, KI.statSubj) && (voice() > 0 || LOCAL_SCOPE_RE.test(sent)) && !/juta|miliar|triliun|million|billion/.test(lower.slice(stat.start, stat.end + 8));
        const quiet = soft || factMatched || ownCount;
        const c = candidate(text, s, 'statistic', quiet ? 'info' : 'warning', stat.start, stat.end, quiet ? 0.3 : 0.8);
        c.trendFigure = strongStat && (has(b, KI.trend) || has(b, KI.statSubj));
        cands.push(c);
      } else {
        const vq = first(b, KI.vagueQty);
        if (vq && (has(b, KI.trend) || has(b, KI.statSubj) || has(b, KI.policyNoun)) && !experience) cands.push(candidate(text, s, 'statistic', 'warning', vq.start, vq.end, 0.6));
      }

      // comparatives and rankings
      const trend = first(b, KI.trend);
      const subj = first(b, KI.statSubj);
      const sup = first(b, KI.superlative);
      const rank = first(b, KI.ranking);
      const scoped = sup && has(b, KI.scope);
      if ((trend && subj) || scoped || rank) {
        const parts = [trend, subj, scoped ? sup : undefined, rank].filter((h): h is Hit => !!h);
        const st = Math.min(...parts.map((h) => h.start));
        const en = Math.max(...parts.map((h) => h.end));
        const weak = opinion || wish || greeting;
        const c = candidate(text, s, 'comparative', weak ? 'info' : 'warning', st, Math.max(en, Math.min(s.end, en + 24)), weak ? 0.3 : 0.7);
        // "login pertama kali" is a first time, not a first place
        // a competition's result names its own source (the contest): "meraih juara umum tingkat provinsi"
        c.ranking = (!!scoped || (!!rank && !lower.startsWith('pertama kali', rank.start))) && !CONTEST_RE.test(sent);
        cands.push(c);
      }

      // causal claims
      const c = !polite && !wish && !greeting ? firstCausal(b, lower) : undefined;
      if (c) {
        const personal = has(b, KI.firstSg) && lower.slice(s.start, c.start).search(/(?<![a-z])(?:saya|aku|gue|gua|gw|i)(?![a-z])/) >= 0;
        if (!personal) cands.push(candidate(text, s, 'causal', opinion ? 'info' : 'warning', c.start, s.end, opinion ? 0.3 : 0.7));
      }

      // absolutes and guarantees (with a softer wording as the fix)
      if (has(b, KI.absolute) && !wish && !greeting) {
        for (const a of all(b, KI.absolute)!) {
          const cue = lower.slice(a.start, a.end);
          // "PASTI: Profesional, Akuntabel, …" is a motto spelled out, not a guarantee
          if (text.slice(a.start, a.end) === cue.toUpperCase() && text.charCodeAt(a.end) === 58) continue;
          if (cue === 'pasti' || cue === 'sudah pasti') {
            const before = lower.slice(Math.max(s.start, a.start - 16), a.start);
            if (PASTI_HEDGE_BEFORE_RE.test(before) || PASTI_PROMISE_RE.test(before) || PASTI_PROMISE_AFTER_RE.test(lower.slice(a.end, a.end + 8))) continue;
          }
          if ((cue.endsWith('pernah') || cue.endsWith('pernah ada')) && /(?<![a-z])(?:saya|aku|gue|gua|gw|i)(?![a-z])/.test(lower.slice(s.start, a.start))) continue;
          const en = /^[a-z0-9 %]*$/.test(cue) && /^(?:never|guarantee|100 percent|completely|not a single|zero)/.test(cue);
          const sugg = softenAbsolute(cue, en);
          const suggestion = sugg !== undefined ? matchCase(text.slice(a.start, a.end), sugg) : undefined;
          cands.push(candidate(text, s, 'absolute', 'warning', a.start, a.end, 0.75, suggestion));
          break;
        }
      }
    }

    // ---- a bare assertion about others: who did what, "ternyata", a warning about a crime ----
    if (!cands.length && !question && !wish && !greeting && !polite && !opinion && !firstPerson && !debunk) {
      const level = assertsUnverified(b, text, lower, sent, s.start, s.end);
      // in a post that reads as the office's own notice, a weak assertion is most likely its own
      // information: a quiet note; a strong one (rumour-like) still warns
      if (level === 2) cands.push(candidate(text, s, 'unverified', 'warning', s.start, s.end, 0.6));
      else if (level === 1 && !officialNotice()) cands.push(candidate(text, s, 'unverified', 'warning', s.start, s.end, 0.55));
      else if (level === 1) cands.push(candidate(text, s, 'unverified', 'info', s.start, s.end, 0.3));
    }

    if (debunkPost) {
      // the rumour quoted to be corrected, and the firm verdict on it, are the debunk itself
      for (const c of cands) {
        if (c.kind !== 'share_bait' && c.severity !== 'info') {
          c.severity = 'info';
          c.confidence = 0.3;
        }
      }
    }
    if (cands.length && voice() > 0) {
      // ---- provenance: the office speaking first-hand is its own source ----
      keepRelayed(cands, voice(), externalSubject(lower, s.start, s.end) || REVEAL_RE.test(sent) || ACCUSATION_RE.test(sent));
    }
    if (!cands.length) continue;

    // ---- a named source in or next to the claim turns it into a quiet note ----
    const src = sourceFor[i];
    if (src) {
      const main = pickMain(cands);
      out.push({
        rule: `claim.${main.kind}`,
        category: 'claim',
        severity: 'info',
        start: main.start,
        end: main.end,
        msg: sourcedMsg(main.part, src.label),
        confidence: 0.2,
      });
      continue;
    }

    // sensitivity: 'low' keeps only the strongest kinds loud
    if (sensitivity === 'low') for (const c of cands) if (c.severity === 'warning' && (c.kind === 'causal' || c.kind === 'comparative' || c.kind === 'unverified' || c.confidence < 0.7)) c.severity = 'info';

    const main = pickMain(cands);
    out.push(toRaw(main, debunk && main.kind === 'hearsay'));
    // an absolute gets its own card when it carries a fix and is not the main finding
    for (const c of cands) {
      if (c === main) continue;
      if (c.kind === 'absolute' && c.suggestion !== undefined && c.severity !== 'info') out.push(toRaw(c, false));
    }
  }
  return out;
}

/**
 * In a post in the office's own voice, keep only what it relays from others: hearsay, share-bait,
 * miracle cures, absolutes, and figures, rankings, causes and policy whose actor is an outside
 * authority. Its own figures stay a quiet note; its own procedures, notices and reports drop out.
 * With a single mark of the office's voice, only the bare-assertion reading is dropped.
 */
function keepRelayed(cands: Candidate[], voice: number, external: boolean): void {
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

/** Three or more words in capitals make up most of the sentence. */
function isShouting(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lowerC = 0;
  let capsWords = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      run++;
    } else {
      if (c >= 97 && c <= 122) lowerC++;
      else if (run >= 2) capsWords++;
      if (!(c >= 97 && c <= 122)) run = 0;
    }
  }
  if (run >= 2) capsWords++;
  return capsWords >= 3 && upper > lowerC * 2;
}

/**
 * Words in lower[start, end), counting stops at `cap`: callers only compare against small
 * thresholds, so a long sentence need not be read to its end.
 */
function countWords(lower: string, start: number, end: number, cap: number): number {
  let w = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const isW = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
    if (isW && !inWord && ++w >= cap) return w;
    inWord = isW;
  }
  return w;
}

/**
 * Does a sentence with no other claim read as a bare assertion about others? A score of cues:
 * an event, a reveal, a named actor, an alarm, sensational words, shouting; minus invitations,
 * the office's own agenda and requests. It takes 2 points (1 in a sentence of six words or more).
 * The costly checks (regexes over the sentence, the capitals count) run only while they can
 * still change the outcome; the result is the same as adding every term up. 2 = strong (two
 * signs or more), 1 = weak (one sign in a longer sentence), 0 = not an assertion to check.
 */
function assertsUnverified(b: Bucket, text: string, lower: string, sent: string, start: number, end: number): 0 | 1 | 2 {
  const words = countWords(lower, start, end, 6);
  if (words < 4) return 0;
  const need = words >= 6 ? 1 : 2;
  const actor = has(b, KI.publicActor);
  const named = hasNamedEntity(text, start, end);
  const entity = actor || named;
  const alarm = has(b, KI.alarm);
  let score = 0;
  if (has(b, KI.eventVerb)) score += 1;
  if (has(b, KI.reveal)) score += 1;
  if (entity) score += 1;
  if (alarm) score += 1;
  if (alarm && has(b, KI.imperative)) score += 1;
  if (has(b, KI.copula) && entity) score += 0.5;
  if (actor && named) score += 0.5;
  if (has(b, KI.sensational)) score += 1;
  // shouting adds at most 1; the penalties only subtract
  if (score + 1 < need) return 0;
  const expStart = (first(b, KI.expStart)?.start ?? -1) === start;
  if (expStart || INVITE_START_RE.test(sent)) score -= 2;
  // the office reporting its own activity, or asking something of the reader, is not a rumour
  if (OFFICE_OR_REQUEST_RE.test(sent)) score -= 2;
  // a service notice or the office's staff at work is the office's own information
  if (isServiceNotice(sent) || OPERATIONAL_REASON_IN_RE.test(sent)) score -= 2;
  if (score + 1 < need) return 0;
  if (score < need) {
    if (!isShouting(text, start, end)) return 0;
    score += 1;
  }
  return score >= 2 ? 2 : 1;
}

const ADDRESS = new Set(['Anda', 'Kamu', 'Kalian', 'Kak', 'Kakak', 'Pak', 'Bapak', 'Bu', 'Ibu', 'Mas', 'Mbak', 'Dik', 'Adik', 'Sobat', 'Sahabat', 'Saudara', 'Saudari', 'Bang', 'Om', 'Tante', 'Teman', 'Warga', 'Sir', 'Madam', 'Mr', 'Mrs', 'Ms', 'Dear', 'Yth']);

/** A capitalised name or an acronym inside the sentence (not its first word). */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Capitalised words that name where and when, or the office itself: days and months, place and office
 * nouns (Kota, Kelurahan, Jl., Puskesmas, Dinas …), greetings and notice labels. A name right after one
 * of them belongs to it ("Kota Bekasi", "Jl. Gajah Mada"). What is left is a person, a party, a country
 * or an organisation outside the office: what a rumour is about.
 */
const CIVIC = new Set(
  ('senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus september oktober november desember ' +
    'kota kabupaten kab kecamatan kec kelurahan kel desa ds dusun kampung kp rt rw jalan jl jln gang gg raya simpang perempatan bundaran ' +
    'pasar taman alun masjid mushola musala gereja pura vihara klenteng stasiun terminal halte bandara pelabuhan dermaga tol jembatan ' +
    'sungai kali gunung pantai danau waduk bendung bendungan pulau teluk tanjung lapangan stadion gor gedung aula balai wisma ' +
    'kantor dinas badan satuan satpol satlantas damkar polres polsek polresta polrestabes polda kodim koramil lanud lantamal ' +
    'pemkot pemkab pemprov pemda pemerintah provinsi sekretariat perumda perpustakaan museum rsud rsu rs rumah sakit puskesmas pustu posyandu posbindu klinik ' +
    'sekolah sd smp sma smk mi mts ma universitas politeknik institut kampus madrasah pondok pesantren mal mall plaza ' +
    'selamat hari tahun dirgahayu info informasi update pengumuman jadwal layanan pelayanan peringatan rekayasa perubahan pemberitahuan ' +
    'natal lebaran idulfitri idul fitri adha imlek nyepi waisak ramadan ramadhan baru libur ' +
    'warga wargi sobat sahabat dulur sedulur monggo sampurasun punten horas tabik rahajeng om matur nuwun').split(' '),
);
/** Acronyms of public services and everyday official words: not the subject of a rumour. */
const CIVIC_ACRONYMS = new Set(
  ('WIB WITA WIT RT RW KTP STNK SIM SKCK KK KIA NIK BPJS PLN PDAM BMKG BPBD BNPB BPS RSUD RS UPT UPTD UP3 ULP SAR PMI TNI POLRI ' +
    'SD SMP SMA SMK MI MTS MA PAUD TK UMKM CFD SNI ASN PNS PPPK OPD SKPD DLH DPMPTSP PTSP MPP SP4N LAPOR KAI KRL MRT LRT BRT ' +
    'APBD APBN BUMD BUMN SAMSAT DUKCAPIL DISDUKCAPIL PPDB USG TPS TPA IPAL IGD ICU').split(' '),
);
function hasNamedEntity(text: string, start: number, end: number): boolean {
  let prevCivic = false;
  // after an emoji, a line break, "!", "?" or ":" a capital starts a new sentence in a social post
  let opensSentence = true;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isAsciiWord(c)) {
      if (c === 64 && i > start && i + 1 < end && isAsciiWord(text.charCodeAt(i + 1))) return true; // @account
      // a sentence-internal break (comma, colon, dash) ends a place chain, not a word gap
      if (c !== 32 && c !== 46 && c !== 45) prevCivic = false;
      if (c === 10 || c === 33 || c === 63 || c === 58 || (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2190 && c <= 0x2bff)) opensSentence = true;
      i++;
      continue;
    }
    let e = i + 1;
    while (e < end && (isAsciiWord(text.charCodeAt(e)) || text.charCodeAt(e) === 39)) e++;
    const word = text.slice(i, e);
    const first = opensSentence;
    opensSentence = false;
    i = e;
    const c0 = word.charCodeAt(0);
    if (c0 < 65 || c0 > 90 || word.length < 2) {
      prevCivic = false;
      continue;
    }
    const lower = word.toLowerCase();
    if (CIVIC.has(lower) || CIVIC_ACRONYMS.has(word) || ADDRESS.has(word)) {
      prevCivic = true;
      continue;
    }
    if (prevCivic || first) continue; // "Kota Bekasi", "Jl. Gajah Mada"; a sentence's first word
    const c1 = word.charCodeAt(1);
    if ((c1 >= 97 && c1 <= 122) || (c1 >= 65 && c1 <= 90)) return true;
  }
  return false;
}

function pickMain(cands: Candidate[]): Candidate {
  let best = cands[0];
  for (const c of cands) {
    const sevC = c.severity === 'info' ? 1 : 0;
    const sevB = best.severity === 'info' ? 1 : 0;
    if (sevC < sevB || (sevC === sevB && PRIORITY[c.kind] < PRIORITY[best.kind])) best = c;
  }
  return best;
}

function toRaw(c: Candidate, debunk: boolean): RawFinding {
  const msg = debunk ? debunkMsg(c.part) : c.severity === 'info' && (c.kind === 'policy' || c.confidence < 0.5) ? softMsg(c.kind, c.part) : claimMsg(c.kind, c.part, { suggestion: c.suggestion });
  const f: RawFinding = {
    rule: `claim.${c.kind}`,
    category: 'claim',
    severity: c.severity,
    start: c.start,
    end: c.end,
    msg,
    confidence: c.confidence,
  };
  if (c.suggestion !== undefined) f.suggestion = c.suggestion;
  return f;
}

/** Keep the capitalisation of the replaced words: "Dijamin" → "Dirancang untuk". */
function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return replacement.toUpperCase();
  const c = original.charCodeAt(0);
  if (c >= 65 && c <= 90) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
