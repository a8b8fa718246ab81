/**
 * Promise cues: who promises (first person, or the office speaking impersonally to a citizen), how
 * firmly, and the traps (past actions, requests, refusals, questions, someone else's promise).
 * All regexes are precompiled and linear; they run on the lower-cased view (same offsets as the text).
 */

export type CueKind = 'promise' | 'modal' | 'bare' | 'impersonal' | 'scheduled';

export interface Cue {
  kind: CueKind;
  /** offset of the cue in the clause */
  at: number;
  lang: 'id' | 'en';
  /** a weak cue that counts only with a deadline to the day ("Konon pasar akan dipindah tahun ini" does not) */
  dayOnly?: boolean;
}

/** One scan over the whole text: sentences without any of these are skipped outright. */
export const GATE = /\b(?:kami|saya|kita|aku|we|i|our|my|will|akan|segera|selesai|rampung|tuntas|kelar|beres|dibuka|normal|cair|terbit|menyala|mengalir|berfungsi|pulih|completed|finished|ditindaklanjuti|tindaklanjuti|dijadwalkan|ditargetkan|target|petugas|tim|teknisi|staf|regu|personel|pasukan|truk|mobil|armada|ambulans|janji|komitmen)\b/g;

const PRONOUN = /\b(kami|saya|kita|aku)\b/g;
const WORD = /[a-z0-9'’\u00c0-\u024f-]+/g;

/** words between the pronoun and the verb that do not end the search */
const ADVERB = new Set(['akan', 'bakal', 'segera', 'langsung', 'juga', 'pun', 'nanti', 'insyaallah', 'insya', 'allah', 'pasti', 'tetap', 'sendiri', 'yang', 'baru', 'coba', 'siap', 'sekalian', 'secepatnya', 'ya', 'sudah', 'telah', 'pernah', 'sempat']);
const MODAL_WORDS = new Set(['akan', 'bakal', 'segera', 'nanti', 'insyaallah', 'pasti', 'siap', 'secepatnya', 'langsung']);
const PAST_WORDS = new Set(['sudah', 'telah', 'pernah', 'sempat']);
/** the pronoun is not promising anything */
const STOP_VERBS = new Set([
  'mohon', 'memohon', 'minta', 'meminta', 'harap', 'berharap', 'mengharapkan', 'imbau', 'mengimbau', 'himbau', 'menghimbau',
  'tunggu', 'menunggu', 'ucapkan', 'mengucapkan', 'terima', 'berterima', 'ingatkan', 'mengingatkan', 'sarankan', 'menyarankan',
  'persilakan', 'mempersilakan', 'informasikan', 'menginformasikan', 'beritahukan', 'memberitahukan', 'mengajak', 'ajak',
  'sedang', 'masih', 'lagi', 'tidak', 'belum', 'tak', 'gak', 'nggak', 'enggak', 'ndak', 'bukan', 'turut', 'ikut', 'mewakili',
  'apresiasi', 'mengapresiasi', 'bangga', 'senang', 'sedih', 'prihatin', 'menyesal', 'paham', 'memahami', 'mengerti', 'tahu',
  'rasa', 'merasa', 'kira', 'pikir', 'dengar', 'mendengar',
  'mengundang', 'nantikan', 'menantikan', 'harapkan', 'mengharapkan', 'libur', 'cuti', 'ucapkan', 'doakan', 'mendoakan',
]);
/** after the pronoun, these mean it is a possessive or a preposition follows ("kantor kami di …") */
const NON_VERB = new Set([
  'di', 'dari', 'yang', 'dan', 'untuk', 'dengan', 'ini', 'itu', 'adalah', 'atas', 'pada', 'dalam', 'sebagai', 'selaku',
  'sangat', 'semua', 'sekalian', 'berdua', 'bersama', 'selalu', 'sering', 'karena', 'agar', 'supaya', 'bahwa', 'sih', 'kok',
  'pak', 'bu', 'kak', 'bapak', 'ibu', 'mas', 'mbak', 'semuanya', 'sendirian', 'kan', 'dong', 'the',
]);
const PROMISE_VERBS = new Set([
  'pastikan', 'memastikan', 'jamin', 'menjamin', 'janji', 'janjikan', 'menjanjikan', 'berjanji', 'targetkan', 'menargetkan',
  'jadwalkan', 'menjadwalkan', 'upayakan', 'mengupayakan', 'usahakan', 'mengusahakan', 'agendakan', 'mengagendakan',
  'berkomitmen', 'komitmen', 'rencanakan', 'merencanakan', 'programkan', 'tindaklanjuti', 'menindaklanjuti',
]);
/** a pronoun right after these is an invitation, not a promise ("mari kita …") */
const PREV_BLOCK = new Set(['mari', 'ayo', 'yuk', 'ayuk', 'marilah', 'tidak', 'belum', 'tak', 'gak', 'nggak', 'enggak', 'bukan', 'kasih', 'mohon', 'sedang', 'masih']);

/** Words after which "kita" is the subject ("besok kita perbaiki"), not a possessive ("kota kita"). */
const SUBJECT_PREV = new Set([
  'dan', 'lalu', 'kemudian', 'maka', 'jadi', 'sehingga', 'selanjutnya', 'setelah', 'sesudah', 'sebelum', 'nanti', 'besok', 'lusa',
  'insyaallah', 'allah', 'pasti', 'tentu', 'segera', 'akan', 'juga', 'itu', 'ini', 'pagi', 'siang', 'sore', 'malam', 'hari', 'minggu',
  'pekan', 'bulan', 'tahun', 'depan', 'sekarang', 'ya', 'pak', 'bu', 'kak', 'bapak', 'ibu', 'mas', 'mbak', 'baik', 'oke', 'ok',
  'siap', 'tenang', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'maaf', 'kasih', 'tapi', 'namun', 'sementara',
  'kini', 'lagi', 'untuk', 'agar', 'supaya', 'terkait', 'soal', 'mengenai', 'tersebut', 'nya',
]);

const EN_CUE =
  /\b(?:(?:we|i)\s*(?:['’]ll|will|shall|am\s+going\s+to|are\s+going\s+to|['’]m\s+going\s+to|['’]re\s+going\s+to|promise|guarantee|pledge|commit\s+to|plan\s+to|aim\s+to|intend\s+to|expect\s+to)|(?:our|my)\s+(?:[a-z-]+\s+){1,3}(?:will|shall|is\s+going\s+to|are\s+going\s+to))\b/;

const IMPERSONAL = /\b(?:(?:akan\s+)?segera\s+di[a-z]{3,}|(?:akan\s+)?(?:segera\s+)?ditindaklanjuti|akan\s+di(?!a\b)[a-z]{3,}|will\s+be\s+(?:(?!closed|open|opened|held|available)[a-z]{3,}(?:ed|en|t)|(?:fully\s+)?(?:ready|operational|done|back\s+to\s+normal|back\s+online))(?:\s+[a-z'’-]+){0,5}?\s+(?:by|on|within|before|tomorrow|today|tonight|this|next|in))\b/;
/** the office as the subject: "Dinas akan menyalurkan …", "The city will finish …" (needs a date to count) */
const OFFICE_SUBJECT =
  /\b(?:(?:dinas|puskesmas|kelurahan|kecamatan|pemkot|pemkab|pemda|pemdes|dukcapil|disdukcapil|bpbd|pdam|samsat|rsud|uptd|damkar)\s+(?:akan|segera)\s|(?:the\s+(?:city|office|team|department|agency|council|municipality|regency|village|district|health\s+(?:center|centre|team|office)|mayor['’]s\s+office|crew|staff|officers?)|our\s+(?:team|office|staff|crew|officers?))(?:\s+[a-z'’.-]+){0,4}?\s+(?:will|is\s+going\s+to|are\s+going\s+to)\s)/;
/** the work named by its finish: "perbaikan … rampung Minggu sore", "seluruh pekerjaan selesai paling lambat 18 Maret" (needs a date) */
const FINISH =
  /\b(?:selesai|rampung|tuntas|kelar|beres|cair|terbit|dibuka\s+(?:kembali|lagi)|(?:normal|menyala|mengalir|berfungsi|pulih)\s+(?:kembali|lagi)|(?:will\s+be\s+)?(?:completed|finished))\b/;
const UNTIL_DONE = /(?:[-–—]|s\.?\/?d\.?|sampai|hingga|sd)\s*$/;
/** "besok malam sudah menyala lagi": "sudah" after a future time is a promised state */
const FUTURE_WORD = /\b(?:besok|bsk|lusa|nanti|depan|mendatang|tomorrow|next)\b/;
const DONE_BEFORE = /\b(?:sudah|telah|sdh|udah|dah|baru\s+saja|already|was|were|been)\s+(?:[a-z]+\s+)?$/;
/** a request or a rule for the reader: "Mohon … paling lambat Jumat", "Pendaftaran ditutup …" */
export const REQUEST = /\b(?:mohon|harap|diharapkan|silakan|silahkan|wajib|diwajibkan|diminta|harus|agar|supaya|please|jangan|pendaftaran|batas\s+(?:akhir|waktu)|ditutup|lengkapi|melengkapi|kirimkan|serahkan|unggah)\b/;
/** a citizen promising to pay or to complete their own paperwork: "Saya janji besok bayar iuran" */
export const CITIZEN_DUTY =
  /\b(?:saya|sy|aku|gue|gw)\b[^.!?]{0,40}\b(?:bayar|membayar|lunasi|melunasi|setor|menyetor|cicil|mencicil)\s+(?:iuran|pajak|tagihan|denda|cicilan|tunggakan|retribusi|pbb|utang|hutang|angsuran)\b/;
/** "kami dari Dinas Kesehatan akan memeriksa …": the office introduces itself, then promises */
const WE_FROM = /\b(?:kami|saya)\s+dari\s+(?:[a-z.]+\s+){1,4}?(?:akan|segera|siap)\s/;
/** "bukti yang akan diajukan": a relative clause describes a thing, it promises nothing */
const RELATIVE_BEFORE = /\b(?:yang|yg)\s+$/;
const REPLY_CONTEXT = /\b(?:bapak|ibu|bu|pak|kak|kakak|anda|sdr|saudara|saudari|laporan|aduan|pengaduan|keluhan|berkas|permohonan|usulan|masukan|your|damaged|broken|repair|refund)\b|nya\b/;
/** the office's own staff, unnamed: "petugas akan datang besok" (needs a date to count) */
const STAFF = /\b(?:petugas|tim|teknisi|staf|regu|personel|pasukan)\s+(?:[a-z]+\s+){0,3}?(?:akan|segera)\b/;
/** the office's crew or vehicles on the move: "besok pagi tim PU berangkat", "truk tangki meluncur" (needs a date) */
const STAFF_MOVE =
  /\b(?:petugas|tim|teknisi|staf|regu|personel|pasukan|truk|mobil|armada|ambulans)\b(?:\s+[a-z0-9.]{1,15}){0,4}?\s+(?:juga\s+)?(?:berangkat|meluncur|turun|datang|tiba|bergerak|menuju|diterjunkan|dikerahkan|dikirim|diberangkatkan|jemput\s+bola|berkunjung|mengunjungi|menyambangi)\b/;
/** "janji kami", "komitmen saya": the promise named as a noun */
const PROMISE_NOUN = /\b(?:janji|komitmen)\s+(?:kami|saya)\b/;
/** "kantor kami tutup besok", "kami buka sampai pukul 15.00": opening hours, not a promise */
const HOURS = /\b(?:kantor|loket|layanan|pelayanan|gerai|kantornya|posko|pos|klinik|ruang)(?:\s+[a-z]+)?\s+kami\s+(?:buka|tutup|libur|beroperasi)\b|\bbuka\s+24\s+jam\b|\bkami\s+buka\s+(?:posko|pos|loket|gerai|pendaftaran|layanan)\b|\bkami\s+(?:buka|tutup|libur|beroperasi)\s+(?:sampai|hingga|mulai|dari|pukul|jam|setiap|tiap)\b/;
const SCHEDULED = /\b(?:akan\s+(?:terbit|cair|selesai|rampung|tuntas|aktif|tiba|beroperasi|berfungsi|menyala|(?:kembali\s+)?(?:mengalir|normal|pulih))|dijadwalkan|ditargetkan|target\s+(?:selesai|rampung|tuntas|beres|beroperasi|kami|saya)|targetnya|target\s+we)\b/;
const THIRD_PARTY_AGENT = /\b(?:oleh|by\s+the)\b/;
/** someone else's word: "Menurut BBWS …", "Kontraktor berjanji …" (the weak cues below need the office's own voice) */
export const THIRD_SOURCE =
  /\b(?:menurut|according\s+to|kata|katanya|ujar|berjanji|janjinya|dijanjikan|promised|says|said|konon|kabarnya|kabar|rumor|rumornya|isu|isunya|beredar|viral|hoaks|hoax|reportedly|rumou?red)\b/;
/** a passive that announces an event rather than promising an action: "sidang akan digelar Selasa" */
const EVENT_PASSIVE = /^(?:akan\s+)?(?:segera\s+)?di(?:gelar|adakan|laksanakan|selenggarakan|buka|tutup|mulai|resmikan|umumkan)\b/;
/** "… agar mudah ditindaklanjuti": the purpose of what the reader is asked to do, not a promise */
const PURPOSE_BEFORE = /\b(?:agar|supaya|biar|sehingga|untuk)\s+(?:(?:lebih\s+)?(?:mudah|cepat|dapat|dpt|bisa|bs|segera)\s+)?$/;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

function prevWordBefore(s: string, at: number): string {
  let e = at;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 44)) e--;
  let b = e;
  while (b > 0 && e - b < 20 && isWordChar(s.charCodeAt(b - 1))) b--;
  return s.slice(b, e);
}

const RANK: Record<CueKind, number> = { promise: 5, modal: 4, impersonal: 3, scheduled: 2, bare: 1 };

/** The strongest promise cue in a clause (lower-cased), or null. */
export function findCue(lower: string): Cue | null {
  let best: Cue | null = null;
  const take = (c: Cue) => {
    if (!best || RANK[c.kind] > RANK[best.kind]) best = c;
  };
  PRONOUN.lastIndex = 0;
  let pm: RegExpExecArray | null;
  let seen = 0;
  while ((pm = PRONOUN.exec(lower)) && seen++ < 12) {
    const at = pm.index;
    const prev = prevWordBefore(lower, at);
    if (PREV_BLOCK.has(prev)) continue;
    let modal = MODAL_WORDS.has(prev);
    WORD.lastIndex = at + pm[0].length;
    let kind: CueKind | null = null;
    for (let i = 0; i < 5; i++) {
      const wm = WORD.exec(lower);
      if (!wm) break;
      // punctuation right after the pronoun ends the phrase ("terima kasih kami, …")
      if (i === 0 && /[.,;:!?]/.test(lower.slice(at + pm[0].length, wm.index))) break;
      const w = wm[0];
      if (STOP_VERBS.has(w) && !PAST_WORDS.has(w)) {
        kind = null;
        modal = false;
        break;
      }
      if (ADVERB.has(w)) {
        if (MODAL_WORDS.has(w)) modal = true;
        continue;
      }
      if (PROMISE_VERBS.has(w)) kind = 'promise';
      else if (NON_VERB.has(w)) kind = modal ? 'modal' : null;
      else kind = modal ? 'modal' : 'bare';
      break;
    }
    if (!kind && modal) kind = 'modal';
    // "kami" after a noun is usually the office fronting the object ("tenda pengungsi kami tambah malam ini");
    // the inclusive "kita" after a noun is a possessive ("kota kita tinggal 9,5% tahun ini")
    if (kind === 'bare' && pm[1] === 'kita' && prev !== '' && !SUBJECT_PREV.has(prev) && !/\d$/.test(prev)) kind = null;
    if (kind) take({ kind, at, lang: 'id' });
  }
  const en = EN_CUE.exec(lower);
  if (en) take({ kind: /promise|guarantee|pledge|commit/.test(en[0]) ? 'promise' : 'modal', at: en.index, lang: 'en' });
  if (!best || RANK[(best as Cue).kind] < RANK.impersonal) {
    const im = IMPERSONAL.exec(lower);
    if (im && !THIRD_PARTY_AGENT.test(lower) && !PURPOSE_BEFORE.test(lower.slice(Math.max(0, im.index - 24), im.index)) && !RELATIVE_BEFORE.test(lower.slice(Math.max(0, im.index - 8), im.index))) {
      // without a reply context ("Bapak", "laporan", "your …") the passive counts only with a date
      if (/segera|ditindaklanjuti/.test(im[0]) || REPLY_CONTEXT.test(lower)) take({ kind: 'impersonal', at: im.index, lang: im[0].startsWith('will') ? 'en' : 'id' });
      else if (!EVENT_PASSIVE.test(im[0]) && !THIRD_SOURCE.test(lower)) take({ kind: 'scheduled', at: im.index, lang: im[0].startsWith('will') ? 'en' : 'id', dayOnly: true });
    }
  }
  if (!best) {
    const wf = WE_FROM.exec(lower);
    if (wf) take({ kind: 'modal', at: wf.index, lang: 'id' });
  }
  if (best && (best as Cue).kind === 'bare' && HOURS.test(lower)) best = null;
  if (!best) {
    const pn = PROMISE_NOUN.exec(lower);
    if (pn) take({ kind: 'promise', at: pn.index, lang: 'id' });
  }
  if (!best) {
    const sf = STAFF.exec(lower) ?? STAFF_MOVE.exec(lower);
    if (sf && !THIRD_PARTY_AGENT.test(lower)) take({ kind: 'scheduled', at: sf.index, lang: 'id' });
  }
  if (!best) {
    const sc = THIRD_SOURCE.test(lower) ? null : (SCHEDULED.exec(lower) ?? OFFICE_SUBJECT.exec(lower));
    if (sc && !THIRD_PARTY_AGENT.test(lower)) take({ kind: 'scheduled', at: sc.index, lang: /^(?:the|our)\b/.test(sc[0]) ? 'en' : 'id' });
  }
  if (!best) {
    const fi = FINISH.exec(lower);
    // "95 sudah selesai ditangani": a finished job, not a promise
    // "08.00–selesai", "sampai selesai", "selesai pukul 10.00": a schedule's end, not a finish promised
    if (fi && !UNTIL_DONE.test(lower.slice(Math.max(0, fi.index - 8), fi.index)) && !/^selesai\s+(?:pukul|jam)\b/.test(lower.slice(fi.index, fi.index + 14)) && !(DONE_BEFORE.test(lower.slice(Math.max(0, fi.index - 14), fi.index)) && !FUTURE_WORD.test(lower.slice(0, fi.index))) && !THIRD_PARTY_AGENT.test(lower) && !THIRD_SOURCE.test(lower)) take({ kind: 'scheduled', at: fi.index, lang: /^(?:will|completed|finished)/.test(fi[0]) ? 'en' : 'id' });
  }

  return best;
}

export const QUESTION_START =
  /^[^a-z]*(?:apakah|apa\s+bisa|apa\s+boleh|bisakah|bolehkah|boleh\s+tahu|boleh\s+minta|kapan|mengapa|kenapa|bagaimana|gimana|kira-kira|could\s+you|can\s+you|would\s+you|do\s+you|did\s+you|will\s+you|are\s+you|is\s+it|when\s+will)\b/;

export const REFUSAL =
  /\b(?:(?:tidak|tak|belum|gak|nggak|enggak|ndak)\s+(?:[a-z]+\s+)?(?:bisa|dapat|mampu|boleh|akan|sanggup|berencana|menjanjikan)|tidak\s+ada\s+rencana|can['’]?t|cannot|can\s+not|won['’]t|will\s+not|unable|not\s+able|no\s+plans?)\b/;

export const PAST_MARK =
  /\b(?:sudah|telah|pernah|sempat|barusan|baru\s+saja|dulu|tadi|kemarin|semalam|already|have\s+been|has\s+been|we['’]ve|i['’]ve|we\s+have|yesterday|last\s+(?:week|month|year|night))\b/;

export const VAGUE =
  /\b(?:secepatnya|secepat\s+mungkin|sesegera\s+mungkin|segera|dalam\s+waktu\s+(?:dekat|secepatnya)|ke\s*depan(?:nya)?|bertahap|kaji|mengkaji|dikaji|kajian|pelajari|mempelajari|dipelajari|koordinasikan|mengoordinasikan|mengkoordinasikan|berkoordinasi|dikoordinasikan|evaluasi|mengevaluasi|dievaluasi|pertimbangkan|mempertimbangkan|dipertimbangkan|upayakan|mengupayakan|diupayakan|usahakan|mengusahakan|diusahakan|tinjau|meninjau|ditinjau|diskusikan|mendiskusikan|dibahas|insya\s*allah|insyaallah|inshaallah|semoga|mudah-mudahan|kapan-kapan|soon|asap|as\s+soon\s+as\s+possible|near\s+future|consider|look\s+into|looking\s+into|explore|try|eventually|at\s+some\s+point|hopefully|in\s+due\s+course|going\s+forward)\b/;
