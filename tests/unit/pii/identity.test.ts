import { describe, expect, it } from 'vitest';
import { alerts, hits, kinds, only } from './helpers';

describe('pii.nik', () => {
  it('finds a NIK after the cue, in every layout', () => {
    expect(hits('Data warga NIK 3201012301900001 sudah kami perbaiki.')).toEqual(['nik:3201012301900001']);
    expect(hits('No. KTP 3273-01-550590-0002 mohon dicek ulang')).toEqual(['nik:3273-01-550590-0002']);
    expect(hits('NIK: 32.73.01.550590.0002 (Bapak Dadang)')).toEqual(['nik:32.73.01.550590.0002']);
    expect(hits('KTP-el nomor 6471 0512 0388 0004 sudah jadi')).toEqual(['nik:6471 0512 0388 0004']);
  });

  it('reads full-width digits and a cue on the line before', () => {
    const wide = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const fw = `${wide('NIK')} ${wide('3273015505900002')} sudah aktif`;
    expect(kinds(fw)).toEqual(['nik']);
    const nl = 'NIK:\n3273015505900002\nmohon dicek';
    expect(hits(nl)).toEqual(['nik:3273015505900002']);
  });

  it('flags a valid NIK without a cue as a warning, with a cue as danger', () => {
    const bare = alerts('Pak Dadang Suganda 3273015505900002 sudah terdaftar');
    expect(bare.map((f) => [f.rule, f.severity])).toEqual([['pii.nik', 'warning']]);
    const cued = alerts('NIK Pak Dadang 3273015505900002 sudah terdaftar');
    expect(cued[0].severity).toBe('danger');
  });

  it('suggests the masked NIK and keeps the raw value', () => {
    const [f] = alerts('NIK 3201012301900001 sudah aktif');
    expect(f.suggestion).toBe('3201********0001');
    expect(f.value).toBe('3201012301900001');
    expect(f.msg.id).toMatch(/NIK/);
    expect(f.msg.en).toMatch(/NIK/);
  });

  it('traps: impossible province or date, masked values, transaction ids', () => {
    expect(kinds('Nomor registrasi 3901214503880007 untuk yayasan')).toEqual([]); // province 39 does not exist
    expect(kinds('Kode uji 3271 9934 5612 0001 untuk sistem')).toEqual([]); // month 56
    expect(kinds('Status NIK 3271********0016 sudah valid')).toEqual([]);
    expect(kinds('ID transaksi 3273015505900002 berhasil')).toEqual([]);
    expect(kinds('Nomor kontrak 3273015505900002 untuk proyek jalan')).toEqual([]);
    expect(kinds('Nomor resi 3273015505900002 sudah dikirim')).toEqual([]);
  });

  it('an announced but impossible NIK is only info', () => {
    const f = only('Jangan isi NIK sembarangan seperti 1234567890123456 ya', 'nik');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('an unknown district lowers the score without rejecting', () => {
    // 3273 exists, district 99 does not; with the cue it still alerts
    expect(kinds('NIK 3273995505900002 tercatat')).toEqual(['nik']);
    const unknown = only('Data 3273995505900002 tercatat', 'nik');
    const known = only('Data 3273015505900002 tercatat', 'nik');
    expect(unknown.length).toBe(1);
    expect(unknown[0].confidence!).toBeLessThan(known[0].confidence!);
    // an unknown regency as well: only info
    expect(only('Data 3299015505900002 tercatat', 'nik')[0].severity).toBe('info');
  });

  it('a NIK that also passes Luhn with a card prefix stays a NIK (the region and date fit)', () => {
    // 5371… is NTT / Kota Kupang and Luhn-valid at the same time
    expect(kinds('NIK 5371022503605168 sudah siap')).toEqual(['nik']);
    expect(kinds('Data 5371022503605168 a.n. Bu Maria')).toEqual(['nik']);
  });

  it('two values side by side are two findings', () => {
    expect(hits('NIK 3273015505900002 dan nomor HP 081234567890 milik pelapor')).toEqual(['nik:3273015505900002', 'phone:081234567890']);
    expect(hits('3273015505900002 081234567890')).toEqual(['nik:3273015505900002', 'phone:081234567890']);
  });
});

describe('pii.kk', () => {
  it('reads a family card number from its cue', () => {
    expect(hits('No KK: 3273012001150003 sudah diperbarui')).toEqual(['kk:3273012001150003']);
    expect(hits('Kartu Keluarga nomor 3273-0120-0115-0003 milik keluarga Pak Ujang')).toEqual(['kk:3273-0120-0115-0003']);
    expect(hits('KK No. 3273012001150003 terbit hari ini')).toEqual(['kk:3273012001150003']);
  });
  it('trap: "KK" as a count of families is not a number cue', () => {
    expect(kinds('Bantuan untuk 1.234 KK penerima di 6 kecamatan')).toEqual([]);
  });
});

describe('pii.npwp', () => {
  it('checks the 9th digit (Luhn over the first 8)', () => {
    expect(hits('NPWP 45.123.456.1-407.000 atas nama Bu Ratna')).toEqual(['npwp:45.123.456.1-407.000']);
    // a wrong check digit: info, unless the value is announced as an NPWP and written in the NPWP layout
    // (a mistyped NPWP still points at its owner; issue 19)
    expect(only('NPWP 451234562407000', 'npwp')[0].severity).toBe('info');
    expect(only('Nomor 45.123.456.2-407.000 sudah terdaftar', 'npwp')[0].severity).toBe('info');
    expect(kinds('NPWP 45.123.456.2-407.000 atas nama Bu Ratna')).toEqual(['npwp']);
  });
  it("a firm's or an office's NPWP named just before it is not personal", () => {
    expect(kinds('Pemenang tender: CV Sinar Jaya, NPWP 45.123.456.1-407.000.')).toEqual([]);
    expect(kinds('NPWP Pemdes Sukamaju: 45.123.456.2-407.000.')).toEqual([]);
    expect(kinds('Dinas sudah terima, NPWP Bapak 45.123.456.1-407.000 sudah padan.')).toEqual(['npwp']);
  });
  it('organisations (first two digits 00–03) are not personal', () => {
    const f = only('NPWP Bendahara Dinas 01.234.567.4-407.000 untuk pemotongan pajak', 'npwp');
    expect(f.length).toBe(1);
    expect(f[0].severity).toBe('info');
  });
  it('the NIK-based 16-digit NPWP', () => {
    expect(kinds('NPWP Bapak 3273015505900002 sudah padan')).toEqual(['npwp']);
  });
  it('masks in place', () => {
    expect(alerts('NPWP 45.123.456.1-407.000')[0].suggestion).toBe('45.***.***.*-***.000');
  });
});

describe('pii.nip', () => {
  it('validates birth date, appointment ≥ 18 years later, gender digit', () => {
    expect(hits('NIP 19850315 201001 2 003 sudah naik pangkat')).toEqual(['nip:19850315 201001 2 003']);
    expect(kinds('NIP. 198503152010012003 mohon dicek')).toEqual(['nip']);
    expect(kinds('Pegawai 198503152010012003 dimutasi')).toEqual(['nip']);
  });
  it('traps: appointment before 18, gender 3, no cue', () => {
    expect(kinds('Kode 198503152000012003 di arsip')).toEqual([]);
    expect(kinds('Kode 198503152010013003 di arsip')).toEqual([]);
    expect(only('NIP 198503152010013003', 'nip')[0]?.severity ?? 'info').toBe('info');
  });
});

describe('pii.passport', () => {
  it('a letter and seven digits next to "paspor"/"passport"', () => {
    expect(hits('Nomor paspor X1234567 sudah terbit')).toEqual(['passport:X1234567']);
    expect(hits('No. Paspor: A 1234567 a.n. Bu Rina')).toEqual(['passport:A 1234567']);
    expect(hits('passport C7654321, issued 2024')).toEqual(['passport:C7654321']);
  });
  it('trap: the same shape without the cue', () => {
    expect(kinds('Kode barang B1234567 sudah dikirim')).toEqual([]);
  });
});
