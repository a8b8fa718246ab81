/**
 * Health and criminal-record data (UU PDP Pasal 4 ayat 2): a lexicon of diagnoses, test results,
 * treatments and conditions, and of convictions, arrests and wanted notices, flagged only when tied to
 * an identifiable person (see person.ts). Split from sensitive.ts (children stay there).
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { PersonIndex } from './person';

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
export const HEALTH_Y = new RegExp(`(?:${HEALTH_ALTS.join('|')})(?![a-z])`, 'y');

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
export const CRIME_Y = new RegExp(`(?:${CRIME_ALTS.join('|')})(?![a-z])`, 'y');
const CRIME_PREFIX = /(?<![a-z])(?:(?:masih|sudah|pernah|kini|sekarang|yang|telah)[ ]{1,3})?(?:berstatus|status|sebagai|ditetapkan sebagai|ditetapkan|menjadi)[ ]{1,3}$/;
const CRIME_SUFFIX = /^[ ]{1,3}(?:(?:kasus|perkara)[ ]{1,3}[a-z]{1,20}|percobaan|terorisme|narkoba|korupsi|pencurian|pencabulan|pembunuhan|penipuan|penganiayaan)(?![a-z])/;
/** Generic phrases that contain a health word but name a group, not a person. */
const HEALTH_GENERIC_BEFORE = /(?<![a-z])(?:ibu|ibu-ibu|bumil|wanita|perempuan|para|kelas|posyandu|layanan|program|pencegahan|penanganan|skrining|screening|vaksin|imunisasi|obat|hari|bulan|pekan|kasus|angka|data|penyakit)[ ]$/;

const INITIALS_NEAR = /(?<![a-z])(?:berinisial|inisial|initials?)(?![a-z])/;

export function scanLexicon(ctx: RuleContext, out: RawFinding[], persons: PersonIndex, re: RegExp, hits: number[], kind: 'health' | 'criminal'): void {
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


/** For tests (linear-time checks). */
export const LEXICON_REGEXES: RegExp[] = [HEALTH_Y, CRIME_Y, CRIME_PREFIX, CRIME_SUFFIX, HEALTH_GENERIC_BEFORE, INITIALS_NEAR];
