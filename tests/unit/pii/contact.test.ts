import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import { alerts, hits, kinds, only, pii } from './helpers';

describe('pii.phone', () => {
  it('normalises +62 / 62 / 0 and any separators', () => {
    expect(hits('Hubungi saya di +62 812-3456-7890 ya')).toEqual(['phone:+62 812-3456-7890']);
    expect(hits('nomor saya 62812 3456 7890')).toEqual(['phone:62812 3456 7890']);
    expect(hits('HP 0812.3456.7890 milik Pak Rahmat')).toEqual(['phone:0812.3456.7890']);
    expect(hits('WA: 0857-1234-5678 (Bu Rina)')).toEqual(['phone:0857-1234-5678']);
    expect(hits('Nomor pelapor: 085712345678')).toEqual(['phone:085712345678']);
  });

  it('a person next to the number raises it to danger', () => {
    expect(alerts('Nomor WA beliau 0821-4455-6677 sudah kami simpan')[0].severity).toBe('danger');
    expect(alerts('0812-3456-7890')[0].severity).toBe('warning');
  });

  it('fixed lines: a home number with a person alerts, an office line is info', () => {
    expect(hits('Telp rumah Pak Yusuf (0251) 832 1234 tidak aktif')).toEqual(['phone:(0251) 832 1234']);
    expect(kinds('Telepon kantor (021) 555 1234 setiap hari kerja')).toEqual([]);
    expect(only('Telepon (021) 555 1234', 'phone').map((f) => f.severity)).toEqual(['info']);
  });

  it('call centres, hotlines and official WA get no finding at all (issue 13)', () => {
    expect(only('Hotline resmi Dinkes: 0811-2233-4455 (24 jam)', 'phone')).toEqual([]);
    expect(kinds('Silakan hubungi WA pengaduan resmi 0811-2233-4455')).toEqual([]);
  });

  it('a number offered as the office channel ("via WA", "Call Center X", "daftar") gets no finding', () => {
    expect(kinds('Pendaftaran peserta pelatihan dibuka sampai Jumat, lewat WA 0813-2468-1357.')).toEqual([]);
    expect(kinds('Temukan satwa liar? Laporkan ke Call Center Balai Konservasi 0812-9753-1864.')).toEqual([]);
    expect(kinds('Reservasi ruang baca bisa melalui WhatsApp 0857-1122-3344 pada jam kerja.')).toEqual([]);
    expect(kinds('Kebakaran? Panggil 113 atau 0811-9988-7766, gratis.')).toEqual([]);
    expect(kinds('Butuh evakuasi? Hubungi Pusdalops (0274) 555123 24 jam.')).toEqual([]);
    // a person beside the number still makes it personal
    expect(hits('Kami sudah menghubungi Ibu Ratna lewat WA 0813-2468-1357 kemarin.')).toEqual(['phone:0813-2468-1357']);
  });

  it('never flags short codes, 14xxx, 1500xxx, 0800 and 177 numbers', () => {
    expect(pii('Darurat 112, ambulans 119, polisi 110, damkar 113, SAR 115, PLN 123')).toEqual([]);
    expect(pii('Call center 14080 dan Halo Kemenkes 1500567')).toEqual([]);
    expect(pii('Bebas pulsa 0800-1-234567 atau 0800 123 4567')).toEqual([]);
    expect(pii('Layanan 177 1234567')).toEqual([]);
  });

  it('traps: amounts, accounts, codes, times, dates', () => {
    expect(kinds('Biaya Rp 081.234.567 sudah dibayar')).toEqual([]);
    expect(hits('rek BCA 0812345678 a.n. Sari')).toEqual(['bank_account:0812345678']);
    expect(kinds('Kode SKU 0812-5566-789 di katalog')).toEqual([]);
    expect(kinds('kode booking 081234567890 sudah dikirim')).toEqual([]);
    expect(kinds('No. resi 081234567890 sedang diproses')).toEqual([]);
    expect(kinds('Buka pukul 08.00 - 16.00 WIB, 03-12-1985 bukan nomor')).toEqual([]);
    expect(kinds('Nomor 0812-9xxx-xxxx bukan milik petugas kami')).toEqual([]);
    expect(kinds('Contoh format: 08xx-xxxx-xxxx')).toEqual([]);
  });

  it('masks like 0812-****-7890 in the writer\'s own layout', () => {
    expect(alerts('HP 0812-3456-7890 milik warga')[0].suggestion).toBe('0812-****-7890');
    expect(alerts('WA +62 812 3456 7890 milik warga')[0].suggestion).toBe('+62 812 **** 7890');
  });

  it('the allowlist in settings drops the office number in any notation', () => {
    const text = 'Hubungi Pak Budi di 0812-3456-7890';
    expect(analyze(text).filter((f) => f.rule === 'pii.phone').length).toBe(1);
    expect(analyze(text, { settings: { allowlist: ['+62 812 3456 7890'] } }).filter((f) => f.rule === 'pii.phone')).toEqual([]);
  });
});

describe('pii.email', () => {
  it('personal free mail alerts; obfuscated forms too', () => {
    expect(hits('Kirim ke budi.santoso88@gmail.com ya')).toEqual(['email:budi.santoso88@gmail.com']);
    expect(hits('email sri_wahyuni@yahoo.co.id terpental')).toEqual(['email:sri_wahyuni@yahoo.co.id']);
    expect(hits('alamat budi [at] gmail [dot] com')).toEqual(['email:budi [at] gmail [dot] com']);
    expect(hits('alamat budi(at)gmail(dot)com')).toEqual(['email:budi(at)gmail(dot)com']);
    expect(alerts('budi.santoso88@gmail.com')[0].severity).toBe('danger');
  });
  it("the office's own and role addresses get no finding at all (issue 13)", () => {
    expect(kinds('Info ppid@kemenkes.go.id dan humas@bogorkota.go.id')).toEqual([]);
    expect(only('Info ppid@kemenkes.go.id', 'email')).toEqual([]);
    expect(only('Silakan email ke pengaduan@pajak.go.id', 'email')).toEqual([]);
    expect(kinds('aduan ke pengaduan.dinsos@gmail.com')).toEqual([]);
    expect(kinds('kirim CV ke hrd@maju-jaya.co.id')).toEqual([]);
  });
  it('a personal address on another domain is a warning', () => {
    expect(alerts('Rina.Sari@perusahaan.com')[0].severity).toBe('warning');
  });
  it('examples are not flagged; masks like s***@gmail.com', () => {
    expect(kinds('Format: nama@domain.com')).toEqual([]);
    expect(alerts('kontak ratna.dewi@gmail.com')[0].suggestion).toBe('r***@gmail.com');
  });
  it('trap: a handle or a URL is not an e-mail', () => {
    expect(pii('@dewi_anggr terima kasih, cek https://x.com/@humas')).toEqual([]);
  });
});

describe('pii.bank_account', () => {
  it('needs a bank cue: rek, rekening, a bank name', () => {
    expect(hits('rekening BNI 0123456789 a.n. Sari')).toEqual(['bank_account:0123456789']);
    expect(hits('no rek Mandiri 1234567890123')).toEqual(['bank_account:1234567890123']);
    expect(hits('transfer ke BRI 0123-01-012345-53-1')).toEqual(['bank_account:0123-01-012345-53-1']);
    expect(kinds('Saldo 0123456789 tidak berubah')).toEqual([]);
  });
  it('masks as ******6789', () => {
    expect(alerts('rek BCA 0123456789 a.n. Sari')[0].suggestion).toBe('******6789');
  });
  it('institution and foundation accounts are info', () => {
    expect(kinds('Donasi ke Rekening Kas Umum Daerah Bank BJB 0001234567890')).toEqual([]);
    expect(kinds('Donasi ke rek BSI 7123456789 a.n. Yayasan Peduli')).toEqual([]);
  });
  it('trap: "secara mandiri" is not the bank', () => {
    expect(kinds('Warga mengisi formulir secara mandiri 1234567890')).toEqual([]);
  });
});

describe('pii.card', () => {
  it('Luhn + brand, with or without a card cue', () => {
    expect(hits('kartu debit 4532 0151 1283 0366 tertinggal')).toEqual(['card:4532 0151 1283 0366']);
    expect(hits('CC 5500 0000 0000 0004 terblokir')).toEqual(['card:5500 0000 0000 0004']);
    expect(kinds('Bayar pakai 4532015112830366 kemarin')).toEqual(['card']);
  });
  it('suggests first 6 + last 4', () => {
    expect(alerts('kartu kredit 4532015112830366')[0].suggestion).toBe('453201******0366');
  });
  it('traps: Luhn fails, serial numbers, IMEI', () => {
    expect(kinds('Bayar pakai 4532015112830367 kemarin')).toEqual([]);
    expect(kinds('Nomor seri 4532015112830366 di perangkat')).toEqual([]);
    expect(kinds('IMEI 35-209900-176148-1 terdaftar')).toEqual([]);
  });
});

describe('pii.bpjs', () => {
  it('13 digits of a JKN-KIS card', () => {
    expect(hits('No. BPJS 0001234567890 aktif kembali')).toEqual(['bpjs:0001234567890']);
    expect(hits('kartu KIS 0002 3456 7890 1 milik Nenek')).toEqual(['bpjs:0002 3456 7890 1']);
    expect(kinds('No. JKN 0001234567890')).toEqual(['bpjs']);
  });
  it('BPJS Ketenagakerjaan (KPJ, 11 digits)', () => {
    expect(kinds('BPJS TK no 12345678901 sudah cair')).toEqual(['bpjs']);
  });
  it('trap: the care centre number', () => {
    expect(kinds('Hubungi BPJS Care Center 165')).toEqual([]);
  });
});
