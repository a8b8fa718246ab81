/**
 * Health and criminal-record data (UU PDP Pasal 4 ayat 2): a lexicon of diagnoses, test results,
 * treatments and conditions, and of convictions, arrests and wanted notices, flagged only when tied to
 * an identifiable person (see person.ts). Split from sensitive.ts (children stay there).
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { sentenceAt } from '../text/fold';
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
  'diagnosed with(?: [a-z]{2,20})?', 'tested positive(?: for(?: [a-z]{2,20})?)?', 'broke (?:his|her|my|their) (?:leg|arm|hip|spine|back|neck|ribs?|wrist|ankle|jaw|skull)', 'depression', 'cancer', 'schizophrenia', 'dementia',
  'heart (?:operation|surgery|disease|failure|attack)',
  'positive for (?:hiv|tb|tuberculosis|hepatitis(?: [abc])?|drugs|methamphetamine|amphetamines?|cannabis|marijuana|syphilis|covid(?:-19)?)', 'hiv positive', 'hiv\\+',
  'stage (?:[1-4]|iv|iii|ii|i)(?: [a-z]{2,20}){0,2} cancer',
  'leukaemia', 'lymphoma', 'tuberculosis', 'diabetic', 'diabetes', 'hypertension', 'epilepsy', 'epileptic', 'autism', 'autistic', 'bipolar disorder',
  'ptsd', 'psychosis', 'psychotic', 'mental illness', 'mental disorder', 'chemotherapy', 'chemo', 'radiotherapy', 'miscarriage', 'a stroke',
  'fractured(?: [a-z]{2,12})?', 'fracture', 'positive drug test', 'failed (?:a|the|his|her|my) drug test', 'drug test (?:came back )?positive',
  'retak tulang', 'tulang retak', 'patah (?:kaki|tangan|lengan|leher|pinggul|rusuk)', 'kaki patah', 'tangan patah', 'lengan patah', 'broken (?:leg|arm|hip|spine|back|neck|ribs?|wrist|ankle|jaw|skull)', 'in a coma', 'comatose', 'amputated', 'amputee',
  'hiv reactive', 'drug test', 'rehab', 'in rehab', 'addicted to(?: [a-z]{2,20})?', 'addiction', 'alzheimer\'s', 'parkinson\'s', 'cerebral palsy',
  'down syndrome', 'blind', 'deaf', 'paraplegic', 'quadriplegic', 'terminally ill', 'terminal illness',
  'fraktur(?: [a-z]{2,20})?', 'karsinoma(?: [a-z]{2,20})?', 'carcinoma', 'limfoma', 'ca (?:mammae|serviks|cervix|paru|kolon|recti|nasofaring|prostat)', 'kanker',
  'stadium (?:[1-4]|iv|iii|ii|i)', 'positif (?:sifilis|gonore|malaria|dbd|difteri|campak|rabies|kanker|ganja|amfetamin|metamfetamin|morfin|hamil|corona|flu burung)',
  'tes (?:urine|urin|narkoba) positif', 'urine positif', 'hasil (?:tes|swab|pcr|rapid) (?:positif|reaktif)', 'gegar otak', 'cedera (?:otak|kepala|tulang belakang)',
  'luka bakar(?: [a-z]{2,12})?', 'asma', 'ginjal kronis', 'gagal ginjal kronis', 'ppok', 'skizoafektif', 'gangguan (?:kecemasan|bipolar|ginjal|saraf)',
  'kejang-kejang', 'kejang', 'koma', 'kemo', 'radioterapi', 'cuci darah rutin',
  'buta', 'tuli', 'bisu', 'sakit keras', 'sakit parah', 'penyakit (?:jantung|ginjal|paru|kulit|kelamin|menular seksual|langka|kronis)',
  // care and treatment tied to a person (#19): in-patient stays, surgery, imaging, everyday names of conditions
  'rawat inap', 'dirawat inap', 'opname', 'diopname', 'dirawat di (?:icu|hcu|nicu|picu|rsj|ruang isolasi)', 'masuk (?:icu|hcu|nicu|igd)',
  'operasi (?:usus buntu|jantung|caesar|sesar|tumor|kanker|katarak|mata|ginjal|otak|tulang|kista|hernia|amandel|bypass|pengangkatan(?: [a-z]{2,20})?|tulang belakang)',
  'usus buntu', 'apendisitis', 'tifus', 'tipes', 'tifoid', 'hasil rontgen', 'flek paru(?:-paru)?', 'pikun', 'hernia', 'vertigo', 'asam urat', 'kolesterol tinggi',
  'kencing manis', 'sakit gula', 'gula darah(?: tinggi)?', 'sakit (?:jantung|ginjal|kuning|paru|liver|lever)', 'gizi kurang', 'kurang gizi', 'busung lapar',
  'cacat (?:fisik|mental|permanen|sejak lahir)', 'struk', 'diamputasi', 'isolasi mandiri', 'isoman', 'cacar(?: air| monyet)?', 'tbc tulang',
  'percobaan bunuh diri', 'mencoba bunuh diri', 'baby blues', 'depresi pasca(?:-| )?melahirkan', 'gangguan (?:tumbuh kembang|perkembangan|bicara|jiwa berat)',
  'speech delay', 'adhd', 'hospitali[sz]ed', 'in (?:the )?icu', 'in intensive care', 'admitted to (?:the )?(?:hospital|icu|er)', 'underwent (?:surgery|an operation|chemo(?:therapy)?|dialysis)',
  'appendicitis', 'typhoid', 'dengue(?: fever)?', 'asthma', 'tumou?r', 'on dialysis', 'suicide attempt', 'attempted suicide', 'pneumonia', 'malaria', 'hepatitis(?: [abc])?',
  'hasil swab(?: pcr| antigen)? (?:positif|reaktif)', 'swab(?: pcr| antigen)? positif', 'pcr positif', 'hba1c(?: \\d{1,2}(?:[.,]\\d)?%?)?', 'kolesterol(?: \\d{2,3})?',
  'ketergantungan(?: (?:obat|narkoba|alkohol|zat)(?: [a-z]{2,20})?)?', 'direhab', 'melahirkan (?:secara )?(?:caesar|sesar)', 'infeksi(?: [a-z]{2,20})?',
  'traumatic brain injury', 'brain injury', 'head injury', 'spinal(?: cord)? injury', 'cedera (?:berat|parah)',
  'positif (?:menggunakan|memakai|mengonsumsi|mengkonsumsi) (?:sabu|narkoba|ganja|narkotika|obat terlarang)', 'diagnosa(?: [a-z]{2,20})?', 'diagnosis(?: [a-z]{2,20})?',
  'gula darah(?:nya)?(?: \\d{2,3})?', 'tekanan darah(?:nya)?(?: \\d{2,3}\\/\\d{2,3})?', 'pendarahan(?: hebat)?', 'perdarahan(?: hebat)?', 'polio',
  'pengguna kursi roda', 'memakai kursi roda', 'berkursi roda', 'alergi(?: [a-z]{2,20})?', 'anemia', 'trombosit(?:nya)?(?: \\d{1,3}(?: ribu)?)?',
  'pengidap(?: [a-z]{2,20})?', 'mengidap(?: [a-z]{2,20})?', 'didiagnosis(?: [a-z]{2,20})?', 'didiagnosa(?: [a-z]{2,20})?', 'idap(?: [a-z]{2,20})?', 'kidney failure', 'dialysis', 'hiv-positive', 'pregnant', 'disabled', 'paralysed', 'paralyzed',
];
export const HEALTH_Y = new RegExp(`(?:${HEALTH_ALTS.join('|')})(?![a-z])`, 'y');

export const CRIME_ALTS = [
  'mantan (?:napi|narapidana|napiter|tahanan|terpidana)', 'eks[ -](?:napi|narapidana|napiter|tahanan|terpidana)', 'bekas (?:napi|narapidana)',
  'napi', 'narapidana', 'napiter', 'residivis', 'tersangka', 'terdakwa', 'terpidana', 'terhukum', 'dpo', 'buronan', 'buron', 'daftar pencarian orang',
  'ditahan (?:di|oleh) (?:polres|polsek|polda|polresta|rutan|lapas|kejaksaan|kejari|kpk)', 'mendekam di (?:penjara|lapas|rutan|bui)', 'dipenjara',
  'dibui', 'divonis(?: (?:bersalah|penjara|\\d{1,2} (?:tahun|bulan)))?', 'dijatuhi (?:hukuman|vonis|pidana)(?! (?:disiplin|penurunan|teguran|administratif|pemberhentian|pembebasan dari jabatan))', 'dihukum(?: penjara)?', 'dipidana',
  'pernah dipidana', 'catatan (?:kriminal|kejahatan)', 'bebas bersyarat', 'pembebasan bersyarat', 'ditangkap', 'diringkus', 'dibekuk',
  'terjerat kasus(?: [a-z]{2,20})?', 'terlibat kasus(?: [a-z]{2,20})?',
  'pelaku (?:pencurian|pembunuhan|pemerkosaan|pencabulan|penganiayaan|penipuan|korupsi|begal|curanmor|kekerasan|pelecehan)',
  'pengedar (?:narkoba|sabu|narkotika)', 'pemakai (?:narkoba|sabu|narkotika)', 'bandar (?:narkoba|sabu|narkotika)', 'kurir (?:narkoba|sabu|narkotika)',
  'koruptor', 'tahanan (?:rutan|lapas|polres|polresta|polsek|polda|kejaksaan|kejari|kpk)', 'warga binaan(?: pemasyarakatan)?', 'wbp',
  'terlibat tawuran', 'pelaku tawuran', 'terjaring (?:ott|operasi tangkap tangan|razia narkoba)', 'was jailed(?: for [a-z]{2,20})?',
  'jailed for(?: [a-z]{2,20})?', 'sentenced to(?: [a-z0-9]{1,12} (?:years?|months?))?', 'served (?:time|a (?:prison )?sentence|[a-z0-9]{1,6} (?:years?|months?) in (?:prison|jail))',
  'ex-convict', 'convicted (?:thief|murderer|rapist|fraudster|drug dealer|felon)', 'criminal record', 'charged with(?: [a-z]{2,20})?', 'on parole', 'paroled',
  'released from (?:prison|jail)', 'wanted (?:by (?:the )?police|for (?:murder|robbery|theft|fraud|rape))', 'fugitive', 'drug dealer', 'in prison for(?: [a-z]{2,20})?',
  'pernah (?:dipenjara|ditahan|masuk (?:penjara|bui|lapas|rutan)|mendekam)', 'keluar masuk (?:penjara|bui|lapas)', 'bebas dari (?:penjara|lapas|rutan|bui)',
  'baru keluar (?:dari )?(?:penjara|lapas|rutan|bui)', 'keluar (?:dari )?(?:penjara|lapas|rutan|bui)', 'eks[ -]?(?:residivis|koruptor)', 'mantan (?:residivis|koruptor|tahanan politik|tapol|bandar narkoba)',
  'menjalani (?:hukuman|masa tahanan|vonis|masa pidana)', 'tahanan kota', 'tahanan rumah', 'wajib lapor', 'convicted of(?: [a-z]{2,20})?(?: in \\d{4})?', 'ex-prisoner', 'former (?:inmate|prisoner|convict)', 'arrested for(?: [a-z]{2,20})?', 'arrested', 'detained (?:by|at|for|in)', 'in (?:police )?custody', 'found guilty(?: of(?: [a-z]{2,20})?)?',
  'pleaded guilty(?: to(?: [a-z]{2,20})?)?', 'imprisoned', 'behind bars', 'indicted(?: for(?: [a-z]{2,20})?)?', 'convicted',
  'ditahan (?:kejaksaan|kejari|kejati|polisi|polres|polresta|polsek|polda|kpk|jaksa|penyidik|bnn)', 'ditahan (?:atas|karena|sejak) (?:dugaan|kasus|perkara)',
  'tertangkap (?:tangan|basah|mencuri|mencopet|membawa (?:sabu|narkoba|ganja))', 'digerebek', 'terciduk', 'diciduk', 'dicokok',
  'dijebloskan (?:ke )?(?:penjara|sel|tahanan|lapas|rutan|bui)', 'masuk (?:penjara|bui)', 'terbukti bersalah', 'dinyatakan bersalah', 'dipolisikan',
  'mantan (?:terpidana|narapidana) kasus(?: [a-z]{2,20})?',
  'dilaporkan ke (?:polisi|polres|polresta|polsek|polda|kpk|kejaksaan|kejari)(?: (?:atas dugaan|karena|terkait)(?: [a-z]{2,20})?)?',
  'dipecat (?:dengan )?tidak (?:dengan )?hormat', 'diberhentikan (?:dengan )?tidak (?:dengan )?hormat', 'terbukti (?:memeras|korupsi|mencuri|menipu|menggelapkan|melakukan (?:korupsi|pencurian|penipuan|pencabulan|penganiayaan|pemerasan|pungli))',
  'dijerat (?:pasal|uu|undang-undang)', 'resmi ditahan', 'ditahan (?:karena|atas|dan dijerat)', 'diamankan (?:dalam keadaan|karena|saat|ketika|setelah|atas)',
  'former (?:[a-z]{2,12} )?(?:convict|inmate|prisoner)', 'convict', 'ex-con',  'pernah terlibat kasus(?: [a-z]{2,20})?', 'diamankan (?:polisi|petugas|aparat|polsek|polres|polresta|satpol pp)',
];
export const CRIME_Y = new RegExp(`(?:${CRIME_ALTS.join('|')})(?![a-z])`, 'y');
const CRIME_PREFIX = /(?<![a-z])(?:(?:masih|sudah|pernah|kini|sekarang|yang|telah)[ ]{1,3})?(?:berstatus|status|sebagai|ditetapkan sebagai|ditetapkan|menjadi)[ ]{1,3}$/;
const CRIME_SUFFIX = /^[ ]{1,3}(?:(?:kasus|perkara)[ ]{1,3}[a-z]{1,20}|percobaan|terorisme|narkoba|korupsi|pencurian|pencabulan|pembunuhan|penipuan|penganiayaan)(?![a-z])/;
/** Generic phrases that contain a health word but name a group, not a person. */
const HEALTH_GENERIC_BEFORE = /(?<![a-z])(?:ibu|ibu-ibu|bumil|wanita|perempuan|para|kelas|posyandu|layanan|program|pencegahan|penanganan|skrining|screening|vaksin|imunisasi|obat|hari|bulan|pekan|kasus|angka|data|penyakit)[ ]$/;

/** "pemindahan 24 narapidana", "para tahanan": a count of prisoners is a group (suspects stay: "2 tersangka, Budi dan Andi") */
const CRIME_GROUP = /(?<![a-z0-9])(?:[0-9]{1,6}|para|puluhan|ratusan|ribuan|seluruh|semua|sejumlah|beberapa)[ ](?:napi|narapidana|tahanan|terpidana|warga binaan)(?![a-z])/y;

/** "Puskesmas Rawat Inap Batu Gajah", "jam besuk pasien rawat inap": a kind of ward or facility */
const WARD_BEFORE = /(?<![a-z])(?:puskesmas|rs|rsud|rsu|klinik|ruang|ruangan|kamar|unit|instalasi|bangsal|layanan|pasien|pelayanan|fasilitas)[ ]$/;
/** real initials after the word ("berinisial MH", "inisial D.P."), not a full name ("berinisial Budi Santoso") */
const INITIALS_NEAR = /(?<![A-Za-z])(?:[Bb]erinisial|[Ii]nisial|[Ii]nitials?)[ :]{1,3}(?:[A-Z]\.?[ ]?){1,4}(?![a-z])/;

export function scanLexicon(ctx: RuleContext, out: RawFinding[], persons: PersonIndex, re: RegExp, hits: number[], kind: 'health' | 'criminal'): void {
  const L = ctx.lower;
  let curS = -1;
  let curE = -1;
  let firstE = -1; // end of the first term of a merged run, start of the last one
  let lastS = -1;
  const flush = () => {
    if (curS < 0) return;
    // "tersangka berinisial AS (34)": initials are the correct practice, not a leak
    if ((persons.near(curS) || tiedByName(ctx, curS, firstE, kind) || (lastS > curS && tiedByName(ctx, lastS, curE, kind))) && !(kind === 'criminal' && INITIALS_NEAR.test(ctx.text.slice(initialsFrom(ctx, curS), Math.min(L.length, curE + 30))))) {
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
    if (kind === 'health' && (HEALTH_GENERIC_BEFORE.test(L.slice(Math.max(0, s - 12), s)) || (L.startsWith('rawat inap', s) && WARD_BEFORE.test(L.slice(Math.max(0, s - 14), s))))) {
      skipEnd = e; // "pencegahan HIV/AIDS": the whole phrase is generic
      continue;
    }
    if (kind === 'criminal') {
      CRIME_GROUP.lastIndex = Math.max(0, L.lastIndexOf(' ', s - 2) + 1);
      if (CRIME_GROUP.test(L) && CRIME_GROUP.lastIndex > s) {
        skipEnd = e;
        continue;
      }
      const pre = CRIME_PREFIX.exec(L.slice(Math.max(0, s - 40), s));
      if (pre) s -= pre[0].length;
      const suf = CRIME_SUFFIX.exec(L.slice(e, Math.min(L.length, e + 30)));
      if (suf) e += suf[0].length;
    }
    // merge terms of one sentence that sit close together ("ODGJ dan sempat dipasung")
    if (curS >= 0 && s - curE <= 40 && sameSentence(ctx, curE - 1, s)) {
      if (e > curE) curE = e;
      lastS = s;
      continue;
    }
    flush();
    curS = lastS = s;
    curE = firstE = e;
  }
  flush();
}

/** words between a full name and the term: "Budi Hartono, was convicted of", "Rina Wati yang positif" */
const FILLER = new Set([
  'he', 'she', 'who', 'was', 'is', 'has', 'had', 'been', 'being', 'a', 'an', 'yang', 'yg', 'itu', 'ini', 'kini', 'sekarang', 'masih', 'pernah',
  'sudah', 'telah', 'adalah', 'merupakan', 'seorang', 'ternyata', 'juga', 'sedang', 'lagi', 'kena', 'terkena', 'menderita', 'mengidap',
  'mengalami', 'didiagnosis', 'didiagnosa', 'berstatus', 'jadi', 'menjadi', 'suffered', 'suffers', 'has', 'with', 'from',
  'dia', 'ia', 'beliau', 'baru', 'sempat', 'dulu', 'dahulu', 'akhirnya', 'kemarin', 'tadi', 'malam', 'pagi', 'siang', 'sore', 'last', 'night',
  'yesterday', 'recently', 'just', 'also', 'still', 'now', 'harus', 'rutin', 'diduga', 'dinyatakan', 'ditetapkan', 'sebagai', 'karena', 'akibat',

]);
/** capitalised words that start an agent or an institution, not a person ("ditangkap Polres Bogor") */
const AGENCY = /^(?:Kampung|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Papua|Nusa|Bali|Provinsi|Polres|Polresta|Polrestabes|Polsek|Polda|Polri|Polisi|Satreskrim|Satresnarkoba|Reskrim|Resmob|Tim|Kejari|Kejati|Kejaksaan|Kpk|KPK|Bnn|BNN|Bnnk|BNNK|Densus|Satpol|Petugas|Pengadilan|Mahkamah|Lapas|Rutan|Dinas|Pemkot|Pemkab)\b/;
/** "Kecamatan Cibeber mengalami …", "di Cibinong yang positif …": a place, not a person */
const PLACE_WORD_BEFORE =
  /(?:^|[^A-Za-z])(?:[Kk]ecamatan|[Kk]ec|[Dd]esa|[Kk]elurahan|[Kk]el|[Kk]ota|[Kk]abupaten|[Kk]ab|[Pp]rovinsi|[Dd]usun|[Kk]ampung|[Ww]ilayah|[Dd]aerah|[Pp]ulau|di|dari|ke|[Ii]n|at|from|RSUD|RSU|RS|[Pp]uskesmas|[Pp]osyandu|SDN?|SMPN?|SMAN?|SMKN?)\.?[ ]{1,2}$/;
/** capitalised words that open a sentence or a clause but are not names */
const OPENER = new Set([
  'Pelaku', 'Tersangka', 'Terdakwa', 'Korban', 'Ternyata', 'Katanya', 'Konon', 'Kemarin', 'Tadi', 'Dulu', 'Sekarang', 'Kini', 'Setelah', 'Sebelum',
  'Saat', 'Ketika', 'Menurut', 'Diduga', 'Pria', 'Wanita', 'Perempuan', 'Pemuda', 'Remaja', 'Oknum', 'Seorang', 'Sang', 'Mantan', 'Residivis',
  'Napi', 'Narapidana', 'Pasien', 'Penderita', 'Orang', 'Seseorang', 'Banyak', 'Sebagian', 'Beberapa', 'Jika', 'Kalau', 'Apakah', 'Bagi',
  'The', 'This', 'That', 'Our', 'My', 'His', 'Her', 'Their', 'Police', 'Someone', 'Anyone', 'People', 'Many', 'Some', 'Patients', 'Patient',
  'Suspect', 'Suspects', 'If', 'When', 'After', 'Before', 'Yesterday', 'Today', 'Mohon', 'Tolong', 'Apa', 'Siapa', 'Kenapa', 'Mengapa',
  'Bagaimana', 'Gimana', 'Semoga', 'Alhamdulillah', 'Innalillahi', 'Info', 'Update', 'Breaking', 'Hati', 'Awas', 'Waspada', 'Halo', 'Hai',
]);
const ROLE_HOLDER =
  /(?<![a-z])(?:(?:istri|suami|anak|putra|putri|ibu|ayah|mertua|adik|kakak)[ ](?:pak|bu|bapak|ibu)[ ](?:rt|rw|kades|lurah|camat|kadus|kepala desa|kepsek|kepala sekolah|bupati|wali ?kota|gubernur|sekdes|kapolsek|kapolres|danramil)|(?:(?:pak|bu|bapak|ibu)[ ](?:rt|rw|kades|lurah|camat|kadus|kepala desa|kepsek|kepala sekolah)|(?:calon[ ])?(?:kades|kepala desa|lurah|camat|kadus|ketua rt|ketua rw|kepsek|kepala sekolah|sekdes|bendahara desa))(?:[ ](?:baru|terpilih))?[ ](?:kami|kita|kita2|itu|ini|tsb|tersebut|desa[ ][a-z]{2,20})|(?:our|my|the|their)[ ](?:new[ ])?(?:village[ ]head|rt[ ]head|rw[ ]head|headmaster|school[ ]principal|principal|district[ ]head|lurah|kades|camat))(?![a-z])/;
/** the writer about themself: "saya sedang hamil 8 bulan", "I was diagnosed with …" */
const FIRST_SINGULAR = /(?<![a-z])(?:saya|sy|aku|gue|gw|i|i'm)(?![a-z'])/;
const STATE_BEFORE = /(?<![a-z])(?:sedang|lagi|masih|kena|terkena|menderita|mengidap|mengalami|didiagnosis|didiagnosa|divonis|penderita|pengidap|penyintas|pasien|sendiri|am|was|been|with|have|has|had)[ ]{1,2}$/;

/**
 * A full name (two or more capitalised words) right before the term, across a comma or a few filler
 * words, or right after a status noun ("ex-prisoner Wayan Budiarta"); for health also the writer
 * speaking of their own condition.
 */
function tiedByName(ctx: RuleContext, s: number, e: number, kind: 'health' | 'criminal'): boolean {
  const T = ctx.text;
  const L = ctx.lower;
  // before
  let p = s;
  for (let k = 0; k < 4; k++) {
    while (p > 0 && (T.charCodeAt(p - 1) === 32 || T.charCodeAt(p - 1) === 44)) p--;
    let w = p;
    while (w > 0 && p - w < 12 && L.charCodeAt(w - 1) >= 97 && L.charCodeAt(w - 1) <= 122) w--;
    // an age between the name and the term: "Budi Santoso, 45, suffered …", "Rina (31) positif …"
    if (w === p) {
      let dgt = p;
      if (T.charCodeAt(dgt - 1) === 41) dgt--;
      let d0 = dgt;
      while (d0 > 0 && dgt - d0 < 3 && T.charCodeAt(d0 - 1) >= 48 && T.charCodeAt(d0 - 1) <= 57) d0--;
      if (d0 === dgt || dgt - d0 > 2) break;
      if (dgt < p && T.charCodeAt(d0 - 1) === 40) d0--;
      p = d0;
      continue;
    }
    if (!FILLER.has(L.slice(w, p)) || T.charCodeAt(w) < 97) break;
    p = w;
  }
  const nb = nameBefore(T, p);
  if (nb >= 0 && !AGENCY.test(T.slice(nb, p)) && !PLACE_WORD_BEFORE.test(T.slice(Math.max(0, nb - 16), nb))) {
    const name = T.slice(nb, p).trim();
    if (name.indexOf(' ') > 0) return true;
    // one word: a name unless it is a common sentence opener ("Ternyata", "Pelaku", "The")
    const sen = sentenceAt(ctx.sentences, nb);
    const opensSentence = !sen || /^[\s"'“(*-]*$/.test(T.slice(sen.start, nb));
    if (name.length >= 3 && !opensSentence && !OPENER.has(name) && !/^[A-Z]+$/.test(name)) return true;
  }
  // an office holder the reader can identify: "pak RT kami", "kades kita itu", "our new village head"
  const sen0 = sentenceAt(ctx.sentences, s);
  if (ROLE_HOLDER.test(L.slice(sen0 ? Math.max(sen0.start, s - 80) : Math.max(0, s - 80), s))) return true;
  // after a status noun (not a passive verb, whose next words are the agent)
  const term = L.slice(s, e);
  if (!/^di|\b(?:for|of|by)\b|^(?:was|arrested|jailed)/.test(term)) {
    let q = e;
    if (T.charCodeAt(q) === 44) q++;
    const na = nameAfter(T, q);
    if (na > 0 && T.slice(q, na).trim().indexOf(' ') > 0 && !AGENCY.test(T.slice(q, na).trim())) return true;
  }
  if (kind === 'health') {
    const sen = sentenceAt(ctx.sentences, s);
    const from = sen ? sen.start : Math.max(0, s - 120);
    if (FIRST_SINGULAR.test(L.slice(from, s)) && STATE_BEFORE.test(L.slice(Math.max(0, s - 16), s))) return true;
  }
  return false;
}

/** where to look for "berinisial" before a criminal term: the sentence, at most 160 characters back */
function initialsFrom(ctx: RuleContext, s: number): number {
  const sen = sentenceAt(ctx.sentences, s);
  return Math.max(0, s - 160, sen ? Math.min(sen.start, s - 30) : s - 30);
}

function sameSentence(ctx: RuleContext, a: number, b: number): boolean {
  const L = ctx.lower;
  for (let i = a; i < b; i++) {
    const c = L.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 59) return false;
    if (c === 46 && i + 1 < L.length && L.charCodeAt(i + 1) === 32 && !(i >= 2 && /(?:^|[^a-z])[a-z]{1,3}$/.test(L.slice(Math.max(0, i - 4), i)))) return false;
  }
  return true;
}


/** For tests (linear-time checks). */
export const LEXICON_REGEXES: RegExp[] = [WARD_BEFORE, PLACE_WORD_BEFORE, HEALTH_Y, CRIME_Y, CRIME_PREFIX, CRIME_SUFFIX, HEALTH_GENERIC_BEFORE, INITIALS_NEAR, AGENCY, FIRST_SINGULAR, STATE_BEFORE, ROLE_HOLDER];
