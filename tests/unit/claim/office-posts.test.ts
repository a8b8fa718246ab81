import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';

const alerts = (text: string) => analyze(text, { now: new Date('2026-11-22T02:00:00Z') }).filter((f) => f.category === 'claim' && f.severity !== 'info');

describe('an office’s ordinary posts are not unverified claims', () => {
  it.each([
    'Layanan perekaman KTP-el di kantor kecamatan buka setiap Senin sampai Kamis pukul 08.00–14.00 WIB.',
    'Siang tadi Bupati meresmikan gedung posyandu baru di Desa Cibeureum bersama para kader.',
    'Rapat evaluasi penanganan banjir dihadiri seluruh lurah dan kepala dinas terkait.',
    'Berkas permohonan Ibu sudah lengkap, mohon ditunggu kabar selanjutnya dari petugas kami.',
    'Antrean loket dibuka jam 7.30 dan ditutup jam 12.00.',
    // the channel an office answers on is not an actor of a rumour
    'Info peminjaman ruang baca bisa melalui WhatsApp pada jam kerja.',
  ])('%s', (text) => {
    expect(alerts(text)).toEqual([]);
  });

  it.each([
    // a notice's bare sentences are the office's own information
    'Pemadaman listrik bergilir di wilayah Cibinong hari ini pukul 10.00–14.00. Mohon maaf atas ketidaknyamanannya.',
    'Jalan Pajajaran ditutup sementara karena perbaikan saluran air. Pengendara diimbau melalui Jalan Suryakencana.',
    'Banjir di Kampung Melayu sudah surut; petugas kami membersihkan lumpur di jalan.',
    'Kapal patroli berjaga di perairan Natuna sepanjang pekan ini.',
    'Pasar murah digelar di halaman kantor kecamatan hari Sabtu pukul 08.00 WIB.',
    'Warga diimbau tidak membakar sampah karena asapnya mengganggu kesehatan.',
    'Samsat Keliling hadir di Alun-alun Kota Batu setiap Minggu pukul 07.00–11.00 WIB.',
  ])('notice: %s', (text) => {
    expect(alerts(text)).toEqual([]);
  });

  it('names a regional office as a source: "menurut pantauan Disperindag"', () => {
    const f = analyze('Harga beras di pasar tradisional naik 5 persen dibanding bulan lalu menurut pantauan Disperindag.', { now: new Date('2026-11-22T02:00:00Z') }).filter((x) => x.category === 'claim');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('keeps a rumour loud even in a post with office words, and a blame-cause loud', () => {
    expect(alerts('Warga heboh, ternyata Pak Lurah Sukamaju ditangkap KPK semalam karena korupsi dana desa.').length).toBeGreaterThan(0);
    expect(alerts('Jalan ini rusak karena truk tambang ilegal lewat tiap malam.').length).toBeGreaterThan(0);
  });

  it('reads alert levels and pipe sizes as labels, not statistics', () => {
    const siaga = analyze('Tinggi muka air di Bendung Katulampa berstatus Siaga 3 berdasarkan pantauan petugas pos.', { now: new Date('2026-11-22T02:00:00Z') });
    expect(siaga.map((f) => f.rule)).not.toContain('claim.statistic');
    expect(alerts('Perbaikan pipa transmisi diameter 400 mm di Jl. Raya Serpong.')).toEqual([]);
  });

  it('still flags an unannounced rule change and share-bait', () => {
    expect(alerts('Mulai 1 Agustus, bikin SIM C tidak perlu lagi ujian praktik.').length).toBeGreaterThan(0);
    expect(alerts('Mumpung belum di-takedown, ini video asli kejadian semalam. Share sebanyak-banyaknya!').length).toBeGreaterThan(0);
  });

  it('reads an instruction to the reader as an instruction', () => {
    expect(alerts('Sampaikan aspirasi Anda dengan jelas agar mudah ditindaklanjuti.')).toEqual([]);
    expect(alerts('Pastikan kompor mati dan kabel listrik dicabut sebelum mudik.')).toEqual([]);
  });

  it('while a rumour about someone else still is', () => {
    expect(alerts('Ternyata kepala dinas itu ditangkap polisi semalam, beritanya ditutup-tutupi.').length).toBeGreaterThan(0);
  });
});
