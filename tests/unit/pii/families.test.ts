import { describe, expect, it } from 'vitest';
import { alerts, hits, kinds } from './helpers';

// Issue #19 families, with sentences written for these tests (not from any corpus).
describe('pii.criminal tied to a person (#19)', () => {
  it('English record phrases after a full name or a name and a comma', () => {
    expect(kinds('The driver, Budi Hartono, was convicted of fraud in 2018.')).toEqual(['criminal']);
    expect(kinds('Our neighbour Agus Salim was arrested for theft on Monday.')).toEqual(['criminal']);
    expect(kinds('Setelah bebas, ex-prisoner Made Sukarta now sells coffee.')).toEqual(['criminal']);
    expect(kinds('Joko Susanto was sentenced to five years for robbery.')).toEqual(['criminal']);
  });
  it('residivis / DPO / mantan napi beside a name or an office holder', () => {
    expect(hits('Tolong hati-hati, Rahmat residivis kasus pencurian motor sudah bebas.')).toEqual(['criminal:residivis kasus pencurian']);
    expect(hits('Yanto alias Gepeng, DPO kasus pembunuhan, terlihat di pasar.')).toEqual(['criminal:DPO kasus pembunuhan']);
    expect(kinds('Ternyata calon kades kita itu mantan napi kasus korupsi dana desa.')).toEqual(['criminal']);
    expect(kinds('pak RT kami ternyata mantan napi kasus narkoba lho')).toEqual(['criminal']);
    expect(kinds('Our new village head was convicted of bribery in 2019.')).toEqual(['criminal']);
  });
  it('traps: generic questions, agencies, police initials', () => {
    expect(kinds('Apakah mantan napi boleh mencalonkan diri jadi kades?')).toEqual([]);
    expect(kinds('Pelaku pencurian ditangkap Polres Bogor kemarin.')).toEqual([]);
    expect(kinds('Pelaku berinisial RK (29) merupakan residivis kasus curanmor.')).toEqual([]);
    expect(kinds('Pelaku residivis kasus pencurian itu sudah ditangkap.')).toEqual([]);
  });
});

describe('pii.health tied to a person (#19)', () => {
  it('clinical terms, test results and treatments', () => {
    expect(kinds('Pak Harun, 58, didiagnosis kanker paru stadium 4 dan butuh rujukan.')).toEqual(['health']);
    expect(kinds('Bu Sari hasil tes urine positif sabu.')).toEqual(['health']);
    expect(kinds('Mrs. Wulan suffered a hip fracture after the fall.')).toEqual(['health']);
    expect(kinds('Kepala Seksi, Ir. Gunawan Sutrisno, tested positive for amphetamine at the checkpoint.')).toEqual(['health']);
    expect(kinds('My mother has stage 3 breast cancer and needs chemotherapy.')).toEqual(['health']);
    expect(hits('Budi Santoso, 45, suffered a fractured skull in the accident.')).toEqual(['health:fractured skull']);
    expect(kinds('Dear Dinkes, patient Siti Rahayu tested positive in the drug test last week.')).toEqual(['health']);
  });
  it('the writer about themself: "saya sedang hamil 7 bulan"', () => {
    expect(hits('Saya sedang hamil 7 bulan dan butuh cuti.')).toEqual(['health:hamil 7 bulan']);
  });
  it('traps: questions and education without a person', () => {
    expect(kinds('Saya mau tanya apakah TBC menular lewat udara?')).toEqual([]);
    expect(kinds('Program rehabilitasi narkoba gratis di BNN Kota.')).toEqual([]);
    expect(kinds('Warga Jawa Barat yang terkena DBD bisa berobat gratis.')).toEqual([]);
    expect(kinds('Pengobatan TBC gratis di semua puskesmas.')).toEqual([]);
    expect(kinds('Data 2025: 45 positif TBC di Kecamatan Cibeber.')).toEqual([]);
    expect(kinds('Warga a.n. Sutrisno di Jl. Melati No. 3 sudah menerima kursi roda.')).not.toContain('health');
  });
});

describe('numbers next to each other (#19)', () => {
  it('a 16-digit number labelled NIK–NPWP or NIK/NPWP is a NIK', () => {
    expect(kinds('Pemadanan NIK–NPWP: 3273012505850003')).toEqual(['nik']);
    expect(kinds('NIK/NPWP 3273012505850003')).toEqual(['nik']);
  });
  it('a phone after "a.n. Bu …" with dashes', () => {
    expect(kinds('Kontak: a.n. Bu Ratna - 0813-2222-3344')).toEqual(['phone']);
    expect(kinds('a.n. Bu Lina, HP 0821-555-66-777')).toEqual(['phone']);
  });
});

describe('pii.child: a minor made identifiable, not a group or a programme (#19)', () => {
  it('a group word with a capitalised word is at most a quiet note', () => {
    expect(alerts('Selamat untuk Forum Anak Juara tingkat nasional tahun ini!')).toEqual([]);
    expect(alerts('Tiket masuk museum: Umum Rp10.000, Pelajar Rp3.000.')).toEqual([]);
    expect(alerts('Dongeng pagi di ruang baca anak Perpustakaan Daerah setiap Sabtu.')).toEqual([]);
  });
  it('one particular child, or a name with an age or a school, is a warning', () => {
    expect(kinds('Mohon doanya untuk ananda Salsa Putri yang masih dirawat.')).toContain('child');
    expect(kinds('Nayla, siswi kelas 4 SDN Cempaka 3, belum pulang sejak siang.')).toContain('child');
  });
  it('an institution named before its class is not a pupil', () => {
    expect(kinds('Pengadilan Negeri Tanjung Sari Kelas IB membuka layanan e-Court.')).toEqual([]);
    expect(kinds('Lapas Kelas IIA Cipinang menggelar bakti sosial.')).toEqual([]);
  });
});

// pii3: more members of the same families, own sentences
describe('families, second round (#19, pii3)', () => {
  it('a child by name with a weak age, or a name ending in Putri/Putra', () => {
    expect(kinds('Anak kami, Salsabila, baru 7 tahun, belum menerima bantuan.')).toEqual(['child']);
    expect(kinds('Nama anak: Aurel Putri, usia 10 tahun, kelas 5.')).toEqual(['child']);
    expect(kinds('Pak Joko, baru 5 tahun menjabat sebagai kades.')).toEqual([]);
  });
  it('care and treatment: in-patient stays, surgery, everyday names of conditions', () => {
    expect(kinds('Ayah saya Pak Slamet baru operasi usus buntu di RS Hermina.')).toEqual(['health']);
    expect(kinds('Pak Dadang sudah 3 hari opname di RS karena tifus.')).toEqual(['health']);
    expect(kinds('Nenek saya Mbah Sumi sudah pikun dan harus dirawat.')).toEqual(['health']);
    expect(kinds('Bu Ani hasil rontgen menunjukkan flek paru-paru.')).toEqual(['health']);
    expect(kinds('Our neighbour Mr. Harun was hospitalised with dengue fever.')).toEqual(['health']);
  });
  it('arrests and detention after a name, across "dia"', () => {
    expect(kinds('Tolong awasi Rudi Hartono, dia mantan narapidana kasus pencurian.')).toEqual(['criminal']);
    expect(kinds('Bendahara desa Ibu Sri ditahan kejaksaan atas dugaan korupsi.')).toEqual(['criminal']);
    expect(kinds('Mr. Agus Salim was arrested last night for drunk driving.')).toEqual(['criminal']);
    expect(hits('Setelah bebas, ex-prisoner Made Wirawan convicted of theft in 2017 now sells coffee.')).toContain('criminal:ex-prisoner Made Wirawan convicted of theft in 2017');
  });
  it('traps: places, group statistics, initials further back, disciplinary sanctions', () => {
    expect(kinds('Sebanyak 45 anak di Kecamatan Cibeber mengalami stunting.')).toEqual([]);
    expect(kinds('Seorang pria berinisial RT (41) yang diduga mencuri kabel di Kel. Sukasari telah diamankan Polsek Bogor Barat.')).toEqual([]);
    expect(kinds('PNS a.n. Herman Susilo dijatuhi hukuman disiplin berupa teguran tertulis.')).toEqual([]);
  });
});

describe('numbers, second round (#19, pii3)', () => {
  it('sixteen digits in fours after a card word are a card, whatever the check digit', () => {
    expect(kinds('Kartu kredit saya 4111 2290 7734 6618 ditolak terus.')).toEqual(['card']);
    expect(kinds('Refund ke kartu 5425 2334 3010 9903 ya, tiketnya batal.')).toEqual(['card']);
    expect(kinds('Please refund to my card 5105 1051 0510 5100.')).toEqual(['card']);
  });
  it("an institution's virtual account or account is not personal", () => {
    expect(kinds('Virtual Account BNI 8277 0000 1234 5678 untuk pembayaran retribusi sampah.')).toEqual([]);
    expect(kinds('Rekening BPD a.n. Baznas Kota untuk zakat: 003.221.00456-7.')).toEqual([]);
    expect(kinds('Denda tilang dibayar ke BRI 0230 01 000179 30 7 a.n. Kejaksaan Negeri.')).toEqual([]);
  });
  it("a person's own phone, even when the post addresses an office", () => {
    expect(kinds('Admin, my WhatsApp is +62 857 3310 4428, please call me.')).toEqual(['phone']);
    expect(kinds('Tolong Dinas Pendidikan cek. Ibunya di 0877-2290-1148.')).toEqual(['phone']);
    expect(kinds('Hubungi admin kami di WA 0812-3456-7890 ya.')).toEqual([]);
  });
  it('digit-only passports, "family card", "tanggal lahirnya"', () => {
    expect(kinds('My passport 562201488 (UK) expired.')).toEqual(['passport']);
    expect(kinds('My family card number is 3273012505850003, please check.')).toEqual(['kk']);
    expect(kinds('Tanggal lahirnya 11 Juli 1996.')).toEqual(['birthdate']);
  });
});

describe('families, third round (#19, pii3)', () => {
  it('children by dotted initials, "X yang kelas …", and siblings only with an age or a school', () => {
    expect(kinds('Laporan tentang ananda R.A. kelas 3B SD Negeri Cempaka 02 sudah kami terima.')).toEqual(['child']);
    expect(kinds('Si Bagas yang kelas 8A SMPN 5 Bogor sering dipalak.')).toEqual(['child']);
    expect(kinds('Tolong Pak, adik saya Yudi sudah dua hari tidak pulang.')).toEqual([]);
    expect(kinds('Adik saya Yudi, 9 tahun, sudah dua hari tidak pulang.')).toEqual(['child']);
  });
  it('health: swab results, dependence, the wife of an office holder', () => {
    expect(kinds('Ibu Rina, hasil swab PCR positif Ibu sudah kami kirim via WA.')).toEqual(['health']);
    expect(kinds('Kakak saya Reni ketergantungan obat penenang dan sudah direhab.')).toEqual(['health']);
    expect(kinds('Istri Pak Lurah katanya kena kanker serviks.')).toEqual(['health']);
  });
  it('criminal: reported to the police, dishonourable discharge, a full name after "berinisial"', () => {
    expect(kinds('Pak Daryono dilaporkan ke polisi karena menggelapkan uang kas RT.')).toEqual(['criminal']);
    expect(kinds('Brigadir Sutejo dipecat tidak hormat setelah terbukti memeras.')).toEqual(['criminal']);
    expect(kinds('Oknum ASN berinisial Budi Santoso telah divonis 2 tahun penjara.')).toEqual(['criminal']);
    expect(kinds('Oknum ASN berinisial BS telah divonis 2 tahun penjara.')).toEqual([]);
  });
});

describe('families, fourth round (#19, pii3)', () => {
  it('children: a name between commas after "anak saya", "bernama" after a school, "Umur: 9 tahun"', () => {
    expect(kinds('Anak kedua saya, Salma, yang duduk di kelas 4, dirundung temannya.')).toEqual(['child']);
    expect(kinds('Siswi kelas XII SMAN 1 Cianjur bernama Nabila Putri meraih beasiswa.')).toEqual(['child']);
    expect(kinds('Pelajar SMP bernama Andi Saputra ditemukan pingsan.')).toEqual(['child']);
    expect(kinds('Nama: Dinda Aulia, Umur: 9 tahun, Sekolah: SDN 1 Sukasari.')).toEqual(['child']);
    expect(kinds('Anak saya sudah 25 tahun dan bekerja di Jakarta.')).toEqual([]);
    expect(kinds('Sebanyak 120 siswa SDN 1 Cibinong mengikuti vaksinasi.')).toEqual([]);
  });
  it('health: drug tests, lab values, bleeding, wheelchair users, allergies, the writer as a patient', () => {
    expect(kinds('Sdr. Beni positif menggunakan sabu berdasarkan tes urine.')).toEqual(['health']);
    expect(kinds('Bu Lastri gula darahnya 350 dan harus dirawat.')).toEqual(['health']);
    expect(kinds('Ibu Wati baru melahirkan dan mengalami pendarahan hebat.')).toEqual(['health']);
    expect(kinds('Pak Sobri pengguna kursi roda karena polio.')).toEqual(['health']);
    expect(kinds('Bu Rohimah alergi obat antibiotik jenis penisilin.')).toEqual(['health']);
    expect(kinds('Saya sendiri penderita HIV, apakah boleh ikut seleksi?')).toEqual(['health']);
    expect(kinds('Penderita diabetes dianjurkan cek gula darah rutin.')).toEqual([]);
  });
  it('a group is not an addressee: "Ibu hamil dengan anemia … ada 18 orang"', () => {
    expect(kinds('Ibu hamil dengan anemia di desa kami ada 18 orang, kami berikan tablet tambah darah.')).toEqual([]);
    expect(kinds('Ibu Ratna, hasil lab Ibu menunjukkan anemia ringan.')).toEqual(['health']);
  });
  it('addresses: "alamatnya Blok …" is a home, a shelter "berlokasi di Jl. …" is not', () => {
    expect(kinds('Alamat beliau Blok C No. 14, Perum Bumi Asri.')).toEqual(['address']);
    expect(kinds('Rumah Singgah Dinsos berlokasi di Jl. Sudirman Gg. V No. 3, Pekanbaru.')).toEqual([]);
    expect(kinds('Jadwal Pelayanan Puskesmas Rawat Inap Batu Gajah: poli umum Senin–Kamis.')).toEqual([]);
    expect(kinds('Seluruh tempat tidur ICU terisi; pasien yang bersangkutan kami pindahkan ke HCU.')).toEqual([]);
    expect(kinds('Kios di Blok B No. 12 Pasar Baru tutup hari ini.')).toEqual([]);
  });
});

describe('plates of a person (#19, pii3)', () => {
  it('a plate beside the writer, a neighbour or someone acting, not an office vehicle', () => {
    expect(kinds('My car, plate number D 1234 ABC, was towed yesterday.')).toEqual(['plate']);
    expect(kinds('Mobil Avanza hitam bernopol F 1122 GH sering ngebut di gang kami.')).toEqual(['plate']);
    expect(kinds('Seorang pria dengan motor N 5566 TT menjambret tas warga.')).toEqual(['plate']);
    expect(kinds('Kendaraan operasional DLH B 9001 PQS mengangkut sampah.')).toEqual([]);
    expect(kinds('Pekarangan Pangan Lestari (P2L): 24 kelompok wanita tani menanam sayur.')).toEqual([]);
    expect(kinds('Motor saya B1234XYZ hilang di parkiran.')).toEqual(['plate']);
  });
});

describe('groups that are not one person (#13 item 2, lead)', () => {
  it('a count of prisoners is a group; named suspects still are personal', () => {
    expect(kinds('Kepala Rutan, Bapak Samuel Ayomi, telah mengusulkan pemindahan 24 narapidana ke Lapas Biak.')).toEqual([]);
    expect(kinds('Sebanyak 12 tahanan Rutan Serui mengikuti pelatihan, didampingi Ibu Maria Yoku.')).toEqual([]);
    expect(kinds('Polisi menangkap 2 tersangka, Budi Santoso dan Andi Wijaya, karena mencuri.')).toEqual(['criminal']);
    expect(kinds('Budi Santoso adalah narapidana kasus narkoba yang bebas kemarin.')).toEqual(['criminal']);
  });
  it('"putra-putri" of a region is its young people, not a child', () => {
    expect(kinds('Politeknik Negeri Tual membuka Jalur Afirmasi Putra-Putri Maluku Tenggara TA 2027/2028.')).toEqual([]);
    expect(kinds('Pemilihan Putra Putri Batik Kota Pekalongan dimeriahkan 40 finalis.')).toEqual([]);
    expect(kinds('Putra saya, Dimas (11), dibully di sekolah.')).toEqual(['child']);
  });
});
