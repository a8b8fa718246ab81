/** A named person, party, country or organisation outside the office: what a rumour is about. */
const ADDRESS = new Set([
  'Anda',
  'Kamu',
  'Kalian',
  'Kak',
  'Kakak',
  'Pak',
  'Bapak',
  'Bu',
  'Ibu',
  'Mas',
  'Mbak',
  'Dik',
  'Adik',
  'Sobat',
  'Sahabat',
  'Saudara',
  'Saudari',
  'Bang',
  'Om',
  'Tante',
  'Teman',
  'Warga',
  'Sir',
  'Madam',
  'Mr',
  'Mrs',
  'Ms',
  'Dear',
  'Yth',
]);

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
  (
    'senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus september oktober november desember ' +
    'kota kabupaten kab kecamatan kec kelurahan kel desa ds dusun kampung kp rt rw jalan jl jln gang gg raya simpang perempatan bundaran ' +
    'pasar taman alun masjid mushola musala gereja pura vihara klenteng stasiun terminal halte bandara pelabuhan dermaga tol jembatan ' +
    'sungai kali gunung pantai danau waduk bendung bendungan pulau teluk tanjung lapangan stadion gor gedung aula balai wisma ' +
    'kantor dinas badan satuan satpol satlantas damkar polres polsek polresta polrestabes polda kodim koramil lanud lantamal ' +
    'pemkot pemkab pemprov pemda pemerintah provinsi sekretariat perumda perpustakaan museum rsud rsu rs rumah sakit puskesmas pustu posyandu posbindu ' +
    'klinik ' +
    'sekolah sd smp sma smk mi mts ma universitas politeknik institut kampus madrasah pondok pesantren mal mall plaza ' +
    'selamat hari tahun dirgahayu info informasi update pengumuman jadwal layanan pelayanan peringatan rekayasa perubahan pemberitahuan ' +
    'natal lebaran idulfitri idul fitri adha imlek nyepi waisak ramadan ramadhan baru libur ' +
    'warga wargi sobat sahabat dulur sedulur monggo sampurasun punten horas tabik rahajeng om matur nuwun ' +
    // the channels an office answers on: "melalui WhatsApp", "DM Instagram kami"
    'whatsapp wa instagram ig facebook fb tiktok youtube twitter telegram email e-mail website situs aplikasi'
  ).split(' '),
);
/** Acronyms of public services and everyday official words: not the subject of a rumour. */
const CIVIC_ACRONYMS = new Set(
  (
    'WIB WITA WIT RT RW KTP STNK SIM SKCK KK KIA NIK BPJS PLN PDAM BMKG BPBD BNPB BPS RSUD RS UPT UPTD UP3 ULP SAR PMI TNI POLRI ' +
    'SD SMP SMA SMK MI MTS MA PAUD TK UMKM CFD SNI ASN PNS PPPK OPD SKPD DLH DPMPTSP PTSP MPP SP4N LAPOR KAI KRL MRT LRT BRT ' +
    'APBD APBN BUMD BUMN SAMSAT DUKCAPIL DISDUKCAPIL PPDB USG TPS TPA IPAL IGD ICU'
  ).split(' '),
);
export function hasNamedEntity(text: string, start: number, end: number): boolean {
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
