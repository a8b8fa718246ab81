import { describe, expect, it } from 'vitest';
import { alerts, hits, kinds } from './helpers';

describe('pii.address', () => {
  it('street + number / RT-RW', () => {
    expect(hits('beralamat di Jl. Melati III No. 12, RT 04/RW 05, Kel. Sukasari')).toEqual(['address:Jl. Melati III No. 12, RT 04/RW 05']);
    expect(hits('tinggal di Jalan Kenanga Nomor 8 sejak 2010')).toEqual(['address:Jalan Kenanga Nomor 8']);
    expect(hits('Jln. Sudirman Gg. Buntu 2 No. 7 kebanjiran')).toEqual(['address:Jln. Sudirman Gg. Buntu 2 No. 7']);
    expect(hits('Perum Griya Asri Blok C2 No. 15 milik Pak Dedi')).toEqual(['address:Perum Griya Asri Blok C2 No. 15']);
    expect(hits('alamat: Jl. Pajajaran No.45')).toEqual(['address:Jl. Pajajaran No.45']);
    expect(hits('Dusun Sukamulya RT 003/RW 007 Desa Cikole')).toEqual(['address:Dusun Sukamulya RT 003/RW 007']);
  });
  it('street plus RT/RW is stronger than a house number alone', () => {
    const both = alerts('rumah di Jl. Kenari No. 3 RT 01/RW 02')[0];
    const one = alerts('usaha di Jl. Kenari No. 3')[0];
    expect(both.confidence!).toBeGreaterThan(one.confidence!);
    expect(both.suggestion).toBe('Jl. Kenari No. * RT **/RW **');
  });
  it('public buildings and venues are not personal addresses', () => {
    expect(kinds('Kantor Kelurahan Sukasari, Jl. Melati No. 1, buka Sabtu')).toEqual([]);
    expect(kinds('Puskesmas Tegal Gundil (Jl. Pandu Raya No. 5) membuka vaksinasi')).toEqual([]);
    expect(kinds('RSUD Kota (Jl. Dr. Semeru No. 120) melayani cuci darah')).toEqual([]);
    expect(kinds('Masjid Agung, Jl. Dewi Sartika No. 1, menggelar salat Id')).toEqual([]);
    expect(kinds('Festival kuliner di Jl. Suryakencana No. 9 Sabtu ini')).toEqual([]);
  });
  it('but a home near a public word is still a home', () => {
    expect(kinds('Petugas puskesmas mengunjungi rumah Bu Ani di Jl. Mawar No. 5')).toEqual(['address']);
  });
  it('traps: a road without a number, a neighbourhood without a street', () => {
    expect(kinds('Kecelakaan di Jl. Raya Tajur km 3, arus dialihkan lewat Jl. Pakuan')).toEqual([]);
    expect(kinds('Kerja bakti di RW 05 Kelurahan Cilendek Minggu besok')).toEqual([]);
    expect(kinds('jalan rusak di no 3 kota')).toEqual([]);
  });
});

describe('pii.birthdate', () => {
  it('lahir / tgl lahir / TTL / DOB + a full date', () => {
    expect(hits('tgl lahir 12/05/1987')).toEqual(['birthdate:12/05/1987']);
    expect(hits('lahir di Surabaya, 3 Maret 1990')).toEqual(['birthdate:3 Maret 1990']);
    expect(hits('TTL: Medan, 5-9-1975')).toEqual(['birthdate:5-9-1975']);
    expect(hits('Applicant DOB: June 3, 1994')).toEqual(['birthdate:June 3, 1994']);
    expect(hits('tanggal lahir: 1990-05-12')).toEqual(['birthdate:1990-05-12']);
  });
  it('keeps the year in the suggestion', () => {
    expect(alerts('lahir 17-08-1985')[0].suggestion).toBe('**-**-1985');
  });
  it('traps: examples, Hari Lahir, a year alone, events, future or invalid dates', () => {
    expect(kinds('Contoh pengisian kolom TTL: Bandung, 17-08-1945')).toEqual([]);
    expect(kinds('Hari Lahir Pancasila 1 Juni 2026 diperingati di alun-alun')).toEqual([]);
    expect(kinds('Bapak kelahiran 1965 berhak atas bansos lansia')).toEqual([]);
    expect(kinds('Ada 2.415 bayi lahir di kota ini sepanjang Januari 2026')).toEqual([]);
    expect(kinds('lahir 31-02-1990')).toEqual([]);
    expect(kinds('lahir 01-01-2030')).toEqual([]);
  });
});

describe('pii.plate', () => {
  it('a plate tied to a vehicle, owner or incident', () => {
    expect(hits('motor AB 1234 CD milik Pak Joko hilang')).toEqual(['plate:AB 1234 CD']);
    expect(hits('Truk bernopol BE 8765 AB terguling di tol')).toEqual(['plate:BE 8765 AB']);
    expect(hits('Pemilik mobil B1734NKQ harap ke posko')).toEqual(['plate:B1734NKQ']);
    expect(alerts('Motor nopol F 1234 XY ditilang')[0].suggestion).toBe('F **** XY');
  });
  it('a vehicle with no person or incident is only info', () => {
    expect(kinds('Pemutihan pajak untuk kendaraan seperti B 1234 ABC berlaku sampai Desember')).toEqual([]);
  });
  it('traps: official cars, masked plates, no vehicle context, acronyms', () => {
    expect(kinds('mobil dinas plat merah B 1234 PQR')).toEqual([]);
    expect(kinds('Pengendara bernopol B 3xxx XYZ sudah ditangani')).toEqual([]);
    expect(kinds('Jadwal D 1234 XY belum keluar')).toEqual([]);
    expect(kinds('Sesuai PP 40 Tahun 2019 dan UU 27 Tahun 2022')).toEqual([]);
  });
});

describe('pii.health', () => {
  it('health data tied to an identifiable person', () => {
    expect(hits('Pak Joko positif TBC dan sedang dirawat')).toEqual(['health:positif TBC']);
    expect(hits('Ibu Ani penderita kanker payudara butuh bantuan')).toEqual(['health:kanker payudara']);
    expect(hits('Sdr. Rudi sedang menjalani rehabilitasi narkoba')).toEqual(['health:rehabilitasi narkoba']);
    expect(hits('Warga bernama Yanto positif Covid-19 dan isolasi mandiri')).toEqual(['health:positif Covid-19 dan isolasi mandiri']);
    expect(kinds('ODHA atas nama Sdr. K sudah rutin berobat')).toEqual(['health']);
    expect(kinds('Nomor WA beliau sudah masuk grup; beliau hamil 7 bulan')).toEqual(['health']);
  });
  it('a name cut off by an abbreviation still counts ("a.n. Ny. Sumiati")', () => {
    expect(kinds('Pasien COVID a.n. Ny. Sumiati (72) sudah pulih')).toEqual(['health']);
  });
  it('close terms of one sentence make one finding', () => {
    expect(hits('Kakek Darto lumpuh sejak stroke tahun lalu')).toEqual(['health:lumpuh sejak stroke']);
  });
  it('a reply to a named citizen counts "Bapak" as that person', () => {
    expect(kinds('Yth. Sdr. Hamid: hasil pemeriksaan menyatakan Bapak reaktif sifilis.')).toEqual(['health']);
  });
  it('a street or hospital named after someone is not a person', () => {
    expect(kinds('Seminar pencegahan HIV/AIDS di Aula, Jl. Ir. H. Juanda No. 10')).toEqual([]);
    expect(kinds('Layanan cuci darah kini ada di RSUD dr. Soetomo')).toEqual([]);
  });
  it('general health information is fine', () => {
    expect(kinds('Cegah DBD dengan 3M plus, tutup penampungan air')).toEqual([]);
    expect(kinds('Layanan tes HIV gratis di semua puskesmas')).toEqual([]);
    expect(kinds('Kampanye kesehatan jiwa: ODGJ berhak diobati, bukan dipasung')).toEqual([]);
    expect(kinds('Seorang pasien DBD di RSUD meninggal dunia')).toEqual([]);
    expect(kinds('Kelas ibu hamil dibuka tiap Kamis di posyandu')).toEqual([]);
  });
});

describe('pii.criminal', () => {
  it('criminal record or status of a named person', () => {
    expect(hits('Pak Anton mantan napi kini buka usaha')).toEqual(['criminal:mantan napi']);
    expect(hits('Sdr. Agus, residivis kasus curanmor, diamankan lagi')).toEqual(['criminal:residivis kasus curanmor']);
    expect(hits('SKCK a.n. Dodi tidak terbit karena masih berstatus terpidana')).toEqual(['criminal:masih berstatus terpidana']);
  });
  it('a suspect named by initials is the correct practice, not a leak (issue 13)', () => {
    expect(kinds('Tersangka berinisial RS (24) ditahan di Polsek Cibinong')).toEqual([]);
    expect(kinds('Polisi menangkap tersangka berinisial AS (34) di rumahnya.')).toEqual([]);
  });
  it('detainees and prisoners by name', () => {
    expect(kinds('a.n. Rudi Hartono, tahanan Rutan Cipinang, boleh dikunjungi keluarga')).toEqual(['criminal']);
  });
  it('no identifiable person, no finding', () => {
    expect(kinds('Polisi menetapkan dua tersangka kasus korupsi')).toEqual([]);
    expect(kinds('Mantan narapidana di lapas mendapat pelatihan kerja')).toEqual([]);
    expect(kinds('Polresta mengimbau warga waspada curanmor')).toEqual([]);
  });
});

describe('pii.child', () => {
  it('a named child with age, class or school', () => {
    expect(hits('Ananda Zahra (10 th) sudah dioperasi')).toEqual(['child:Zahra (10 th)']);
    expect(hits('Bayi bernama Aisyah (3 bulan) butuh donor darah')).toEqual(['child:Aisyah (3 bulan)']);
    expect(hits('Selamat untuk Laras Ayu (kelas IX B, SMPN 5 Bogor) juara OSN')).toEqual(['child:Laras Ayu (kelas IX B, SMPN 5 Bogor']);
    expect(hits('Siswa a.n. Fikri Ramadhan, kelas 7A SMPN 3 Depok, izin sakit')).toEqual(['child:Fikri Ramadhan, kelas 7A SMPN 3 Depok']);
    expect(kinds('Murid kelas 3 SDN 2 Cibinong, Rafi Ahmad, jadi korban perundungan')).toEqual(['child']);
    expect(kinds('domisili ananda Keysha Putri tercatat di luar zona')).toEqual(['child']);
  });
  it('a bare age or initials before a pupil word', () => {
    expect(hits('Dek Fajar (11), siswa SDN Cipaku 1, sudah kembali ke rumah')).toEqual(['child:Fajar (11), siswa SDN Cipaku 1']);
    expect(kinds('Korban berinisial DS (13), siswi kelas 7 SMPN 9, didampingi psikolog')).toEqual(['child']);
  });
  it('a minor by initials, a bare age, an English age or a class beside "anak saya"', () => {
    expect(kinds('Putra kami FA, 6 tahun, belum bisa masuk SD karena berkas')).toEqual(['child']);
    expect(kinds('Cucu saya Laila (9) hilang sepulang sekolah tadi sore')).toEqual(['child']);
    expect(kinds('Korban, Yusuf, 12, murid MI Al-Falah, sudah diperiksa')).toEqual(['child']);
    expect(kinds('Our son Daniel, 11 years old, was refused at the clinic')).toEqual(['child']);
    expect(kinds('my 9-year-old daughter lost her KIA card')).toEqual(['child']);
    expect(kinds('anak saya kelas 4 SDN 7 Cimahi belum terima KIP')).toEqual(['child']);
    expect(kinds('Nayla, kelompok A TK Melati, belum dijemput orang tuanya')).toEqual(['child']);
    expect(kinds('Her name is Sinta, 15, a student at SMAN 1 Bantul')).toEqual(['child']);
  });
  it('class of an institution, counts per place and clauses are not children', () => {
    expect(kinds('Kunjungan ke Rutan Kelas IIB Sleman untuk pembinaan')).toEqual([]);
    expect(kinds('Kantor Imigrasi Kelas I TPI Bandung buka Sabtu')).toEqual([]);
    expect(kinds('Sekolah penerima bantuan: Cianjur (12), Garut (9)')).toEqual([]);
    expect(kinds('Anak usia 7 tahun wajib sekolah, sesuai Pasal 6 (2)')).toEqual([]);
  });
  it('an adult age is not a child', () => {
    expect(kinds('Sdr. Asep (34) sudah dijemput petugas')).toEqual([]);
  });
  it('general child topics are fine', () => {
    expect(kinds('Selamat Hari Anak Nasional! Lindungi anak-anak kita.')).toEqual([]);
    expect(kinds('Syarat KIA: akta kelahiran anak, KK asli, KTP orang tua')).toEqual([]);
    expect(kinds('Iuran BPJS Kesehatan kelas 3 tetap Rp 42.000')).toEqual([]);
    expect(kinds('Pengajuan KIA untuk anak Ibu tertahan karena KK belum diperbarui')).toEqual([]);
  });
});
