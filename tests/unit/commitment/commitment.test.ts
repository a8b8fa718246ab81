import { describe, expect, it } from 'vitest';
import { commitmentRules, toCaptured } from '../../../lib/analyze/commitment';
import { makeContext } from '../../../lib/analyze';
import type { RawFinding, RuleContext } from '../../../lib/analyze/types';

function ctxOf(text: string, now: string, tz = 420): RuleContext {
  return makeContext(text, { now: new Date(now), tzOffsetMinutes: tz, settings: {} });
}
function run(text: string, now = '2026-09-09T10:00:00+07:00', tz = 420): RawFinding[] {
  return commitmentRules.flatMap((r) => r.run(ctxOf(text, now, tz)));
}
const dues = (text: string, now?: string) => run(text, now).map((f) => f.due ?? null);

// a Wednesday
const NOW = '2026-09-09T10:00:00+07:00';

describe('firm promises with a date', () => {
  it('first person + future + date', () => {
    const [f] = run('Saluran yang mampet akan kami bersihkan paling lambat Jumat depan, Pak.', NOW);
    expect(f.rule).toBe('commitment.firm');
    expect(f.category).toBe('commitment');
    expect(f.severity).toBe('info');
    expect(f.due).toBe('2026-09-18');
    expect(f.vague).toBe(false);
    expect(f.precision).toBe('day');
    expect(f.deadlinePhrase).toBe('paling lambat Jumat depan');
    expect(f.action).toBe('Saluran yang mampet akan kami bersihkan');
  });
  it('a bare first-person verb with a future time is a promise ("kami kirim besok")', () => {
    expect(dues('Berkasnya kami antar besok siang.', NOW)).toEqual(['2026-09-10']);
    expect(dues('Lusa kita tambal ya Bu jalannya.', NOW)).toEqual(['2026-09-11']);
    expect(dues('Tim kami datang akhir pekan ini untuk pengukuran.', NOW)).toEqual(['2026-09-13']);
  });
  it('pastikan / jamin / janji / targetkan / jadwalkan', () => {
    expect(dues('Saya pastikan Senin depan lampunya sudah menyala.', NOW)).toEqual(['2026-09-14']);
    expect(dues('Kami jadwalkan rapat warga tanggal 20.', NOW)).toEqual(['2026-09-20']);
    expect(dues('Renovasi puskesmas kami targetkan selesai triwulan IV.', NOW)).toEqual(['2026-12-31']);
  });
  it('working days, quarters, holidays and month edges', () => {
    expect(dues('Izin Bapak kami terbitkan maksimal 4 hari kerja.', NOW)).toEqual(['2026-09-15']);
    expect(dues('Kami salurkan bantuan beras sebelum Lebaran.', NOW)).toEqual(['2027-03-09']);
    expect(dues('Laporan keuangan kami unggah awal bulan depan.', NOW)).toEqual(['2026-10-01']);
    expect(dues('Target kami, jembatan rampung akhir Oktober.', NOW)).toEqual(['2026-10-31']);
  });
  it('unnamed staff of the office with a date', () => {
    expect(dues('Petugas akan datang besok untuk mengganti meteran.', NOW)).toEqual(['2026-09-10']);
    expect(dues('Petugas akan datang untuk mengganti meteran.', NOW)).toEqual([]);
  });
  it('greetings before a full stop are not part of the promise', () => {
    const text = 'Baik, Bu. Besok pagi kami kirim tangki air ke RT 05.';
    const [f] = run(text, NOW);
    expect(text.slice(f.start, f.end)).toBe('Besok pagi kami kirim tangki air ke RT 05');
    expect(f.action).toBe('kami kirim tangki air ke RT 05');
  });
  it('English promises', () => {
    const [f] = run("We'll repaint the zebra crossing by next Wednesday.", NOW);
    expect(f.due).toBe('2026-09-16');
    expect(f.vague).toBe(false);
    expect(dues('I promise the permit will be ready within 5 working days.', NOW)).toEqual(['2026-09-16']);
    expect(dues('Our team will visit the school tomorrow.', NOW)).toEqual(['2026-09-10']);
  });
});

describe('firm promises without a date', () => {
  it('akan kami … / saya akan … without a deadline: firm, due null', () => {
    const [f] = run('Keluhan Ibu akan kami sampaikan ke Dinas Perhubungan.', NOW);
    expect(f.rule).toBe('commitment.firm');
    expect(f.due).toBeNull();
    expect(f.vague).toBe(false);
    expect(f.precision).toBe('none');
    expect(f.msg.id).toMatch(/tenggat/);
  });
});

describe('vague promises', () => {
  const vague = [
    'Pengaspalan ulang akan kami lakukan secepatnya.',
    'Kami upayakan air bersih segera mengalir lagi.',
    'Dalam waktu dekat kami akan menambah armada sampah.',
    'Usulan taman bermain akan kami kaji bersama Bappeda.',
    'Ke depan kami akan memperbaiki layanan antrean.',
    'Penertiban parkir liar akan kami lakukan secara bertahap.',
    'Insyaallah kami bantu carikan solusinya.',
    'We will consider your suggestion.',
  ];
  for (const t of vague) {
    it(t, () => {
      const fs = run(t, NOW);
      expect(fs).toHaveLength(1);
      expect(fs[0].rule).toBe('commitment.vague');
      expect(fs[0].severity).toBe('warning');
      expect(fs[0].vague).toBe(true);
      expect(fs[0].due).toBeNull();
      expect(fs[0].msg.id).toMatch(/tanggal konkret/);
    });
  }
  it('a hedge with a concrete date is firm', () => {
    const [f] = run('Kami usahakan selesai hari Kamis ini.', NOW);
    expect(f.vague).toBe(false);
    expect(f.due).toBe('2026-09-10');
  });
});

describe('several promises in one text', () => {
  it('one finding per promise, each with its own due date', () => {
    const fs = run('Pohon tumbang kami potong hari ini, dan saluran yang tersumbat kami bersihkan paling lambat Sabtu. Bantuan untuk warga terdampak akan kami kaji.', NOW);
    expect(fs.map((f) => [f.due, f.vague])).toEqual([
      ['2026-09-09', false],
      ['2026-09-12', false],
      [null, true],
    ]);
    // spans are the promise clauses, in order and not overlapping
    for (let i = 1; i < fs.length; i++) expect(fs[i].start).toBeGreaterThanOrEqual(fs[i - 1].end);
  });
  it('a second dated clause without its own subject', () => {
    expect(dues("We'll clear the drain tomorrow and repair the fence next week.", NOW)).toEqual(['2026-09-10', '2026-09-16']);
  });
  it('the date of a later phrase belongs to a promise without one', () => {
    expect(dues('Kami akan memperbaiki atap dan dinding kelas minggu depan.', NOW)).toEqual(['2026-09-16']);
  });
});

describe('not commitments', () => {
  const none = [
    'Bantuan sudah kami salurkan kemarin sore ke 80 KK.',
    'Kami telah berkoordinasi dengan PDAM sejak pagi.',
    'Minggu lalu kami menanam 300 bibit mangrove.',
    'Mohon kirimkan nomor tiket pengaduannya ya, Kak.',
    'Silakan datang ke kantor kecamatan besok pagi.',
    'Sampaikan aspirasi Anda dengan jelas agar mudah ditindaklanjuti.',
    'Apakah Ibu bisa kami hubungi besok?',
    'Bisa kirim lokasinya? Kami cek besok',
    'Jika data belum valid, kami tidak dapat mencairkan bantuan.',
    'Tanpa rekomendasi dinas, kami belum bisa memproses izin tersebut.',
    'Dinas PU akan memperbaiki jalan itu bulan depan.',
    'Pemborong berjanji pekerjaan selesai akhir bulan.',
    'The ministry will announce the results next week.',
    'Mari kita jaga kebersihan lingkungan mulai besok.',
    'Terima kasih atas masukannya, Pak.',
    'Jadwal vaksinasi: Senin depan di Puskesmas Tanah Sareal.',
    'Last month we repaired 40 streetlights.',
    'Kami sedang menangani kebocoran pipa di Jalan Merdeka.',
    'Kami mengundang warga hadir di balai desa besok pagi.',
    'Kantor kami tutup besok karena cuti bersama.',
    'Hari Sabtu kami buka sampai pukul 12.00.',
    'KPU akan menggelar rapat pleno Kamis depan.',
  ];
  for (const t of none) {
    it(t, () => {
      const fs = run(t, NOW).filter((f) => !/Kami cek besok$/.test(t) || f.start < t.indexOf('?'));
      expect(fs).toEqual([]);
    });
  }
  it('a question sentence is skipped but the promise after it is kept', () => {
    expect(dues('Bisa kirim lokasinya? Kami cek besok.', NOW)).toEqual(['2026-09-10']);
  });
});

// Issue #19 deadline families, with sentences written for these tests. NOW is a Wednesday.
describe('deadlines: the finish of the promised action (#19)', () => {
  it('an abbreviation (Jl., Kec.) between the verb and the time phrase does not cut the promise', () => {
    expect(dues('Akhir tahun ini seluruh jalan di Kec. Cibeber kami aspal.', NOW)).toEqual(['2026-12-31']);
    expect(dues('The broken streetlights on Jl. Merdeka will be fixed by 12 October.', NOW)).toEqual(['2026-10-12']);
  });
  it('"dalam 2 minggu, janji kami, …": the deadline and the promise apart', () => {
    expect(dues('Dalam 2 minggu, janji kami, jembatan itu sudah bisa dilewati.', NOW)).toEqual(['2026-09-23']);
  });
  it('tahun depan = by the end of next year', () => {
    expect(dues('Kami akan mengganti pipa yang bocor tahun depan.', NOW)).toEqual(['2027-12-31']);
  });
  it('a start date and a finish date in one post: the finish wins', () => {
    expect(dues('Pembangunan kami mulai Senin depan, target selesai akhir bulan depan.', NOW)).toEqual(['2026-10-31']);
    expect(dues('Pengerjaan saluran kami mulai Senin depan; target selesai 3 minggu dari hari ini.', NOW)).toEqual(['2026-09-30']);
  });
  it('a planned action with a date is a commitment', () => {
    expect(dues('Jumat depan kami undang warga untuk musyawarah.', NOW)).toEqual(['2026-09-18']);
    expect(dues('Besok pagi tim Dinas PU berangkat ke Desa Cikaret untuk menambal jalan.', NOW)).toEqual(['2026-09-10']);
    expect(dues('Izin usaha Bapak akan terbit pertengahan Oktober.', NOW)).toEqual(['2026-10-15']);
    expect(dues('Untuk warga RT 02 yang belum dapat bantuan, beras kami antar nanti sore.', NOW)).toEqual(['2026-09-09']);
  });
  it('traps: an invitation to attend, a refusal, a crew without a date', () => {
    expect(run('Kami mengundang warga hadir di balai desa besok pagi.', NOW)).toEqual([]);
    expect(run('Kami belum dapat memperbaiki jalan itu tahun ini.', NOW)).toEqual([]);
    expect(run('Tim kebersihan berangkat setiap pagi dari depo.', NOW)).toEqual([]);
  });
});

// pii3: more deadline and promise forms, own sentences. NOW is Wednesday 9 September 2026.
describe('promises without a pronoun, and the date meant (#19, pii3)', () => {
  it('the office or its work as the subject, with a date', () => {
    expect(dues('The district office will repair the bridge railing by 30 September.', NOW)).toEqual(['2026-09-30']);
    expect(dues('Your replacement card will be ready for pickup on 14 September.', NOW)).toEqual(['2026-09-14']);
    expect(dues('The food parcels will be handed out to the families on Friday.', NOW)).toEqual(['2026-09-11']);
    expect(dues('Perbaikan lampu taman kota rampung Minggu sore.', NOW)).toEqual(['2026-09-13']);
    expect(dues('Seluruh pengerjaan saluran selesai paling lambat 25 September.', NOW)).toEqual(['2026-09-25']);
    expect(dues('Kami dari Dinas Sosial akan mendata ulang warga RT 05 besok.', NOW)).toEqual(['2026-09-10']);
    expect(dues('Paket sembako kami pastikan sudah sampai hari Jumat tanggal 11.', NOW)).toEqual(['2026-09-11']);
  });
  it('a date restated as a calendar date, a routine, a start', () => {
    expect(dues('Surat izin kami terbitkan paling lambat 2 hari sebelum acara, yaitu 20 September.', NOW)).toEqual(['2026-09-20']);
    expect(dues('Kami akan membuka layanan konsultasi setiap Kamis, dimulai Kamis depan tanggal 17 September.', NOW)).toEqual(['2026-09-17']);
    expect(dues('Jalan kami tutup mulai hari ini, dibuka lagi tanggal 21.', NOW)).toEqual(['2026-09-21']);
  });
  it('a hedged promise with a date stays vague; "usahakan" with a date is firm', () => {
    const f = run('Kami upayakan listrik ke dusun itu menyala paling lambat akhir Oktober, tergantung kesiapan jaringan.', NOW);
    expect(f.map((x) => [x.due, x.vague])).toEqual([['2026-10-31', true]]);
    expect(run('Kami usahakan selesai hari Jumat ini, Pak.', NOW).map((x) => x.vague)).toEqual([false]);
    expect(dues('Air bersih akan kembali mengalir normal besok pagi.', NOW)).toEqual(['2026-09-10']);
  });
  it('finish words without a pronoun; a deadline set for the reader or a schedule\'s end is no promise', () => {
    expect(run('Paket bantuan sampai di posko paling lambat Jumat.', NOW)).toEqual([]); // "paling lambat" alone names no promiser
    expect(run('Bazar murah di halaman kantor Jumat 11/9, 08.00–selesai.', NOW)).toEqual([]);
    expect(run('Kegiatan belajar hari ini selesai pukul 10.00.', NOW)).toEqual([]);
    expect(run('Ajukan keberatan ke Bapenda paling lambat 3 bulan sejak SPPT diterima.', NOW)).toEqual([]);
    expect(dues('Dana hibah cair paling lambat tanggal 20.', NOW)).toEqual(['2026-09-20']);
    expect(dues('Lampu jalan di depan masjid besok malam sudah menyala lagi.', NOW)).toEqual(['2026-09-10']);
    expect(run('e-Faktur wajib diunggah dan memperoleh persetujuan paling lambat tanggal 20 bulan berikutnya.', NOW)).toEqual([]);
    expect(run('Mohon Bapak melengkapi berkas paling lambat Jumat.', NOW)).toEqual([]);
    expect(run('Saya janji besok akan bayar iuran sampah, Pak.', NOW)).toEqual([]);
  });
  it('hearsay, finished work, a passive without a reply context and a date to the day; one promise with its tag', () => {
    expect(run('Konon pasar induk akan dipindah ke luar kota tahun ini.', NOW)).toEqual([]);
    expect(run('Semua honorer akan diangkat jadi PPPK tahun ini tanpa tes.', NOW)).toEqual([]);
    expect(run('Dari 100 laporan warga bulan ini, 95 sudah selesai ditangani.', NOW)).toEqual([]);
    expect(dues('The permit will be issued within 10 working days, we guarantee it.', NOW)).toEqual(['2026-09-23']);
  });
  it('traps: another body\'s event or word, a condition on the reader, pleasantries, opening hours', () => {
    expect(run('Sidang perkara itu akan digelar Selasa pukul 10.00.', NOW)).toEqual([]);
    expect(run('Menurut BBWS, normalisasi sungai ditargetkan rampung Desember.', NOW)).toEqual([]);
    expect(run('Kontraktor berjanji proyek drainase selesai akhir bulan.', NOW)).toEqual([]);
    expect(run('Proses balik nama selesai dalam 3 hari kerja apabila berkas lengkap.', NOW)).toEqual([]);
    expect(run('Terima kasih masukannya, akan kami jadikan bahan evaluasi.', NOW)).toEqual([]);
    expect(run('Ke depannya kami akan lebih responsif terhadap laporan warga.', NOW)).toEqual([]);
    expect(run('Posko bencana kami buka 24 jam mulai hari ini.', NOW)).toEqual([]);
    expect(run('Mulai besok kami buka posko pengaduan di kantor desa.', NOW)).toEqual([]);
  });
});

describe('time zones', () => {
  it('the due date is the local date of the writer', () => {
    // 2026-09-09 20:00 UTC: 10 September in Jakarta, 9 September in Jakarta's UTC-5 counterpart
    expect(run('Kami kirim besok.', '2026-09-09T20:00:00Z', 420)[0].due).toBe('2026-09-11');
    expect(run('Kami kirim besok.', '2026-09-09T20:00:00Z', -300)[0].due).toBe('2026-09-10');
  });
});

describe('toCaptured', () => {
  it('turns commitment findings into what the store keeps', () => {
    const text = 'Terima kasih laporannya, Bu. Lubang di depan SDN 3 kami tambal Kamis depan. Mohon berhati-hati.';
    const fs = run(text, NOW);
    const cap = toCaptured(fs, text);
    expect(cap).toHaveLength(1);
    expect(cap[0]).toMatchObject({
      due: '2026-09-17',
      precision: 'day',
      vague: false,
      deadlinePhrase: 'Kamis depan',
    });
    expect(cap[0].text).toContain('Lubang di depan SDN 3 kami tambal Kamis depan');
    expect(cap[0].action).toBe('Lubang di depan SDN 3 kami tambal');
    expect(text.slice(cap[0].start, cap[0].end)).toContain('kami tambal');
  });
  it('ignores other categories and duplicates', () => {
    const text = 'Kami perbaiki besok.';
    const [f] = run(text, NOW);
    const other = { ...f, category: 'claim' as const };
    expect(toCaptured([f, f, other], text)).toHaveLength(1);
    expect(toCaptured([], text)).toEqual([]);
  });
});

describe('robustness and cost', () => {
  it('never throws on odd input', () => {
    for (const t of ['', '?', 'kami', 'akan akan akan', '🙏🙏', 'kami akan\n\n\n', 'x'.repeat(5000)]) expect(() => run(t, NOW)).not.toThrow();
  });
  it('stays linear on a 100,000-character text', () => {
    const unit = 'Jalan berlubang di RT 04 akan kami tambal besok, dan lampu jalan kami ganti minggu depan. ';
    const big = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const t0 = performance.now();
    const fs = run(big, NOW);
    const ms = performance.now() - t0;
    expect(fs.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(5000);
    const noPunct = 'kami akan perbaiki jalan dan '.repeat(3500).slice(0, 100_000);
    expect(() => run(noPunct, NOW)).not.toThrow();
  });
});
