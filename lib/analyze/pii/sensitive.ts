/**
 * Specific personal data (UU PDP Pasal 4 ayat 2): health, criminal record, children — flagged only
 * when tied to an identifiable person (a name with an honorific, "a.n.", "beliau", a name with an age,
 * the addressee of a reply). General education ("ODGJ berhak diobati", "skrining TBC gratis") is fine.
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { sentenceAt } from '../text/fold';
import { nameAfter, nameBefore, PersonIndex } from './person';
import { CRIME_Y, HEALTH_Y, LEXICON_REGEXES, scanLexicon } from './lexicon';

export { CRIME_ALTS, HEALTH_ALTS } from './lexicon';

export const CHILD_CUE_WORDS = [
  'ananda', 'balita', 'bayi', 'siswa', 'siswi', 'murid', 'pelajar', 'santri', 'putra', 'putri', 'bocah', 'anak', 'adik', 'adek', 'dek', 'cucu',
  'son', 'daughter', 'grandson', 'granddaughter', 'student', 'pupil',
];
const PUPIL_WORDS = new Set(['siswa', 'siswi', 'murid', 'pelajar', 'santri', 'bocah', 'balita', 'bayi', 'student', 'pupil']);
/** a child of the writer or of someone named: the age next to it points at one minor */
const CHILD_KIN_BEFORE =
  /(?<![a-z])(?:(?:anak|putra|putri|cucu|keponakan|adik|adek)(?:nya|ku|[ ](?:saya|sy|kami|aku|gue|gw|kita|beliau|bapak|ibu|pak|bu))|(?:my|our|his|her|their)[ ](?:son|daughter|child|kid|grandson|granddaughter|nephew|niece)(?:'s)?)(?![a-z])/;
/** a sentence about a minor: a child word, a school, a class */
const CHILD_CONTEXT =
  /(?<![a-z])(?:anak|anaknya|putra|putri|putraku|putriku|cucu|adik|adek|balita|bayi|bocah|siswa|siswi|murid|pelajar|santri|sekolah|kelas|paud|tk|sd|sdn|smp|smpn|mi|mts|pesantren|yatim|dibully|perundungan|son|daughter|student|pupil|school|kid|child|boy|girl|grandson|granddaughter|bullied)(?![a-z])/;
const BARE_AGE = /\((\d{1,2})\)|,[ \t]{0,2}(\d{1,2})[ \t]{0,2}[,)]/g;
/** the word before "kelas" names an institution of that class ("Lapas Kelas IIA", "Bandara Kelas I") */
const CLASS_INSTITUTION =
  /(?<![a-z])(?:lapas|rutan|lpka|bapas|bandara|pelabuhan|pengadilan|negeri|agama|imigrasi|kantor|kpp|pratama|madya|rumah sakit|rs|rsu|rsud|rumkit|puskesmas|samsat|balai|stasiun|terminal|kejaksaan|kejari|polres|kamar|ruang|rawat|inap|bpjs|jkn|iuran|perawatan|hotel|jalan|kereta|pesawat|ekonomi|bisnis|eksekutif|utama|ruko|tipe|type)[ \t]{1,2}$/;
/** the same, with up to three capitalised words between: "Pengadilan Negeri Baruwangi Kelas IB" */
const CLASS_INSTITUTION_NAMED =
  /(?:^|[^A-Za-z])(?:[Ll]apas|[Rr]utan|LPKA|[Bb]apas|[Bb]andara|[Pp]elabuhan|[Pp]engadilan|[Ii]migrasi|[Kk]antor|KPP|[Rr]umah [Ss]akit|RSU?D?|[Pp]uskesmas|[Ss]amsat|[Bb]alai|[Ss]tasiun|[Tt]erminal|[Kk]ejaksaan|[Kk]ejari|[Pp]olres)(?:[ \t]{1,2}[A-Z][A-Za-z]*){1,3}[ \t]{1,2}$/;
/** "Putra-Putri Maluku Tenggara", "putra dan putri daerah", "putra daerah": the young people of a region, a group */
const PUTRA_PUTRI = String.raw`putra(?:[ ]?[-/][ ]?|[ ]dan[ ]|[ ])putri|putra[ ]daerah|putri[ ]daerah`;
const PAIRED_CHILD_WORDS = new RegExp(String.raw`(?<![a-z])(?:${PUTRA_PUTRI})(?![a-z])`);
/** child words that also name a group or a programme ("Forum Anak", "Pelajar Rp2.000", "Anak Tata Boga") */
const GROUP_CHILD_WORDS = new Set(['anak', 'pelajar', 'siswa', 'siswi', 'murid', 'santri', 'remaja', 'student', 'students', 'kids', 'child', 'children']);
const CHILD_CUE_TAIL =
  /(?:[ \t]{1,2}(?:a\.[ ]?n\.|an\.|atas nama|bernama|berinisial|inisial|kami|saya|sy|aku|kandung|ibu|bapak|bu|pak|angkat|asuh|berprestasi|teladan|yatim|piatu|bungsu|sulung|pertama|kedua|ketiga|penerima|peraih|juara|korban|kelas[ \t]{1,2}(?:\d{1,2}|[ivx]{1,4})[a-z]?)){0,3}[ \t]{1,2}/y;
export const AGE_UNIT_WORDS = ['th', 'thn', 'tahun', 'bln', 'bulan', 'yo', 'years', 'year', 'yrs', 'yr'];
const AGE_BEFORE = /(?:\(|,[ \t]{0,2}|(?<![a-z])(?:usia|umur|berusia|berumur|(?:baru|masih|kini|sekarang|yang)(?:[ \t]{1,2}(?:berusia|berumur|usia|umur))?)(?:[ \t]{1,2}|[ \t]{0,2}:[ \t]{0,2}))(\d{1,2})[ \t]{0,2}$/;
/** "baru 7 tahun" is an age only in a sentence about a child ("sudah 7 tahun menjabat" is a duration) */
const WEAK_AGE = /^(?:baru|masih|kini|sekarang|yang)[ \t]/;
const AGE_BEFORE_EN = /(?:\(|,[ \t]{0,2}|(?<![a-z])(?:is|was|aged|age|turns|turned|just)[ \t]{1,2}|[ \t])(\d{1,2})[ \t-]{1,2}$/;
export const GRADE_WORDS = ['kelas', 'kls', 'kelompok', 'grade'];
const GRADE_Y =
  /(?:kelompok[ \t]{1,2}([ab])(?![a-z0-9])|(?:kelas|kls|grade)\.?[ \t]{0,2}(?:\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:[ \t]?([a-z])(?![a-z])\d?)?(?:[ \t]{1,2}(ipa|ips|bahasa|agama)(?:[ \t]{0,2}\d)?)?(?![a-z0-9]))/y;
const SCHOOL_RE =
  /[ \t]{0,2}(?:,[ \t]{0,2})?(?:(?:di|at|in)[ \t]{1,2})?(?:sdn|sd|smpn|smp|sman|sma|smkn|smk|mi|min|mis|mts|mtsn|man|ma|slb|tk|paud|ra|sekolah|pondok pesantren|ponpes|kindergarten|elementary school|primary school|junior high(?: school)?|senior high(?: school)?)(?![a-z])/y;
const SCHOOL_AFTER =
  /[ \t]{0,4}(?:\)[ \t]{0,2})?(?:,[ \t]{0,2})?(?:(?:siswa|siswi|murid|pelajar|santri)[ \t]{1,2})?(?:kelas|kls)\.?[ \t]{0,2}(?:\d{1,2}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:[ \t]?[a-z](?![a-z])\d?)?(?:[ \t]{1,2}(?:ipa|ips|bahasa|agama)(?:[ \t]{0,2}\d)?)?(?![a-z0-9])/y;
const NISN_Y = /nisn[ \t:.]{0,3}\d{10}(?![0-9])/y;
const STUDENT_WORDS = new Set(['siswa', 'siswi', 'murid', 'pelajar', 'santri']);
/** kin words that do not by themselves make the person a minor ("adik saya Yudi", "cucu saya Ryan") */
const MAYBE_ADULT = new Set(['adik', 'adek', 'dek', 'cucu']);
/** the writer's child named between commas: "anak (kedua) saya, Salma," */
const APPOSITION_Y = /(?:[ \t]{1,2}(?:pertama|kedua|ketiga|bungsu|sulung|perempuan|laki-laki|balita))?[ \t]{1,2}(?:kami|saya|sy|aku)[ \t]{0,2},[ \t]{0,2}/y;
/** "bernama", "atas nama", "a.n." before a name */
const NAMED_Y = /[ \t]{1,2}(?:yang[ \t]{1,2})?(?:bernama|atas nama|a\.[ ]?n\.|berinisial)[ \t]{1,2}/y;
const DOTTED_INITIALS_Y = /[ \t]{0,2}(?:[A-Z]\.){2,4}(?![A-Za-z])/y;

/** End of dotted initials ("D.P.", "Y.A.P.") starting at p, or -1. */
function dottedInitialsAfter(T: string, p: number): number {
  DOTTED_INITIALS_Y.lastIndex = p;
  return DOTTED_INITIALS_Y.test(T) ? DOTTED_INITIALS_Y.lastIndex : -1;
}

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
  if (hits.childCue.length || hits.ageUnit.length || hits.grade.length || hits.nisn.length || CHILD_CONTEXT.test(ctx.lower)) scanChildren(ctx, out, hits);
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

  // A. a name with a child's age: "Raka Aditya (7 th)", "Alif, 3 tahun", "Maya, 10 years old";
  //    or an age beside "anak saya" / "my son" (with initials or no name): "anak saya DN, 4 tahun"
  for (let h = 0; h < hits.ageUnit.length; h += 2) {
    const us = hits.ageUnit[h];
    let ue = hits.ageUnit[h + 1];
    const unit = L.slice(us, ue);
    const english = unit.charCodeAt(0) === 121; // years / year / yrs / yr
    if (english) {
      const old = /^[ \t-]{1,2}old(?![a-z])/.exec(L.slice(ue, ue + 6));
      if (old) ue += old[0].length;
      else if (!/(?<![a-z])aged?[ \t]{1,2}\d{1,2}[ \t-]{1,2}$/.test(L.slice(Math.max(0, us - 12), us))) continue;
    }
    m = (english ? AGE_BEFORE_EN : AGE_BEFORE).exec(L.slice(Math.max(0, us - 16), us));
    if (!m) continue;
    const at = us - m[0].length;
    const age = Number(m[1]);
    const months = unit === 'bln' || unit === 'bulan';
    if (!months && age >= 18) continue;
    if (months && age > 36) continue;
    if (WEAK_AGE.test(m[0]) && !(CHILD_KIN_BEFORE.test(L.slice(Math.max(0, at - 120), at)) || CHILD_CONTEXT.test(L.slice(Math.max(0, at - 80), at)))) continue;
    let ns = nameBefore(T, at);
    // "Aurel Putri, usia 10 tahun": the name before a comma
    if (ns < 0 && L.charCodeAt(at) !== 44) {
      let q = at;
      while (q > 0 && (T.charCodeAt(q - 1) === 32 || T.charCodeAt(q - 1) === 9)) q--;
      if (q > 0 && T.charCodeAt(q - 1) === 44) ns = nameBefore(T, q - 1);
    }
    if (ns < 0) {
      const ini = /(?<![A-Za-z])[A-Z]{2,3}[ \t]{0,2}$/.exec(T.slice(Math.max(0, at - 6), at));
      // the writer's child, named by initials or not at all ("He is 12 years old" after "my son")
      const kinAfter = /^[ \t]{1,2}(?:son|daughter|boy|girl|child|kid|grandson|granddaughter)(?![a-z])/.test(L.slice(ue, ue + 16));
      if (!kinAfter && !CHILD_KIN_BEFORE.test(L.slice(Math.max(0, at - 120), at))) continue;
      ns = ini ? at - ini[0].length : at + m[0].indexOf(m[1]);
    }
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
    if (PAIRED_CHILD_WORDS.test(L.slice(Math.max(0, hits.childCue[h] - 10), hits.childCue[h + 1] + 12))) continue;
    CHILD_CUE_TAIL.lastIndex = hits.childCue[h + 1];
    let p = -1;
    let ne = -1;
    let viaSchool = false;
    if (CHILD_CUE_TAIL.test(L)) {
      p = CHILD_CUE_TAIL.lastIndex;
      ne = nameAfter(T, p);
      if (ne < 0) ne = dottedInitialsAfter(T, p); // "ananda D.P. kelas 5A", "murid kami Y.A.P. (15)"
    }
    if (ne < 0) {
      // "Anak kedua saya, Salma, yang …", "Anak saya, Rara, baru …": a name set off by commas after the kin word
      APPOSITION_Y.lastIndex = hits.childCue[h + 1];
      const ap = APPOSITION_Y.exec(L);
      if (ap) {
        const q = ap.index + ap[0].length;
        const e2 = nameAfter(T, q);
        if (e2 > 0 && /^[ \t]{0,2}[,(]/.test(T.slice(e2, e2 + 3))) {
          p = q;
          ne = e2;
        }
      }
    }
    if (ne < 0) {
      // "Pelajar SMP bernama Andi Saputra": the school between the pupil word and the name
      const se = PUPIL_WORDS.has(L.slice(hits.childCue[h], hits.childCue[h + 1])) ? schoolAt(L, T, hits.childCue[h + 1]) : -1;
      if (se > 0) {
        NAMED_Y.lastIndex = se;
        if (NAMED_Y.test(L)) {
          p = NAMED_Y.lastIndex;
          ne = nameAfter(T, p);
          viaSchool = ne > 0;
        }
      }
    }
    if (ne < 0) continue;
    let ns = p;
    while (ns < ne && (T.charCodeAt(ns) === 32 || T.charCodeAt(ns) === 9)) ns++;
    let e = ne;
    // a group word and a capitalised word alone ("Forum Anak Terbaik", "Pelajar Provinsi") is a quiet note;
    // a word for one particular child ("ananda Rafa", "anak kami bernama …") or an age or a school beside the
    // name makes the child identifiable (issue 19: name + age, class, school)
    const cue = L.slice(hits.childCue[h], hits.childCue[h + 1]);
    const particular = p - hits.childCue[h + 1] > 2 || !GROUP_CHILD_WORDS.has(cue);
    // a sibling, grandchild or "dek" may be grown up: without an age, a class or a school it is a quiet note
    let conf = viaSchool ? 0.72 : particular && !MAYBE_ADULT.has(cue) ? 0.62 : 0.45;
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
    // "…, a student at", "…, seorang siswi"
    const art = /(?<![a-z])(?:a|an|seorang)$/.exec(L.slice(Math.max(0, i - 8), i));
    if (art) {
      i -= art[0].length;
      back();
    }
    if (i > 0 && L.charCodeAt(i - 1) === 44) i--;
    back();
    let age = -1;
    if (i > 0 && L.charCodeAt(i - 1) === 41) {
      const m2 = /\((\d{1,2})\)$/.exec(L.slice(Math.max(0, i - 5), i));
      if (!m2) continue;
      age = Number(m2[1]);
      i -= m2[0].length;
      back();
    } else {
      // a bare age between commas: "Aisha, 14, a student at …"
      const m2 = /,[ \t]{0,2}(\d{1,2})$/.exec(L.slice(Math.max(0, i - 6), i));
      if (m2 && !/[0-9.]/.test(L.charAt(i - m2[0].length - 1))) {
        age = Number(m2[1]);
        i -= m2[0].length;
        back();
      }
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
    if (!m[1] && !m[2] && !m[3] && schoolEnd < 0) continue; // "kelas 3" alone: BPJS class, not a pupil
    if (CLASS_INSTITUTION.test(L.slice(Math.max(0, gs - 14), gs))) continue; // "Lapas Kelas IIA", "Bandara Kelas I"
    if (CLASS_INSTITUTION_NAMED.test(T.slice(Math.max(0, gs - 48), gs))) continue; // "Pengadilan Negeri Baruwangi Kelas IB"
    const end = schoolEnd >= 0 ? schoolEnd : gEnd;
    const ns = nameBeforeSchool(L, T, gs);
    if (ns >= 0) {
      spans.push({ s: ns, e: end, conf: 0.72 });
      continue;
    }
    // "Murid kelas 3 SDN 2 Cibinong, Rafi Ahmad, …" / "Siswi kelas XII SMAN 1 bernama Nabila": the name after the school
    let p = end;
    if (L.charCodeAt(p) === 44) p++;
    NAMED_Y.lastIndex = p;
    if (NAMED_Y.test(L)) p = NAMED_Y.lastIndex;
    const ne = nameAfter(T, p);
    if (ne >= 0 && ne - end <= 40) {
      let cs = gs;
      const sw = /(?:siswa|siswi|murid|pelajar|santri)[ \t]{1,2}$/.exec(L.slice(Math.max(0, gs - 10), gs));
      if (sw) cs = gs - sw[0].length;
      spans.push({ s: cs, e: ne, conf: 0.72 });
      continue;
    }
    // "anak saya kelas 5 SDN 3 Lembang": the writer's child by class and school, no name needed
    if (schoolEnd >= 0 && CHILD_KIN_BEFORE.test(L.slice(Math.max(0, gs - 50), gs))) spans.push({ s: gs, e: end, conf: 0.68 });
  }

  // E. a capitalised name or initials with a minor's bare age, "Dimas (11)", "RA (14)", "Rafi, 9,", in a
  //    sentence about a child (a child word, a school, a class): "Pasal 5 (2)" and "Bogor (12)" are not.
  if (hits.childCue.length || hits.grade.length || CHILD_CONTEXT.test(L)) {
    BARE_AGE.lastIndex = 0;
    while ((m = BARE_AGE.exec(T)) !== null) {
      const age = Number(m[1] ?? m[2]);
      if (age < 1 || age >= 18) continue;
      const at = m.index;
      let ns = nameBefore(T, at);
      if (ns < 0) {
        const ini = /(?<![A-Za-z])[A-Z]{2,3}[ \t]{0,2}$/.exec(T.slice(Math.max(0, at - 6), at));
        if (!ini) continue;
        ns = at - ini[0].length;
      }
      // a tally "Cianjur (12), Garut (9)": a list of counts, not one person's age
      const after = T.slice(at + m[0].length, at + m[0].length + 40);
      if (/^[ \t]{0,2},?[ \t]{0,2}(?:dan[ \t]{1,2})?[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20})?[ \t]{0,2}\(\d/.test(after)) continue;
      if (/\(\d{1,4}\)[ \t]{0,2},?[ \t]{0,2}(?:dan[ \t]{1,2})?$/.test(T.slice(Math.max(0, ns - 12), ns))) continue;
      const sen = sentenceAt(ctx.sentences, at);
      const from = sen ? sen.start : Math.max(0, at - 120);
      const to = sen ? sen.end : Math.min(L.length, at + 120);
      if (!CHILD_CONTEXT.test(L.slice(from, to))) continue;
      spans.push({ s: ns, e: at + m[0].length - (m[2] ? 1 : 0), conf: 0.7 });
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
  if (STUDENT_WORDS.has(L.slice(j, i)) || ((L.slice(j, i) === 'yang' || L.slice(j, i) === 'yg') && T.charCodeAt(j) >= 97)) {
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
export const SENSITIVE_REGEXES: RegExp[] = [CHILD_CONTEXT, BARE_AGE, CHILD_KIN_BEFORE, CLASS_INSTITUTION, AGE_BEFORE_EN, ...LEXICON_REGEXES, CHILD_CUE_TAIL, AGE_BEFORE, GRADE_Y, SCHOOL_RE, SCHOOL_AFTER, NISN_Y, DOTTED_INITIALS_Y, APPOSITION_Y, NAMED_Y];

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
