/**
 * Who is the source of what a post says? (issue 13, product brief "Claims — judged by provenance")
 *
 * An office reporting what it observed, did, decided or offers is the primary source: a help-desk
 * answer to a citizen, a procedure or menu path, a schedule, an outage notice, a traffic observation,
 * an activity report. None of these needs a source, however assertive. What needs one is information
 * passed on from someone else: hearsay, figures and rankings about others, policy attributed to
 * another authority, share-bait, miracle cures, absolutes.
 *
 * This module reads the marks of the office's own voice once per post, and tells per sentence whether
 * its subject is an outside authority (a ministry, the president, a country, "pemerintah pusat") —
 * the one case where an office's plain statement still relays someone else's decision.
 */

/**
 * Families of marks of an office speaking first-hand. Each family counts once; a post with two or
 * more families reads as the office's own voice (a reply to a citizen with a procedure, a notice
 * with an observation …). Measured on real posts: 975 of 1,100 tax-office posts carry two or more,
 * 3 of 232 relayed hoax tweets do.
 */
/**
 * The office's own area, one list for every reading of it: the units that take a name after them
 * (Desa Sukamaju), the other units, their abbreviations in notices (Kec., Kel., Kab.) and neighbourhoods.
 */
const LOCAL_UNITS = {
  named: ['desa', 'dusun', 'kampung'],
  other: ['kelurahan', 'kecamatan', 'kabupaten', 'kota'],
  abbreviated: ['kec', 'kel', 'kab'],
  neighbourhood: ['rt', 'rw'],
};
const dotted = (w: string) => `${w}\\.`;
/** A place named the way notices name it: "Kec. Weru", "Jl. Slamet Riyadi", "Desa Sukamaju", "RW 07", "RT/RW". */
const LOCAL_PLACE_RE = new RegExp(
  `(?<![a-z0-9])(?:${[...LOCAL_UNITS.abbreviated, 'jl', 'jln'].map(dotted).join('|')}|${LOCAL_UNITS.named.map((w) => `${w} [a-z]`).join('|')}|` +
    `${LOCAL_UNITS.neighbourhood.map((w) => `${w} \\d`).join('|')}|rt\\/rw|${LOCAL_UNITS.neighbourhood.map((w) => `${w}\\.? ?0\\d`).join('|')})`,
);
/** A unit of the office's own area named at all ("se-kota", "warga RT", "kabupaten"): a figure about it is local. */
export const LOCAL_SCOPE_RE = new RegExp(
  `(?<![a-z])(?:${[...LOCAL_UNITS.named, ...LOCAL_UNITS.other, ...LOCAL_UNITS.neighbourhood].join('|')}|` +
    `${LOCAL_UNITS.abbreviated.map(dotted).join('|')})(?![a-z])`,
);

const MONTHS = '(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)';

export const VOICE_FAMILIES: RegExp[] = [
  // addressing the citizen in the service register
  new RegExp(
    '(?<![a-z0-9])(?:kak|kakak|anda|kamu|bapak\\/ibu|bapak ibu|bapak-ibu|ayah bunda|ayah\\/bunda|bunda|ya bun|orang tua (?:murid|siswa)|' +
      'teman-teman|sobat|bapak\\/ibu\\/saudara|sdr|saudara|sobat [a-z]+|sahabat [a-z]+|wargi|#?kawan[a-z]+|sedulur|dulur|warga (?:kota|kabupaten|desa|' +
      'kelurahan|kecamatan|[a-z]+ yang)|#sobat[a-z]+|#sahabat[a-z]+|dear (?:sir|madam|customer|resident|citizen)|we apologi[sz]e|your (?:report|complaint|' +
      'request|application|refund))(?![a-z0-9])',
  ),
  // a procedure, a channel or a service of the office
  new RegExp(
    '(?<![a-z0-9])(?:silakan|silahkan|klik|pilih menu|menu|laman|login|unduh|akses|mengakses|ajukan|mengajukan|diajukan|dapat dilakukan|tautan|' +
      'aplikasi|formulir|persyaratan|syarat|langkah|mendaftar|pendaftaran|registrasi|datang ke|kunjungi|hubungi|layanan|pelayanan|loket|call center|hotline|' +
      'posko|dm|direct message|yuk|ayo|mari|diakses|tarif|link (?:di )?bio|info lengkap)(?:nya)?(?![a-z0-9])',
  ),
  // the office's programmes and operations: levies, customers, raids, samples, cadres, quotas, intakes
  new RegExp(
    '(?<![a-z0-9])(?:retribusi|kas daerah|pelanggan|penertiban|operasi (?:pasar|yustisi|gabungan|patuh|zebra|ketupat|lilin|keselamatan|simpatik|' +
      'pekat)|sampel|binaan|kader|kuota|angkatan (?:[ivx]+|\\d+)|triwulan|kelompok (?:wanita )?tani|poktan|gapoktan|laporkan|konsultasi|dibina|disalurkan|' +
      'didampingi|pendamping|programnya|program (?:kami|ini|kerja|unggulan|prioritas))(?![a-z0-9])',
  ),
  // the office's polite requests and thanks ("mohon bersabar", "imbauan", "terima kasih"), who was affected
  /(?<![a-z0-9])(?:personel|mohon|dimohon|imbauan|himbauan|mengimbau|menghimbau|diimbau|dihimbau|terdampak|terima kasih)(?:nya)?(?![a-z0-9])/,
  // the office speaking of itself
  /(?<![a-z0-9])(?:kami|kita semua|taxmin|admin|mimin|tim kami|petugas kami|jajaran)(?![a-z0-9])/,
  // a thread or a signed reply: "(1/5)", "Tks*Ikal", "^AB"
  /\(\d{1,2}\/\d{1,2}\)|(?<![a-z0-9])(?:tks|trims|salam)\s?\*|\^[a-z]{2,4}(?![a-z])/,
  // what the office observed
  new RegExp(
    '(?<![a-z0-9])(?:terpantau|pantauan|situasi|kondisi terkini|arus lalu lintas|arus lalin|lalin|ramai lancar|padat merayap|ketinggian air|' +
      'tinggi muka air|tma|status siaga|siaga [1-4i]|pengungsi|dievakuasi|evakuasi|prakiraan cuaca|cuaca)(?:nya)?(?![a-z0-9])',
  ),
  // what the office did or runs
  new RegExp(
    '(?<![a-z0-9])(?:melaksanakan|dilaksanakan|mengadakan|diadakan|menghadirkan|memberikan edukasi|edukasi|penyuluhan|penyuluh|asistensi|' +
      'pendampingan|jemput bola|simulasi|narasumber|pemateri|peserta|menggelar|digelar|menyelenggarakan|diselenggarakan|kegiatan|menghadiri|kunjungan kerja|' +
      'rapat|sosialisasi|meresmikan|peresmian|membuka secara resmi|pemadaman|gangguan|perbaikan|pemeliharaan|rampung|padat karya|gotong royong|kerja bakti|' +
      'jadwal|pukul [0-9]|[0-9][.:][0-9]{2} ?(?:wib|wita|wit))(?:nya)?(?![a-z0-9])',
  ),
  // a reply to someone: the post opens with their handle
  /^(?:@[a-z0-9_]+\s*)+/,
  // a local public institution speaking or named as the actor
  new RegExp(
    '(?<![a-z0-9])(?:dinas|dinkes|dinsos|disdik|disdikbud|dishub|disnaker|disperindag|dispora|disparbud|dispar|distan|disperkim|dispupr|' +
      'dispendukcapil|disbudpar|dispenda|dpmptsp|pemkab|pemkot|pemprov|pemerintah (?:kabupaten|kota|provinsi|desa)|bpbd|dlh|kpp|kanwil|puskesmas|rsud|polres|' +
      'polsek|polresta|satlantas|kelurahan|kecamatan|perumda|pdam|pln|blu|uptd?|posko|takmir|sekretariat|disdukcapil|dukcapil|samsat|bapenda|satpol pp|' +
      'damkar|diskominfo|pelabuhan|bandara|lapas|rutan|mapolsek|mapolres|kejari|kejaksaan|pengadilan negeri|stasiun|terminal|taman nasional|bpjs|' +
      'kantor cabang|klinik|imigrasi|kua|kemenag|perpustakaan|museum|bmkg|basarnas|kodim|koramil)(?![a-z0-9])|#(?:bmkg|bpbd|bpjs|pln|pdam|dukcapil|' +
      'disdukcapil|dishub|dinkes|disdik|pemkot|pemkab|pemprov|humas|polres|satlantas|damkar|bapenda|samsat|kpu|bawaslu|puskesmas|rsud)[a-z0-9_]*',
  ),
  // the labels and greetings of a public notice
  new RegExp(
    '(?:^|\\n)[^a-z0-9\\n]{0,4}(?:info|informasi|klarifikasi|dokumentasi|cek fakta|tips)(?![a-z0-9])|(?<![a-z0-9])(?:pengumuman|dicari|ditemukan|' +
      'barang tertinggal|rekayasa lalu lintas|dirgahayu|selamat hari|selamat (?:pagi|siang|sore|malam)|rahajeng|tabik|update)(?![a-z0-9])',
  ),
  // rules explained as conditions: "jika …, maka …", "dalam hal …"
  /(?<![a-z0-9])(?:jika|apabila|dalam hal|sepanjang|bilamana)(?![a-z0-9])/,
  // a schedule: a weekday with its date, or a time range ("Sabtu, 21 September", "08.00–12.00")
  new RegExp(
    "(?<![a-z0-9])(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),? \\d{1,2}(?:[ /-]| (?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des))|" +
      '(?<![0-9.,])[0-2]?\\d[.:][0-5]\\d ?(?:-|–|s\\.?d\\.?|sampai) ?[0-2]?\\d[.:][0-5]\\d(?![0-9])',
  ),
  // a place in the office's own area, named the way notices name it ("Kec. Weru", "Jl. Slamet Riyadi", "RW 07")
  LOCAL_PLACE_RE,
  // the layout of a notice: two lines in a row opening with a label, a bullet or an emoji ("Syarat:", "• Kardus", "📍 …");
  // the emoji 🔹🔸📍🏢📅🗓📌📢📞🪪📱💰🛡📄🍱 as the UTF-16 units this regex (no u flag) has always matched
  new RegExp(
    '(?:^|\\n)[ \\t]*(?:[a-z][a-z /&]{2,24}:|' +
      '[•●▪◾✅✔☑➡▶⏰\\udcb0\\udcc4\\udcc5\\udccc\\udccd\\udcde\\udce2\\udcf1\\udd38\\udd39\\uddd3\\udeaa\\udee1\\udf71\\udfe2\\ud83c-\\ud83e])' +
      '[^\\n]*\\n[ \\t]*(?:[a-z][a-z /&]{2,24}:|' +
      '[•●▪◾✅✔☑➡▶⏰\\udcb0\\udcc4\\udcc5\\udccc\\udccd\\udcde\\udce2\\udcf1\\udd38\\udd39\\uddd3\\udeaa\\udee1\\udf71\\udfe2\\ud83c-\\ud83e])',
  ),
  // the local public services that speak in such notices: schools, election bodies, health posts, councils
  new RegExp(
    '(?<![a-z0-9])(?:sd ?n(?:egeri)?|smp ?n(?:egeri)?|sma ?n(?:egeri)?|smk ?n(?:egeri)?|sdn|smpn|sman|smkn|kpu|bawaslu|ppk|pps|kpps|panwascam|' +
      'posyandu|dprd|bank sampah|tps3r|rumah sakit|rs [a-z])(?![a-z0-9])',
  ),
  // an office's ceremonies and thanks: awards, graduations, anniversaries, openings
  /(?<![a-z0-9])(?:penghargaan|meraih|wisuda|hut (?:ke|kota|kabupaten|ri)|resmi (?:dibuka|ditutup)|selamat!)(?![a-z0-9])/,
];

/**
 * How many families of the office's own voice the post carries (0–7); counting stops at `cap` (callers
 * that only compare with 1 and OFFICE_VOICE pass OFFICE_VOICE and skip the remaining scans of the post).
 */
export function officeVoiceScore(lower: string, cap = Infinity): number {
  let n = 0;
  for (const re of VOICE_FAMILIES) if (re.test(lower) && ++n >= cap) break;
  return n;
}

/**
 * Marks of a report, weaker than the voice families: relays carry them too ("mulai 1 Januari penumpang
 * wajib …", "Kementerian X menetapkan …"), so they change no rule. They only tell the learned gate
 * (./learned-provenance.ts) that a post without any voice mark still reads like an office's report,
 * where the model need not be as sure as in a bare tweet.
 */
const REPORT_MARKS: RegExp[] = [
  // a hashtag of an office or of its service ("#DinkesWondama", "#BasarnasAmbon", "#BeaCukaiMelayani")
  /#[a-z0-9_]*(?:dinkes|dinas|dinsos|disdik|dishub|basarnas|kemen|bnn|samsat|beacukai|kodim|koramil|polres|polsek|polda|pemkab|pemkot|pemprov|humas|kpu|bawaslu|rsud|puskesmas|lapas|rutan|imigrasi|bpjs|pln|pdam|bksda|bpom|bps|kua|kejari|satpol|damkar|bapenda|kominfo|kelurahan|kecamatan|melayani|presisi)[a-z0-9_]*/,
  // a press release quoting its own head: "ujar Kepala Dinas …", "kata Camat …"
  /(?<![a-z])(?:ujar|kata|jelas|ungkap|tutur|terang|pesan)(?:nya)? (?:kepala|kadis|kadin|camat|lurah|direktur|dirut|ketua|kapolres|kapolsek|kasat|bupati|wakil bupati|wali ?kota|sekda|rektor|kasi|kabid|plt)(?![a-z])/,
  // a calendar date an office works to: "8–12 Desember", "14 Desember", "hingga November 2026", "mulai Januari"
  new RegExp(
    `(?<![a-z0-9])\\d{1,2}(?: ?[–-] ?\\d{1,2})? ${MONTHS}(?![a-z])|(?<![a-z])(?:hingga|sampai|per|mulai|akhir|awal) ${MONTHS}(?![a-z])`,
  ),
];
/** Read on the text as written (capitals matter). */
const CASED_REPORT_MARKS: RegExp[] = [
  // an official named with a degree or a rank: "dr. Samuel Yeimo, Sp.JP", "Hj. Nuraini Salim, S.E.", "AKBP Markus …"
  /,\s?(?:S|M|Sp|Dr)\.[A-Z][A-Za-z]{0,4}\.?(?![A-Za-z])|(?<![A-Za-z])(?:dr|Drs|Dra|Ir|Hj)\.\s?[A-Z][a-z]|(?<![A-Za-z])(?:AKBP|AKP|Kompol|Iptu|Ipda|Kombes|Brigjen|Letkol|Kapten|Kolonel|Mayor) [A-Z][a-z]/,
  // a press release: the post opens with a named body as the actor of what it did or recorded
  // ("BKSDA Sarana Raya melepasliarkan …", "Bank Sarana Raya Cabang Baruwangi mencatat …")
  /^[^A-Za-z0-9\n]{0,4}(?:[A-Z][A-Za-z]*\.? ){2,7}(?:me|ber|di)[a-z]{3,}(?![a-z])/,
];

/** Does the post carry a mark of a report (a calendar date, a press-release opening)? */
export function reportMark(text: string, lower: string): boolean {
  for (const re of REPORT_MARKS) if (re.test(lower)) return true;
  for (const re of CASED_REPORT_MARKS) if (re.test(text)) return true;
  return false;
}

/** Two families or more: the post is the office speaking first-hand. */
export const OFFICE_VOICE = 2;

/**
 * An outside authority as the sentence's actor: the centre of government, ministries and national
 * agencies, parliament, other countries, international bodies, politicians and public figures. (A day's
 * name — "Hari Kesehatan Nasional", "Hari Air Sedunia" — and a local scope — "se-Kecamatan" — are not.)
 * When an office relays their decisions or figures, the reader deserves the official link.
 */
const EXTERNAL_RE = new RegExp(
  '(?<![a-z0-9])(?:presiden|wapres|wakil presiden|menteri|mentri|(?<!#|(?:kanwil|kantor|sahabat|kakan|kepala kantor) )(?:kementerian|kemen[a-z]{2,})(?! (?:kabupaten|kab|kota|provinsi|prov)(?![a-z]))|pemerintah(?! (?:kabupaten|kab|kota|provinsi|prov|' +
    'desa|negeri|daerah|kecamatan|kelurahan))|istana|dpr|dpr ri|mpr|kpk|bank indonesia|ojk|bpk|who|perserikatan bangsa|united nations|unicef|imf|world bank|' +
    'bank dunia|nasa|china|cina|tiongkok|(?<!dolar )amerika|israel|rusia|jepang|korea|malaysia|singapura|arab saudi|eropa|partai|tokoh(?! (?:masyarakat|agama|adat|pemuda|perempuan))|artis|selebgram|' +
    "influencer|ulama|habib|facebook|whatsapp|google|mark zuckerberg|zuckerberg|elon musk|bill gates|jokowi|prabowo|gibran|anies|ganjar|ma'ruf|maruf|" +
    'sri mulyani|luhut|secara nasional|(?<!taman |hari(?: [a-z]+){1,4} )nasional|se-(?!kabupaten|kab\\b|kota|kecamatan|kec\\b|kelurahan|kel\\b|desa|dusun|' +
    'rw|rt)[a-z]+|seluruh indonesia|(?<!bank |hari(?: [a-z]+){1,4} )indonesia|(?<!hari(?: [a-z]+){1,4} )(?:dunia|sedunia|internasional)|global)(?![a-z0-9])',
);

const EXTERNAL_G = new RegExp(EXTERNAL_RE.source, 'g');
/** "Nasional" as a word of a capitalised name: a programme or a body ("Bulan Imunisasi Anak Nasional", "Asesmen Nasional"). */
const NAME_WORD_RE = /^(?:nasional|indonesia)$/;

/** Is text[a, b) a capitalised word right after another capitalised word, inside a proper name? */
function inCapitalisedName(text: string, a: number): boolean {
  const c = text.charCodeAt(a);
  if (c < 65 || c > 90) return false;
  // the word before: "Anak Nasional", "Indikator Nasional Mutu"
  let i = a - 1;
  while (i >= 0 && text[i] === ' ') i--;
  let j = i;
  while (j >= 0 && /[A-Za-z]/.test(text[j])) j--;
  if (j === i) return false;
  const p = text.charCodeAt(j + 1);
  return p >= 65 && p <= 90;
}

/**
 * Does the sentence lower[start, end) name an outside authority or a national/world scope? With the text
 * as written, "Nasional" inside a capitalised name (a programme, a body) is not a national scope.
 */
export function externalSubject(lower: string, start: number, end: number, text?: string): boolean {
  const sent = lower.slice(start, end);
  if (text === undefined) return EXTERNAL_RE.test(sent);
  EXTERNAL_G.lastIndex = 0;
  for (let m = EXTERNAL_G.exec(sent); m; m = EXTERNAL_G.exec(sent)) {
    if (!(NAME_WORD_RE.test(m[0]) && inCapitalisedName(text, start + m.index))) return true;
  }
  return false;
}
