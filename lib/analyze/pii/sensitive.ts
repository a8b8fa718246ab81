/**
 * Specific personal data (UU PDP Pasal 4 ayat 2): health, criminal record, children — flagged only
 * when tied to an identifiable person (a name with an honorific, "a.n.", "beliau", a name with an age,
 * the addressee of a reply). General education ("ODGJ berhak diobati", "skrining TBC gratis") is fine.
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { nameAfter, nameBefore, PersonIndex } from './person';

/** Each alternative starts with a literal word: the word scan wakes the rule only at those words. */
export const HEALTH_ALTS = [
  String.raw`positif (?:hiv|aids|covid(?:-19)?|tbc|tb|hepatitis(?: [abc])?|narkoba|sabu|narkotika)`,
  String.raw`hiv\/aids`, 'hiv-aids', 'hiv reaktif', 'hiv', 'aids', 'odha', 'tbc resisten obat', 'tbc', 'tb paru', 'tb-ro', 'mdr-tb', 'tuberkulosis', 'odgj',
  'gangguan (?:jiwa|kejiwaan|mental|pendengaran|penglihatan)', 'sakit jiwa', 'skizofrenia', 'bipolar', 'depresi(?: berat)?', 'psikotik', 'psikosis',
  'demensia', 'alzheimer', 'parkinson', 'autisme', 'autis', 'down syndrome', 'sindrom down', 'rehabilitasi narkoba', 'direhabilitasi',
  'pecandu(?: narkoba)?', 'kecanduan', 'overdosis', 'hasil lab(?:oratorium)?', 'hasil tes (?:urine|darah|hiv|dna)', 'rekam medis', 'riwayat penyakit',
  'hamil(?: (?:\\d{1,2}|tua|muda) (?:bulan|minggu))?', 'keguguran', 'disabilitas(?: (?:fisik|mental|intelektual|netra|rungu|ganda))?', 'difabel',
  'tunanetra', 'tunarungu', 'tunawicara', 'tunadaksa', 'tunagrahita', 'lumpuh(?: layu)?', 'kelumpuhan', 'stroke', 'kanker(?: [a-z]{2,20})?(?: stadium (?:\\d|[ivx]{1,3}))?', 'leukemia',
  'tumor(?: [a-z]{2,20})?', 'diabetes(?: melitus)?', 'hipertensi', 'darah tinggi', 'gagal ginjal', 'gagal jantung', 'cuci darah', 'hemodialisa',
  'hemodialisis', 'kemoterapi', 'penyakit jantung', 'serangan jantung', 'jantung koroner', 'epilepsi', 'gizi buruk', 'stunting',
  'hepatitis(?: [abc])?', 'hbsag reaktif', 'anti-?hcv reaktif', 'sifilis reaktif', 'vdrl reaktif', 'tpha reaktif',
  'reaktif (?:hiv|sifilis|hbsag|hepatitis(?: [bc])?)', 'sifilis', 'raja singa', 'gonore', 'kencing nanah', 'herpes genital',
  'infeksi menular seksual', 'kusta', 'lepra', 'dbd', 'demam berdarah', 'pasca-?amputasi(?: (?:kaki|tangan)(?: (?:kanan|kiri))?)?',
  'amputasi(?: (?:kaki|tangan)(?: (?:kanan|kiri))?)?', 'thalassemia', 'talasemia', 'hemofilia', 'cerebral palsy', 'celebral palsy', 'hidrosefalus',
  'kista', 'pneumonia', 'malaria', 'difteri', 'campak', 'rabies', 'dipasung', 'keterbelakangan mental', 'retardasi mental', 'dirawat di rsj', 'rsj',
  'katarak', 'glaukoma', 'lupus', 'obesitas', 'ispa', 'covid(?:-19)?',
  'sesak napas(?: berat)?', 'sesak nafas(?: berat)?', 'patah tulang(?: [a-z]{2,12})?', 'pre-?eklamsia', 'preeklampsia', 'operasi (?:jantung|caesar|sesar)',
  'diagnosed with(?: [a-z]{2,20})?', 'tested positive for(?: [a-z]{2,20})?', 'depression', 'cancer', 'schizophrenia', 'dementia',
  'heart (?:operation|surgery|disease|failure)', 'kidney failure', 'dialysis', 'hiv-positive', 'pregnant', 'disabled', 'paralysed', 'paralyzed',
];
const HEALTH_Y = new RegExp(`(?:${HEALTH_ALTS.join('|')})(?![a-z])`, 'y');

export const CRIME_ALTS = [
  'mantan (?:napi|narapidana|napiter|tahanan|terpidana)', 'eks[ -](?:napi|narapidana|napiter|tahanan|terpidana)', 'bekas (?:napi|narapidana)',
  'napi', 'narapidana', 'napiter', 'residivis', 'tersangka', 'terdakwa', 'terpidana', 'terhukum', 'dpo', 'buronan', 'buron', 'daftar pencarian orang',
  'ditahan (?:di|oleh) (?:polres|polsek|polda|polresta|rutan|lapas|kejaksaan|kejari|kpk)', 'mendekam di (?:penjara|lapas|rutan|bui)', 'dipenjara',
  'dibui', 'divonis(?: (?:bersalah|penjara|\\d{1,2} (?:tahun|bulan)))?', 'dijatuhi (?:hukuman|vonis|pidana)', 'dihukum(?: penjara)?', 'dipidana',
  'pernah dipidana', 'catatan (?:kriminal|kejahatan)', 'bebas bersyarat', 'pembebasan bersyarat', 'ditangkap', 'diringkus', 'dibekuk',
  'terjerat kasus(?: [a-z]{2,20})?', 'terlibat kasus(?: [a-z]{2,20})?',
  'pelaku (?:pencurian|pembunuhan|pemerkosaan|pencabulan|penganiayaan|penipuan|korupsi|begal|curanmor|kekerasan|pelecehan)',
  'pengedar (?:narkoba|sabu|narkotika)', 'pemakai (?:narkoba|sabu|narkotika)', 'bandar (?:narkoba|sabu|narkotika)', 'kurir (?:narkoba|sabu|narkotika)',
  'koruptor', 'tahanan (?:rutan|lapas|polres|polresta|polsek|polda|kejaksaan|kejari|kpk)', 'warga binaan(?: pemasyarakatan)?', 'wbp',
  'terlibat tawuran', 'pelaku tawuran', 'terjaring (?:ott|operasi tangkap tangan|razia narkoba)', 'was jailed(?: for [a-z]{2,20})?',
  'jailed for(?: [a-z]{2,20})?', 'convicted of(?: [a-z]{2,20})?(?: in \\d{4})?', 'ex-prisoner', 'former (?:inmate|prisoner|convict)', 'arrested for(?: [a-z]{2,20})?', 'diamankan (?:polisi|petugas|aparat|polsek|polres|polresta|satpol pp)',
];
const CRIME_Y = new RegExp(`(?:${CRIME_ALTS.join('|')})(?![a-z])`, 'y');
const CRIME_PREFIX = /(?<![a-z])(?:(?:masih|sudah|pernah|kini|sekarang|yang|telah)[ ]{1,3})?(?:berstatus|status|sebagai|ditetapkan sebagai|ditetapkan|menjadi)[ ]{1,3}$/;
const CRIME_SUFFIX = /^[ ]{1,3}(?:(?:kasus|perkara)[ ]{1,3}[a-z]{1,20}|percobaan|terorisme|narkoba|korupsi|pencurian|pencabulan|pembunuhan|penipuan|penganiayaan)(?![a-z])/;
/** Generic phrases that contain a health word but name a group, not a person. */
const HEALTH_GENERIC_BEFORE = /(?<![a-z])(?:ibu|ibu-ibu|bumil|wanita|perempuan|para|kelas|posyandu|layanan|program|pencegahan|penanganan|skrining|screening|vaksin|imunisasi|obat|hari|bulan|pekan|kasus|angka|data|penyakit)[ ]$/;

export const CHILD_CUE_WORDS = ['ananda', 'balita', 'bayi', 'siswa', 'siswi', 'murid', 'pelajar', 'santri', 'putra', 'putri', 'bocah', 'anak', 'adik', 'adek', 'dek', 'cucu'];
const PUPIL_WORDS = new Set(['siswa', 'siswi', 'murid', 'pelajar', 'santri', 'bocah', 'balita', 'bayi']);
const CHILD_CUE_TAIL =
  /(?:[ \t]{1,2}(?:a\.[ ]?n\.|an\.|atas nama|bernama|berinisial|inisial|kami|saya|sy|aku|kandung|ibu|bapak|bu|pak|angkat|asuh|berprestasi|teladan|yatim|piatu|bungsu|sulung|pertama|kedua|ketiga|penerima|peraih|juara|korban|kelas[ \t]{1,2}(?:\d{1,2}|[ivx]{1,4})[a-z]?)){0,3}[ \t]{1,2}/y;
export const AGE_UNIT_WORDS = ['th', 'thn', 'tahun', 'bln', 'bulan', 'yo'];
const AGE_BEFORE = /(?:\(|,[ \t]{0,2})(\d{1,2})[ \t]{0,2}$/;
export const GRADE_WORDS = ['kelas', 'kls'];
const GRADE_Y =
  /(?:kelas|kls)\.?[ \t]{0,2}(?:\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:[ \t]?([a-z])(?![a-z])\d?)?(?:[ \t]{1,2}(ipa|ips|bahasa|agama)(?:[ \t]{0,2}\d)?)?(?![a-z0-9])/y;
const SCHOOL_RE =
  /[ \t]{0,2}(?:,[ \t]{0,2})?(?:di[ \t]{1,2})?(?:sdn|sd|smpn|smp|sman|sma|smkn|smk|mi|min|mis|mts|mtsn|man|ma|slb|tk|paud|sekolah|pondok pesantren|ponpes)(?![a-z])/y;
const SCHOOL_AFTER =
  /[ \t]*\)?[ \t]{0,2}(?:,[ \t]{0,2})?(?:(?:siswa|siswi|murid|pelajar|santri)[ \t]{1,2})?(?:kelas|kls)\.?[ \t]{0,2}(?:\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:[ \t]?[a-z](?![a-z])\d?)?(?:[ \t]{1,2}(?:ipa|ips|bahasa|agama)(?:[ \t]{0,2}\d)?)?(?![a-z0-9])/y;
const NISN_Y = /nisn[ \t:.]{0,3}\d{10}(?![0-9])/y;
const STUDENT_WORDS = new Set(['siswa', 'siswi', 'murid', 'pelajar', 'santri']);

/** Trigger hits from the word scan, flat [start, end) pairs per kind, in text order. */
export interface SensitiveHits {
  health: number[];
  crime: number[];
  childCue: number[];
  ageUnit: number[];
  grade: number[];
  nisn: number[];
}

export function scanSensitive(ctx: RuleContext, out: RawFinding[], hits: SensitiveHits): void {
  if (hits.health.length || hits.crime.length) {
    const persons = new PersonIndex(ctx);
    if (hits.health.length) scanLexicon(ctx, out, persons, HEALTH_Y, hits.health, 'health');
    if (hits.crime.length) scanLexicon(ctx, out, persons, CRIME_Y, hits.crime, 'criminal');
  }
  if (hits.childCue.length || hits.ageUnit.length || hits.grade.length || hits.nisn.length) scanChildren(ctx, out, hits);
}

const INITIALS_NEAR = /(?<![a-z])(?:berinisial|inisial|initials?)(?![a-z])/;

function scanLexicon(ctx: RuleContext, out: RawFinding[], persons: PersonIndex, re: RegExp, hits: number[], kind: 'health' | 'criminal'): void {
  const L = ctx.lower;
  let curS = -1;
  let curE = -1;
  const flush = () => {
    if (curS < 0) return;
    // "tersangka berinisial AS (34)": initials are the correct practice, not a leak
    if (persons.near(curS) && !(kind === 'criminal' && INITIALS_NEAR.test(L.slice(Math.max(0, curS - 30), Math.min(L.length, curE + 30))))) {
      const f = piiFinding(ctx, kind, curS, curE, 0.7);
      if (f) out.push(f);
    }
    curS = curE = -1;
  };
  let skipEnd = 0;
  for (let h = 0; h < hits.length; h += 2) {
    let s = hits[h];
    if (s < curE || s < skipEnd) continue;
    re.lastIndex = s;
    if (!re.test(L)) continue;
    let e = re.lastIndex;
    if (kind === 'health' && HEALTH_GENERIC_BEFORE.test(L.slice(Math.max(0, s - 12), s))) {
      skipEnd = e; // "pencegahan HIV/AIDS": the whole phrase is generic
      continue;
    }
    if (kind === 'criminal') {
      const pre = CRIME_PREFIX.exec(L.slice(Math.max(0, s - 40), s));
      if (pre) s -= pre[0].length;
      const suf = CRIME_SUFFIX.exec(L.slice(e, Math.min(L.length, e + 30)));
      if (suf) e += suf[0].length;
    }
    // merge terms of one sentence that sit close together ("ODGJ dan sempat dipasung")
    if (curS >= 0 && s - curE <= 40 && sameSentence(ctx, curE - 1, s)) {
      if (e > curE) curE = e;
      continue;
    }
    flush();
    curS = s;
    curE = e;
  }
  flush();
}

function sameSentence(ctx: RuleContext, a: number, b: number): boolean {
  const L = ctx.lower;
  for (let i = a; i < b; i++) {
    const c = L.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 59) return false;
    if (c === 46 && i + 1 < L.length && L.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

interface Span {
  s: number;
  e: number;
  conf: number;
}

function scanChildren(ctx: RuleContext, out: RawFinding[], hits: SensitiveHits): void {
  const L = ctx.lower;
  const T = ctx.text;
  const spans: Span[] = [];
  let m: RegExpExecArray | null;

  // A. a name with a child's age: "Raka Aditya (7 th)", "Alif, 3 tahun"
  for (let h = 0; h < hits.ageUnit.length; h += 2) {
    const us = hits.ageUnit[h];
    const ue = hits.ageUnit[h + 1];
    m = AGE_BEFORE.exec(L.slice(Math.max(0, us - 8), us));
    if (!m) continue;
    const at = us - m[0].length;
    const age = Number(m[1]);
    const unit = L.slice(us, ue);
    const months = unit === 'bln' || unit === 'bulan';
    if (!months && age >= 18) continue;
    if (months && age > 36) continue;
    const ns = nameBefore(T, at);
    if (ns < 0) continue;
    let e = ue;
    if (L.charCodeAt(at) === 40) {
      const close = L.slice(e, e + 17).indexOf(')');
      if (close >= 0) e += close + 1;
    }
    e = extendSchool(L, T, e);
    spans.push({ s: ns, e, conf: 0.72 });
  }

  // B. a child cue before a name: "ananda Rafa", "Balita a.n. Muhammad Alif", "siswa Bagas"
  for (let h = 0; h < hits.childCue.length; h += 2) {
    CHILD_CUE_TAIL.lastIndex = hits.childCue[h + 1];
    if (!CHILD_CUE_TAIL.test(L)) continue;
    const p = CHILD_CUE_TAIL.lastIndex;
    const ne = nameAfter(T, p);
    if (ne < 0) continue;
    let ns = p;
    while (ns < ne && (T.charCodeAt(ns) === 32 || T.charCodeAt(ns) === 9)) ns++;
    let e = ne;
    let conf = 0.62;
    const e3 = extendSchool(L, T, extendAge(L, e));
    if (e3 > e) conf = 0.72;
    e = e3;
    spans.push({ s: ns, e, conf });
  }

  // B2. a name (with a bare age) before a pupil word: "Naufal (12), siswa SDN 2", "Yoga (17), pelajar SMK"
  for (let h = 0; h < hits.childCue.length; h += 2) {
    const cs = hits.childCue[h];
    const ce = hits.childCue[h + 1];
    if (!PUPIL_WORDS.has(L.slice(cs, ce))) continue;
    let i = cs;
    const back = () => {
      while (i > 0 && (L.charCodeAt(i - 1) === 32 || L.charCodeAt(i - 1) === 9)) i--;
    };
    back();
    if (i > 0 && L.charCodeAt(i - 1) === 44) i--;
    back();
    let age = -1;
    if (i > 0 && L.charCodeAt(i - 1) === 41) {
      const m2 = /\((\d{1,2})\)$/.exec(L.slice(Math.max(0, i - 5), i));
      if (!m2) continue;
      age = Number(m2[1]);
      i -= m2[0].length;
      back();
    }
    if (age >= 18) continue;
    const ns = nameBefore(T, i);
    if (ns < 0 || cs - ns > 50) continue;
    const school = schoolAt(L, T, ce);
    if (age < 0 && school < 0) continue; // "Budi, siswa …" with neither age nor school
    spans.push({ s: ns, e: school >= 0 ? school : ce, conf: 0.72 });
  }

  // C. a name with a school class: "Bagas, kelas 8C SMPN 4", "Nadia (kelas XI IPA 2, SMAN 3)"
  for (let h = 0; h < hits.grade.length; h += 2) {
    const gs = hits.grade[h];
    GRADE_Y.lastIndex = gs;
    m = GRADE_Y.exec(L);
    if (!m) continue;
    const gEnd = GRADE_Y.lastIndex;
    const schoolEnd = schoolAt(L, T, gEnd);
    if (!m[1] && !m[2] && schoolEnd < 0) continue; // "kelas 3" alone: BPJS class, not a pupil
    const end = schoolEnd >= 0 ? schoolEnd : gEnd;
    const ns = nameBeforeSchool(L, T, gs);
    if (ns >= 0) {
      spans.push({ s: ns, e: end, conf: 0.72 });
      continue;
    }
    // "Murid kelas 3 SDN 2 Cibinong, Rafi Ahmad, …": the name after the school
    let p = end;
    if (L.charCodeAt(p) === 44) p++;
    const ne = nameAfter(T, p);
    if (ne >= 0 && ne - end <= 40) {
      let cs = gs;
      const sw = /(?:siswa|siswi|murid|pelajar|santri)[ \t]{1,2}$/.exec(L.slice(Math.max(0, gs - 10), gs));
      if (sw) cs = gs - sw[0].length;
      spans.push({ s: cs, e: ne, conf: 0.72 });
    }
  }

  // D. a student number
  for (let h = 0; h < hits.nisn.length; h += 2) {
    let s = hits.nisn[h];
    NISN_Y.lastIndex = s;
    if (!NISN_Y.test(L)) continue;
    const e = extendSchool(L, T, NISN_Y.lastIndex);
    let back = s;
    while (back > 0 && (L.charCodeAt(back - 1) === 32 || L.charCodeAt(back - 1) === 40)) back--;
    const ns = nameBefore(T, back);
    if (ns >= 0 && s - ns < 40) s = ns;
    spans.push({ s, e, conf: ns >= 0 ? 0.72 : 0.6 });
  }

  if (!spans.length) return;
  spans.sort((a, b) => a.s - b.s);
  let cur = spans[0];
  for (let i = 1; i <= spans.length; i++) {
    const nx = spans[i];
    if (nx && nx.s <= cur.e) {
      if (nx.e > cur.e) cur.e = nx.e;
      if (nx.conf > cur.conf) cur.conf = nx.conf;
      continue;
    }
    const f = piiFinding(ctx, 'child', cur.s, cur.e, cur.conf);
    if (f) out.push(f);
    if (nx) cur = nx;
  }
}

/** "(2 th 3 bln)" right after a name */
function extendAge(L: string, e: number): number {
  const w = L.slice(e, Math.min(L.length, e + 24));
  const m = /^[ \t]{0,2}\((\d{1,2})(?:[ \t]{0,2}(?:th|thn|tahun|bln|bulan|y\.?o)(?![a-z])[^)]{0,14})?\)/.exec(w);
  if (m && !/[a-z]/.test(m[0]) && Number(m[1]) >= 18) return e; // "(34)": an adult
  return m ? e + m[0].length : e;
}

/** ", siswa kelas 1 SDN Semplak 1" after a name or an age */
function extendSchool(L: string, T: string, e: number): number {
  SCHOOL_AFTER.lastIndex = e;
  if (!SCHOOL_AFTER.test(L)) return e;
  const ge = SCHOOL_AFTER.lastIndex;
  const se = schoolAt(L, T, ge);
  return se >= 0 ? se : ge;
}

/** End of a school name starting at p ("SMPN 4 Depok", "SD Negeri Kebon Kalapa 1"), or -1. */
function schoolAt(L: string, T: string, p: number): number {
  SCHOOL_RE.lastIndex = p;
  if (!SCHOOL_RE.test(L)) return -1;
  let e = SCHOOL_RE.lastIndex;
  // up to 4 following tokens that are numbers or capitalised words
  for (let k = 0; k < 4; k++) {
    let i = e;
    if (i < T.length && T.charCodeAt(i) === 32) i++;
    else break;
    let j = i;
    const c = T.charCodeAt(i);
    const cap = c >= 65 && c <= 90;
    const dig = c >= 48 && c <= 57;
    if (!cap && !dig) break;
    while (j < T.length && j - i < 24 && isAlnum(T.charCodeAt(j))) j++;
    if (j === i) break;
    e = j;
  }
  return e;
}

/** The pupil's name before "kelas …": skips "siswa", a comma, "(", "(NISN …)" / "(7 th)". */
function nameBeforeSchool(L: string, T: string, p: number): number {
  let i = p;
  const skipSpace = () => {
    while (i > 0 && (L.charCodeAt(i - 1) === 32 || L.charCodeAt(i - 1) === 9)) i--;
  };
  skipSpace();
  let j = i;
  while (j > 0 && i - j < 8 && L.charCodeAt(j - 1) >= 97 && L.charCodeAt(j - 1) <= 122) j--;
  if (STUDENT_WORDS.has(L.slice(j, i))) {
    i = j;
    skipSpace();
  }
  if (i > 0 && L.charCodeAt(i - 1) === 40) {
    i--;
    skipSpace();
  }
  if (i > 0 && L.charCodeAt(i - 1) === 44) {
    i--;
    skipSpace();
  }
  if (i > 0 && L.charCodeAt(i - 1) === 41) {
    const from = Math.max(0, i - 33);
    const rel = L.slice(from, i - 1).lastIndexOf('(');
    if (rel >= 0) {
      i = from + rel;
      skipSpace();
    }
  }
  return nameBefore(T, i);
}

/** For tests. */
export const SENSITIVE_REGEXES: RegExp[] = [HEALTH_Y, CRIME_Y, CRIME_PREFIX, CRIME_SUFFIX, HEALTH_GENERIC_BEFORE, CHILD_CUE_TAIL, AGE_BEFORE, GRADE_Y, SCHOOL_RE, SCHOOL_AFTER, NISN_Y];

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
