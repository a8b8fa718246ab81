/** An office's own notice: service notices, operational reasons, its agenda and requests, shouting. */
/** invitations and instructions to the reader are not assertions */
export const INVITE_START_RE = new RegExp('^(?:yuk|ayo|mari|tonton|saksikan|simak|catat|ingat|jangan lupa|silakan|silahkan|mohon|cek|klik|kunjungi|daftar|' +
  'datang|bawa|sampaikan|laporkan|hubungi|gunakan|pastikan|lakukan|simpan|jaga|isi|unduh|download|ikuti|pantau|matikan|cabut|hindari|waspadai|siapkan|' +
  'periksa|tunjukkan|lengkapi|manfaatkan|segera (?:lapor|daftar|hubungi)|let\'s|let us|join|please|don\'t forget|apply|visit|check|register|come)\\b');
/**
 * The office's own agenda (inaugurations, meetings, visits, briefings, opening hours) or a request
 * to the reader anywhere in the sentence ("…, mohon dicek ulang"). Both lower the same score, so
 * they are one alternation: one pass over the sentence instead of two.
 */
export const OFFICE_OR_REQUEST_RE = new RegExp('(?<![a-z])(?:meresmikan|peresmian|diresmikan|menghadiri|dihadiri|sosialisasi|meninjau|peninjauan|' +
  'kunjungan kerja|audiensi|silaturahmi|penyerahan|menyerahkan|melantik|pelantikan|inaugurated|attended|opened the|jam (?:layanan|pelayanan|operasional|' +
  'buka)|(?:di)?(?:buka|tutup) (?:setiap|senin|mulai|pukul|jam)|mohon|silakan|silahkan|harap|dimohon|please)(?![a-z])');
/** the reason after "karena"/"akibat" is the office's own work, an event it runs, or the weather */
export const OPERATIONAL_REASONS =
  '(?:perbaikan|pemeliharaan|pengerjaan|pembangunan|pengaspalan|pemasangan|penggantian|peningkatan|pekerjaan|kegiatan|acara|upacara|cuaca|hujan|libur|' +
    'hari libur|cuti bersama)';
export const OPERATIONAL_REASON_RE = new RegExp(`^\\s(?:adanya |ada |sedang |sedang ada |akan ada )?${OPERATIONAL_REASONS}(?![a-z])`);
export const OPERATIONAL_REASON_IN_RE = new RegExp(`(?<![a-z])(?:karena|akibat|sebab|disebabkan|dikarenakan|due to|because of)\\s(?:adanya |ada |sedang |` +
  `sedang ada |akan ada )?${OPERATIONAL_REASONS}(?![a-z])`);
/**
 * A service notice in the sentence: a schedule (pukul 10.00, hari ini, setiap Selasa, mulai 1 Juni) with
 * an operational word (layanan, pemadaman, dibuka, digelar, perbaikan …), or the office's staff at work
 * (petugas kami sedang menangani, kapal patroli berjaga).
 */
export const SCHEDULE_RE =
  new RegExp('(?<![a-z])(?:pukul [0-9]|jam [0-9]|[0-9][.:][0-9]{2} ?(?:wib|wita|wit)|wib|wita|hari ini|besok|lusa|pagi ini|siang ini|sore ini|malam ini|' +
    'setiap (?:hari|pekan|minggu|bulan|senin|selasa|rabu|kamis|jumat|sabtu)|mulai (?:hari|besok|tanggal|senin|selasa|rabu|kamis|jumat|sabtu|minggu|[0-9])|' +
    'tanggal [0-9]|(?:hari )?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?: (?:ini|depan|pagi|siang|sore|malam))?)(?![a-z])');
export const OPERATION_RE =
  new RegExp('(?<![a-z])(?:layanan|pelayanan|pendaftaran|vaksinasi|imunisasi|pemadaman|penutupan|ditutup|dibuka|buka|tutup|digelar|diadakan|dilaksanakan|' +
    'diselenggarakan|berlangsung|jadwal|antrean|posko|pasar murah|operasi pasar|perbaikan|pengaspalan|pemeliharaan|rekayasa lalu lintas|pengalihan arus|' +
    'hujan|cuaca|prakiraan|berawan|gerimis|angin kencang|gelombang tinggi|pengambilan|penyaluran|pembagian|pencairan)(?![a-z])');
export const STAFF_AT_WORK_RE =
  new RegExp('(?<![a-z])(?:petugas|tim|personel|satgas|regu|pasukan|kapal patroli|patroli)(?: [a-z]+)? (?:kami |kita )?(?:sedang |telah |sudah |tengah |' +
    'masih )?(?:membersihkan|menangani|berjaga|bersiaga|diterjunkan|dikerahkan|menuju|meninjau|memperbaiki|mengevakuasi|melakukan|membantu|menyisir|' +
    'memantau)(?![a-z])');
/** The sentence is a service notice: a schedule with an operation, or the office's staff at work. */
export function isServiceNotice(sent: string): boolean {
  return (SCHEDULE_RE.test(sent) && OPERATION_RE.test(sent)) || STAFF_AT_WORK_RE.test(sent);
}
/**
 * Marks of an office's own notice anywhere in the post: clock times, calls to the reader, hotlines and
 * health posts (one is enough), or two kinds of administrative place, public service or time word.
 * Rumours passed around rarely carry them; the notices offices post every day nearly always do.
 */
export const NOTICE_STRONG_RE =
  new RegExp('(?<![a-z])(?:wib|wita|wit|pukul [0-9]|jam [0-9]|#info[a-z]*|#update[a-z]*|setiap (?:hari|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pekan|' +
    'bulan)|jangan lupa|diimbau|dihimbau|mengimbau|imbauan|silakan|silahkan|call center|hotline|sp4n|lapor!|layanan pengaduan|posyandu|posbindu|' +
    'puskesmas)(?![a-z])');
export const NOTICE_WEAK_RE =
  new RegExp('(?<![a-z])(?:kelurahan|kecamatan|kabupaten|kab\\.|kota|desa|dusun|jl\\.|warga|wargi|dinas|layanan|pelayanan|petugas|ditutup|dibuka|' +
    'pendaftaran|ayo|yuk|bpbd|pdam|pln|bmkg|rsud|damkar|polres|polsek|hari ini|besok|pagi ini|sore ini|malam ini)(?![a-z])', 'g');
export function isOfficialNotice(lower: string): boolean {
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

/** Three or more words in capitals make up most of the sentence. */
export function isShouting(text: string, start: number, end: number): boolean {
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
