/**
 * Context cues around a candidate: which kind of number the words nearby announce (NIK, KK, rek, HP …),
 * negative context (resi, invoice, VA, IMEI, kode …), examples, official vs personal contact.
 * Windows are small (≤ 60 chars); see cueHits for how they are scanned.
 */

import { firstWords, splitAlternatives, TriggerTable } from './words';

export type CueKind =
  | 'neg'
  | 'example'
  | 'nik'
  | 'kk'
  | 'npwp'
  | 'nip'
  | 'bpjs'
  | 'passport'
  | 'card'
  | 'bank'
  | 'phone'
  | 'official'
  | 'channel'
  | 'person'
  | 'cardweak';

/** Order matters: at one position the first group that matches wins, so longer phrases come first. */
const GROUPS: Array<[CueKind, string]> = [
  [
    'neg',
    String.raw`no\.?\s?resi|resi|order(?:\s?id)?|pesanan|invoice|inv|faktur|va|virtual account|imei|sku|kode(?:\s(?:produk|barang|booking|bayar|pembayaran|billing|voucher|registrasi|transaksi|pos|unik|referensi))?(?!\sbank)|code|id\s?transaksi|transaksi|trx|ref|referensi|tiket|ticket|no\.?\s?registrasi|nomor registrasi|registrasi|reg|meteran|meter|nomor seri|no\.?\s?seri|seri|serial|s\/n|id\s?pelanggan|pelanggan|idpel|token|npsn|nisn|nuptk|nib|nop|sertifikat|nomor surat|no\.?\s?surat|tracking|awb|billing|tagihan|ntpn|booking|voucher|kupon|otp|pin|isbn|issn|batch|barcode|qris|perkara|akta|kontrak|spk|sppt|shm|izin|lelang|tender|paket|polis|klaim|nomor pokok|no\.?\s?pokok|nup|nomor urut|no\.?\s?urut|nomor sk|no\.?\s?sk|nomor spm|sp2d|nomor dokumen|no\.?\s?dokumen|nomor agenda|no\.?\s?agenda|npp|nomor pendaftaran|no\.?\s?pendaftaran|id\s?pendaftaran|nomor pengajuan|nomor permohonan|no\.?\s?permohonan|nomor antrean|no\.?\s?antrean|nomor antrian|no\.?\s?antrian|struk|bukan nomor(?:\stelepon|\shp|\swa)?|bukan nik|bukan kk`,
  ],
  ['example', String.raw`contoh|misal(?:nya)?|format|dummy|fiktif|sample|uji coba|ujicoba|asal-asalan|sembarang`],
  ['kk', String.raw`family card(?: number| no\.?)?|family registration(?: card)?(?: number)?|kartu keluarga|no\.?\s?kk|nomor kk|nkk|kk`],
  ['nik', String.raw`nomor induk kependudukan|no\.?\s?induk kependudukan|n\.i\.k\.?|nik|e-?ktp|ktp-?el|ktp|kia|id card|national id|identity (?:card|number)|kependudukan`],
  ['npwp', String.raw`npwp`],
  ['nip', String.raw`nomor induk pegawai|nip(?:\sbaru)?`],
  [
    'bpjs',
    String.raw`bpjs(?:\s(?:kesehatan|ketenagakerjaan|tk|kes))?|jkn-?kis|jkn|kis|kartu indonesia sehat|kpj|nomor peserta|no\.?\s?peserta|noka|no\.?\s?kartu peserta|kepesertaan`,
  ],
  ['passport', String.raw`paspor|passport`],
  [
    'card',
    String.raw`kartu kredit|kartu debit|kartu debet|kartu atm|credit card|debit card|card number|nomor kartu kredit|nomor kartu debit|visa|mastercard|master card|jcb|amex|american express|cc`,
  ],
  ['bank', String.raw`no\.?\s?rek(?:ening)?|norek|rekening|rek|account number|bank account|acc|ditransfer|transfer|tf|kode bank`],
  // the office's channels, before 'phone' so "call center" is not read as "call" (invitations to contact)
  [
    'channel',
    String.raw`call cent(?:er|re)|callcenter|contact cent(?:er|re)|care cent(?:er|re)|command cent(?:er|re)|pusdalops|wa cent(?:er|re)|wa resmi|whatsapp resmi|narahubung|daftar|pendaftaran|reservasi|laporkan ke|lapor ke|ajukan ke|diajukan ke|panggil` +
      String.raw`|via wa|via whatsapp|via sms|via telepon|via telp|melalui wa|melalui whatsapp|melalui sms|melalui telepon|melalui telp|lewat wa|lewat whatsapp|lewat sms|lewat telepon|lewat telp|atau wa|atau whatsapp|atau sms|atau telepon|atau telp`,
  ],
  [
    'phone',
    String.raw`no\.?\s?hp|nomor hp|no\.?\s?wa|nomor wa|no\.?\s?telp|nomor telepon|handphone|ponsel|hp|telp|tlp|telepon|tel|phone|mobile|whatsapp|wa|sms|kontak|contact|hubungi|hub\.?|call|nomor aktif|nomor lama|nomor baru`,
  ],
  [
    'official',
    String.raw`call cent(?:er|re)|callcenter|contact cent(?:er|re)|hotline|pengaduan|aduan|layanan|resmi|humas|kantor|informasi|info|cs|customer service|helpdesk|help desk|admin|posko|sekretariat|crisis center|chat only|satgas|dinas|pemkot|pemkab|pemda|pemprov|puskesmas|rsud|kelurahan|kecamatan|darurat|ambulans|damkar|polsek|polres|loket|kanal|sekolah|instansi|unit layanan`,
  ],
  [
    'person',
    String.raw`ibunya|bapaknya|ayahnya|istrinya|suaminya|anaknya|pelapor|beliau|pribadi|rumah|pak|bu|ibu|bapak|sdr|sdri|saudara|saudari|mas|mbak|kak|kakak|a\.\s?n\.?|a\/n|atas nama|milik|istri|suami|anak|keluarga|korban|pasien|warga|pemohon|ybs|yang bersangkutan|pemilik|orang tua|ortu|wali|penerima|mbah|nenek|kakek|almarhum|almarhumah|alm\.?|petugas lapangan`,
  ],
  ['cardweak', String.raw`kartu|card`],
];

/**
 * Each group is matched with a sticky regex at the start of one of its first words; a word table
 * (words.ts) finds those starts, so a window costs one pass over its characters, not one attempt of a
 * 150-way alternation at every position.
 */
const KINDS: CueKind[] = GROUPS.map((g) => g[0]);
const GROUP_Y: RegExp[] = GROUPS.map((g) => new RegExp(`(?:${g[1]})(?![a-z0-9])`, 'y'));
const TABLE = new TriggerTable();
GROUPS.forEach((g, i) => TABLE.addAll(firstWords(splitAlternatives(g[1])), 1 << i));

interface CueHit {
  kind: CueKind;
  /** offset from the window start */
  pos: number;
  text: string;
}

/** Cue matches in lower[from, to), non-overlapping, left to right (reused buffer). */
function cueHits(lower: string, from: number, to: number, out: CueHit[]): number {
  let count = 0;
  let lastEnd = from;
  TABLE.scan(
    lower,
    (s, _e, bits) => {
      if (s < lastEnd) return;
      for (let g = 0; g < GROUP_Y.length; g++) {
        if (!(bits & (1 << g))) continue;
        const re = GROUP_Y[g];
        re.lastIndex = s;
        if (re.test(lower) && re.lastIndex <= to) {
          const h = out[count] ?? (out[count] = { kind: 'neg', pos: 0, text: '' });
          h.kind = KINDS[g];
          h.pos = s - from;
          h.text = g === BANK_GROUP || g === OFFICIAL_GROUP || g === CHANNEL_GROUP || g === NEG_GROUP ? lower.slice(s, re.lastIndex) : '';
          count++;
          lastEnd = re.lastIndex;
          return;
        }
      }
    },
    from,
    to,
  );
  return count;
}
const BANK_GROUP = GROUPS.findIndex((g) => g[0] === 'bank');
const NEG_GROUP = GROUPS.findIndex((g) => g[0] === 'neg');
const OFFICIAL_GROUP = GROUPS.findIndex((g) => g[0] === 'official');
const CHANNEL_GROUP = GROUPS.findIndex((g) => g[0] === 'channel');
/** a channel that names the medium ("lewat WA") also announces a phone number */
const CHANNEL_PHONE = / (?:wa|whatsapp|sms|telp|telepon)$/;
const LEFT_HITS: CueHit[] = [];
const RIGHT_HITS: CueHit[] = [];

/** Bank names are matched case-sensitively on the original text ("Mandiri", not "secara mandiri"). */
const BANK_RE =
  /(?<![A-Za-z0-9])(?:BCA|BNI|BRI|BSI|BTN|BJB|BPD|BPR|CIMB(?: Niaga)?|Mandiri|Danamon|Permata|Muamalat|Maybank|OCBC(?: NISP)?|Panin|Bank [A-Z][A-Za-z]+|Jago|SeaBank|Jenius|Bukopin|Sinarmas|Bank)(?![A-Za-z0-9])/g;

export const TYPE_KINDS: ReadonlySet<CueKind> = new Set(['nik', 'kk', 'npwp', 'nip', 'bpjs', 'passport', 'card', 'bank', 'phone']);

export interface Cues {
  /** nearest kind-announcing cue on the left (or just right of the value), or null */
  type: CueKind | null;
  /** a bank name or rek/rekening (not only "transfer") among the cues */
  bankStrong: boolean;
  /** negative context nearer than the type cue, or right next to the value */
  neg: boolean;
  example: boolean;
  official: boolean;
  person: boolean;
  cardWeak: boolean;
  /** the value is written as money: Rp / IDR / $ right before it */
  money: boolean;
  /** a card word ("kartu", "card", "kartu kredit") is the nearest cue on the left, after any negative cue */
  cardNear: boolean;
}

/** official words that only count before a number ("info: 0812…"), not after ("0812… untuk info") */
const WEAK_OFFICIAL = /^(?:info|informasi|layanan|kantor|dinas|admin)$/;

const MONEY_TAIL = /(?:rp|idr|usd|sgd|\$|€|£)\.?\s{0,2}$/;

/**
 * Cues in lower[from, start) and lower[end, to), text the original (for bank names).
 * `from`/`to` are already clamped by the caller to stop at neighbouring values.
 */
export function cuesAround(text: string, lower: string, start: number, end: number, from: number, to: number): Cues {
  const out: Cues = { type: null, bankStrong: false, neg: false, example: false, official: false, person: false, cardWeak: false, money: false, cardNear: false };
  out.money = MONEY_TAIL.test(lower.slice(Math.max(from, start - 6), start));
  let typePos = -1;
  let negPos = -1;
  let cardPos = -1;
  let vaEnd = -1; // end of a "VA" / "virtual account" cue: a bank name right after it is the VA's bank
  const nl = cueHits(lower, from, start, LEFT_HITS);
  for (let i = 0; i < nl; i++) {
    const h = LEFT_HITS[i];
    const k = h.kind;
    if (k === 'neg') {
      negPos = h.pos;
      vaEnd = h.text === 'va' || h.text === 'virtual account' ? h.pos + h.text.length : -1;
    } else if (k === 'example') out.example = true;
    else if (k === 'official') out.official = true;
    else if (k === 'channel') {
      out.official = true;
      if (CHANNEL_PHONE.test(h.text) && h.pos >= typePos) {
        typePos = h.pos;
        out.type = 'phone';
      }
    } else if (k === 'person') out.person = true;
    else if (k === 'cardweak') {
      out.cardWeak = true;
      cardPos = h.pos;
    } else if (TYPE_KINDS.has(k) && h.pos >= typePos) {
      if (k === 'card') cardPos = h.pos;
      typePos = h.pos;
      out.type = k;
      if (k === 'bank') out.bankStrong = /rek|acc/.test(h.text);
    }
  }
  // bank names (case-sensitive) count as a 'bank' cue at their position
  if (hasUpper(text, from, start)) {
    BANK_RE.lastIndex = 0;
    const leftOrig = text.slice(from, start);
    let m: RegExpExecArray | null;
    while ((m = BANK_RE.exec(leftOrig)) !== null) {
      if (vaEnd >= 0 && m.index >= vaEnd && m.index - vaEnd <= 3) continue; // "VA BNI 8277…", "Virtual Account Bank DKI …"
      if (m.index >= typePos) {
        typePos = m.index;
        out.type = 'bank';
        out.bankStrong = true;
      } else if (out.type === 'bank') out.bankStrong = true;
    }
  }
  if (negPos >= 0 && negPos > typePos) out.neg = true;
  out.cardNear = cardPos >= 0 && cardPos > negPos && cardPos >= typePos;

  // right side: only close cues count for the kind; person/official/negative within the window
  const nr = cueHits(lower, end, to, RIGHT_HITS);
  for (let i = 0; i < nr; i++) {
    const h = RIGHT_HITS[i];
    const k = h.kind;
    const pos = h.pos;
    if (k === 'neg') {
      // "…8876, transaksi gagal": a new clause after a comma does not name the value
      if (pos <= 4 && !/[,.;]/.test(lower.slice(end, end + pos))) out.neg = true;
    } else if (k === 'example') out.example = true;
    else if (k === 'channel') out.official = true;
    else if (k === 'official') {
      if (!WEAK_OFFICIAL.test(h.text)) out.official = true;
    } else if (k === 'person') {
      if (pos <= 24) out.person = true;
    } else if (k === 'cardweak') out.cardWeak = true;
    else if (out.type === null && pos <= 14 && TYPE_KINDS.has(k)) out.type = k;
  }
  return out;
}

function hasUpper(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}


/** For tests: the raw regexes of this module. */
export const CUE_REGEXES: RegExp[] = [...GROUP_Y, BANK_RE, MONEY_TAIL, WEAK_OFFICIAL, CHANNEL_PHONE];
