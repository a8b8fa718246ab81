/**
 * What each pii finding says: what it is, why it matters (UU 27/2022 tentang Pelindungan Data Pribadi),
 * what to do. Indonesian first. A weaker variant ("Mungkin …") is used for info-level findings.
 */
import type { Msg } from '../types';

export type PiiKind =
  | 'nik'
  | 'kk'
  | 'npwp'
  | 'nip'
  | 'phone'
  | 'email'
  | 'bank_account'
  | 'card'
  | 'passport'
  | 'bpjs'
  | 'address'
  | 'birthdate'
  | 'health'
  | 'criminal'
  | 'child'
  | 'plate';

const SURE: Record<PiiKind, Msg> = {
  nik: {
    id: 'Ini tampak seperti NIK warga. NIK adalah data pribadi (UU PDP) dan bisa disalahgunakan. Samarkan, mis. 3204********0003, atau sampaikan lewat pesan pribadi.',
    en: "This looks like a citizen's NIK (ID number). It is personal data under the PDP Law and can be misused. Mask it, e.g. 3204********0003, or send it privately.",
  },
  kk: {
    id: 'Ini tampak seperti nomor Kartu Keluarga. Nomor KK membuka data seluruh anggota keluarga. Samarkan sebagian digitnya atau sampaikan lewat pesan pribadi.',
    en: 'This looks like a family card (KK) number. It exposes the data of the whole family. Mask most digits or send it privately.',
  },
  npwp: {
    id: 'Ini tampak seperti NPWP pribadi. Nomor pajak perorangan adalah data pribadi. Samarkan sebagian digitnya sebelum diunggah.',
    en: "This looks like a person's tax number (NPWP). It is personal data. Mask most digits before posting.",
  },
  nip: {
    id: 'Ini tampak seperti NIP pegawai (memuat tanggal lahir). Jangan tampilkan NIP lengkap di unggahan publik; samarkan sebagian digitnya.',
    en: "This looks like a civil servant's NIP (it contains the birth date). Don't post it in full; mask part of it.",
  },
  phone: {
    id: 'Ini tampak seperti nomor HP/telepon pribadi. Menyebarkannya tanpa izin melanggar UU PDP dan membuka peluang penipuan. Samarkan, mis. 0812-****-7890, atau hubungi lewat pesan pribadi.',
    en: "This looks like a private phone number. Posting it without consent breaches the PDP Law and invites scams. Mask it, e.g. 0812-****-7890, or reach the person privately.",
  },
  email: {
    id: 'Ini tampak seperti alamat e-mail pribadi. Jangan tampilkan e-mail warga di ruang publik; samarkan, mis. s***@gmail.com.',
    en: "This looks like a personal e-mail address. Don't show a citizen's e-mail publicly; mask it, e.g. s***@gmail.com.",
  },
  bank_account: {
    id: 'Ini tampak seperti nomor rekening bank seseorang. Nomor rekening adalah data keuangan pribadi; samarkan, mis. ******5678.',
    en: "This looks like someone's bank account number. It is personal financial data; mask it, e.g. ******5678.",
  },
  card: {
    id: 'Ini tampak seperti nomor kartu debit/kredit. Jangan pernah menampilkannya; jika perlu, tampilkan 6 digit awal dan 4 digit akhir saja.',
    en: 'This looks like a debit/credit card number. Never post it; if needed show only the first 6 and last 4 digits.',
  },
  passport: {
    id: 'Ini tampak seperti nomor paspor. Nomor dokumen perjalanan adalah data pribadi; samarkan sebelum diunggah.',
    en: 'This looks like a passport number. It is personal data; mask it before posting.',
  },
  bpjs: {
    id: 'Ini tampak seperti nomor kartu BPJS/JKN-KIS. Nomor kepesertaan adalah data pribadi; samarkan sebagian digitnya.',
    en: 'This looks like a BPJS / JKN-KIS membership number. It is personal data; mask most digits.',
  },
  address: {
    id: 'Ini tampak seperti alamat rumah seseorang (jalan, nomor, RT/RW). Alamat lengkap warga sebaiknya tidak diumumkan; cukup sebut kelurahan atau samarkan nomornya.',
    en: "This looks like someone's home address (street, number, RT/RW). Don't publish a citizen's full address; name the area only or mask the numbers.",
  },
  birthdate: {
    id: 'Ini tampak seperti tanggal lahir seseorang. Tanggal lahir sering dipakai untuk verifikasi identitas; hapus atau tampilkan tahunnya saja.',
    en: "This looks like a person's date of birth. It is often used to verify identity; remove it or show the year only.",
  },
  health: {
    id: 'Ini data kesehatan seseorang yang dapat dikenali. Data kesehatan termasuk data pribadi spesifik (UU PDP Pasal 4 ayat 2) dan dapat memicu stigma; hapus atau jangan kaitkan dengan nama.',
    en: 'This is health information about an identifiable person. Health data is specific personal data (PDP Law art. 4(2)) and can cause stigma; remove it or keep the person anonymous.',
  },
  criminal: {
    id: 'Ini catatan kejahatan/status hukum seseorang yang dapat dikenali. Termasuk data pribadi spesifik (UU PDP Pasal 4 ayat 2); hindari menyebut nama atau gunakan inisial.',
    en: "This is an identifiable person's criminal record or legal status. It is specific personal data (PDP Law art. 4(2)); avoid the name or use initials.",
  },
  child: {
    id: 'Ini data anak yang dapat dikenali (nama dengan usia, sekolah, atau kelas). Data anak wajib dilindungi khusus (UU PDP Pasal 4 ayat 2); gunakan inisial dan hapus detail sekolah.',
    en: "This identifies a child (name with age, school or class). Children's data needs special protection (PDP Law art. 4(2)); use initials and drop the school details.",
  },
  plate: {
    id: 'Ini nomor polisi kendaraan yang dikaitkan dengan seseorang atau kejadian. Nomor kendaraan dapat menunjuk pemiliknya; samarkan angkanya.',
    en: 'This is a vehicle plate tied to a person or incident. A plate points to its owner; mask the digits.',
  },
};

const MAYBE: Record<PiiKind, Msg> = Object.fromEntries(
  (Object.keys(SURE) as PiiKind[]).map((k) => [k, { id: 'Mungkin data pribadi. ' + SURE[k].id, en: 'Possibly personal data. ' + SURE[k].en }]),
) as Record<PiiKind, Msg>;

const ORG_NPWP: Msg = {
  id: 'Ini tampak seperti NPWP badan/instansi (bukan perorangan). Biasanya boleh dipublikasikan, tetapi pastikan memang perlu.',
  en: 'This looks like an organisation\'s NPWP (not a person). Usually fine to publish, but check it is needed.',
};

export function messageFor(kind: PiiKind, strong: boolean): Msg {
  return strong ? SURE[kind] : MAYBE[kind];
}

export function orgNpwpMessage(): Msg {
  return ORG_NPWP;
}

