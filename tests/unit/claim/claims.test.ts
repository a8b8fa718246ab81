import { describe, expect, it } from 'vitest';
import { claimRules } from '../../../lib/analyze/claim';
import { makeContext } from '../../../lib/analyze';
import { KI, KINDS, LEXICON, expand, scanCues } from '../../../lib/analyze/claim/lexicon';
import { parseFigure, scanNumbers } from '../../../lib/analyze/claim/numbers';
import { agrees } from '../../../lib/analyze/claim/facts';
import type { AnalyzerSettings, RawFinding } from '../../../lib/analyze/types';

function run(text: string, settings?: Partial<AnalyzerSettings>): RawFinding[] {
  return claimRules.flatMap((r) =>
    r.run(makeContext(text, { now: new Date('2026-11-22T09:00:00+07:00'), tzOffsetMinutes: 420, settings })),
  );
}
const alerts = (text: string, settings?: Partial<AnalyzerSettings>) => run(text, settings).filter((f) => f.severity !== 'info');
const rulesOf = (text: string) => alerts(text).map((f) => f.rule);
const spanOf = (text: string, f: RawFinding) => text.slice(f.start, f.end);

describe('claim kinds (positives)', () => {
  it.each([
    ['Angka pengangguran di kota kita turun 15% dibanding tahun lalu.', 'claim.statistic'],
    ['Sebanyak 2.300 warga sudah menerima bantuan pangan minggu ini.', 'claim.statistic'],
    ['Anggaran perbaikan jalan tahun ini mencapai Rp45 miliar.', 'claim.statistic'],
    ['Kabupaten kita peringkat pertama se-Jawa Barat dalam pelayanan publik.', 'claim.comparative'],
    ['Banjir kemarin terjadi karena warga membuang sampah ke sungai.', 'claim.causal'],
    ['Kabarnya besok ada pemadaman listrik total di seluruh kecamatan.', 'claim.hearsay'],
    ['Info dari grup sebelah, Puskesmas Cibeber tutup seminggu.', 'claim.hearsay'],
    ['Heard that the city will close the public pool next month.', 'claim.hearsay'],
    ['Sebarkan ke semua grup! Besok ada razia kendaraan besar-besaran.', 'claim.share_bait'],
    ['Jalan tol ini dijamin bebas macet selama mudik.', 'claim.absolute'],
    ['Minum air jahe hangat tiga kali sehari bisa menyembuhkan COVID-19.', 'claim.health'],
    ['Vaksin campak menyebabkan kemandulan pada anak perempuan.', 'claim.health'],
    ['Lansia di atas 65 tahun akan mendapat bantuan tunai Rp500 ribu per bulan.', 'claim.policy'],
    ['Starting next week, all schools will switch to online learning.', 'claim.policy'],
    ['Ternyata pabrik di Cikarang sudah membuang limbah ke sungai selama bertahun-tahun.', 'claim.unverified'],
  ])('%s → %s', (text, rule) => {
    expect(rulesOf(text)).toContain(rule);
  });

  it('English statistics and comparatives', () => {
    expect(rulesOf('Unemployment fell by 12% after our job fair program.')).toContain('claim.statistic');
    expect(rulesOf('Our city is the cleanest in the country.')).toContain('claim.comparative');
  });
});

describe('not claims (negatives and traps)', () => {
  it.each([
    'Selamat pagi, semoga aktivitas hari ini lancar.',
    'Terima kasih atas laporannya, Kak. Kami akan cek ke lokasi.',
    'Boleh diinfokan alamat lengkapnya, Kak?',
    'Tadi pagi saya ikut senam bersama warga di Lapangan Sempur, seru sekali.',
    'Kami baru saja meresmikan taman baca di Kelurahan Cilendek.',
    'Semoga hujan segera reda dan warga tetap sehat.',
    'Menurut saya, kuliner di kota ini makin beragam.',
    'Mohon maaf atas keterlambatan respons kami.',
    // a hearsay cue inside a question asks, it does not spread
    'Katanya jalannya berlubang ya, Kak? Boleh kirim titik lokasinya?',
    'Benarkah ada antrean panjang di loket? Kami cek sekarang.',
    'Yuk kunjungi pameran batik di Balai Kota mulai pukul 09.00.',
    'Hati-hati di jalan, Kak, hujan deras sore ini.',
    'Where exactly is the broken streetlight located?',
    'I had a great time at the book fair this morning.',
    // numbers that are times, dates, school names and durations
    'Senang melihat anak-anak SDN Cibuluh 1 antusias belajar membatik.',
    'Pengalaman saya mengurus paspor kemarin cepat, sekitar 40 menit.',
    // share of a location is not share-bait
    'Boleh dibantu share lokasinya, Kak?',
    // a promise is the commitment rule's, not an absolute
    'Laporan ini pasti kami tindak lanjuti.',
  ])('%s', (text) => {
    expect(alerts(text)).toEqual([]);
  });
});

describe('sources turn a claim into info', () => {
  it.each([
    'Menurut data BPS, jumlah penduduk miskin turun menjadi 6,2 persen. Detail di bps.go.id.',
    'Sesuai Perwal Nomor 12 Tahun 2025, tarif parkir motor Rp2.000.',
    'Harga beras medium Rp13.500/kg (sumber: Panel Harga Badan Pangan Nasional).',
    'Berdasarkan rilis BMKG, suhu udara rata-rata bulan ini naik 1,2 derajat.',
    'Per the health office weekly update (dinkes.kotabogor.go.id), cases dropped 10%.',
    'Kasus DBD pekan ini 42 kasus. Pembaruan di https://dinkes.kotabogor.go.id/dbd',
  ])('%s', (text) => {
    const f = run(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });

  it('a vague attribution is not a source', () => {
    expect(rulesOf('Menurut data, angka kemiskinan turun 8% tahun ini.')).toContain('claim.statistic');
    expect(rulesOf('Menurut para ahli, air rebusan daun salam bisa menyembuhkan diabetes.').length).toBeGreaterThan(0);
  });

  it('an untrusted short link is not a source', () => {
    expect(rulesOf('Angka kriminalitas naik 30% bulan ini https://t.co/abc123').length).toBeGreaterThan(0);
  });

  it('a user-added trusted domain counts', () => {
    const text = 'Angka kriminalitas naik 30% bulan ini, lihat polreskota.example.id/data';
    expect(alerts(text).length).toBeGreaterThan(0);
    expect(alerts(text, { trustedSources: ['go.id', 'polreskota.example.id'] })).toEqual([]);
  });

  it('a debunk of a rumour is info, not a warning', () => {
    const f = run('Kabar yang beredar soal penutupan pasar itu hoaks.');
    expect(f.some((x) => x.rule === 'claim.hearsay' && x.severity === 'info')).toBe(true);
    expect(f.some((x) => x.severity !== 'info')).toBe(false);
  });
});

describe('verified facts', () => {
  const facts = [
    { label: 'angka stunting', keywords: ['stunting', 'balita pendek'], value: 14.2, unit: '%', source: 'SSGI 2024' },
    { label: 'jumlah penerima BLT', keywords: ['penerima blt'], value: 12500, unit: 'keluarga', source: 'Dinsos 2026' },
  ];
  it('a contradicting figure is a warning naming the verified value and source', () => {
    const text = 'Angka stunting di kota kita kini 18%.';
    const f = run(text, { verifiedFacts: facts }).find((x) => x.rule === 'claim.contradicts_fact');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('warning');
    expect(spanOf(text, f!)).toContain('18%');
    expect(f!.msg.id).toContain('14,2%');
    expect(f!.msg.id).toContain('SSGI 2024');
    expect(f!.msg.en).toContain('SSGI 2024');
  });
  it('a matching figure (within the written precision) is fine', () => {
    for (const text of ['Angka stunting di kota kita kini 14,2%.', 'Prevalensi stunting sekitar 14%.', 'Stunting kita tinggal 14 persen.']) {
      const f = run(text, { verifiedFacts: facts });
      expect(f.some((x) => x.rule === 'claim.contradicts_fact')).toBe(false);
      expect(f.every((x) => x.severity === 'info')).toBe(true);
    }
  });
  it('a change is not a level: "turun 3%" does not contradict 14,2%', () => {
    const f = run('Stunting turun 3% tahun ini.', { verifiedFacts: facts });
    expect(f.some((x) => x.rule === 'claim.contradicts_fact')).toBe(false);
  });
  it('counts: a different number of recipients contradicts; another subject does not', () => {
    expect(run('Penerima BLT tahun ini 15.000 keluarga.', { verifiedFacts: facts }).some((x) => x.rule === 'claim.contradicts_fact')).toBe(true);
    expect(run('Penerima BLT tahun ini 12.500 keluarga.', { verifiedFacts: facts }).some((x) => x.rule === 'claim.contradicts_fact')).toBe(false);
    expect(run('Pengunjung taman tahun ini 15.000 orang.', { verifiedFacts: facts }).some((x) => x.rule === 'claim.contradicts_fact')).toBe(false);
  });
  it('qualifiers: "lebih dari 10%" agrees with 14,2', () => {
    expect(run('Angka stunting masih lebih dari 10%.', { verifiedFacts: facts }).some((x) => x.rule === 'claim.contradicts_fact')).toBe(false);
  });
  it('agrees() honours the written precision', () => {
    expect(agrees(14, 1, 14.2)).toBe(true);
    expect(agrees(14.0, 0.1, 14.2)).toBe(false);
    expect(agrees(1.5e9, 1e8, 1.523e9)).toBe(true);
  });
});

describe('spans, messages and suggestions', () => {
  it('statistic span is the figure with its noun', () => {
    const text = 'Dari 100 laporan warga bulan ini, 95 sudah selesai.';
    const f = alerts(text)[0];
    expect(spanOf(text, f)).toBe('100 laporan');
  });
  it('hearsay span runs from the cue to the end of the sentence', () => {
    const text = 'Halo warga. Katanya sih air sumur di Cibuluh tercemar limbah.';
    const f = alerts(text).find((x) => x.rule === 'claim.hearsay')!;
    expect(spanOf(text, f)).toBe('Katanya sih air sumur di Cibuluh tercemar limbah');
  });
  it('absolutes carry a softer wording as a fix, keeping the capital', () => {
    const text = 'Tidak pernah ada pungli di kantor ini.';
    const f = alerts(text).find((x) => x.rule === 'claim.absolute')!;
    expect(spanOf(text, f)).toBe('Tidak pernah ada');
    expect(f.suggestion).toBe('Sejauh ini belum ditemukan');
    expect(f.msg.id).toContain('Sejauh ini belum ditemukan');
  });
  it('every finding has both languages and the claim category', () => {
    for (const text of ['Konon pasar induk akan dipindah.', 'Sebarkan! Besok libur nasional.', 'Crime is down 30% this year.']) {
      for (const f of run(text)) {
        expect(f.category).toBe('claim');
        expect(f.msg.id.length).toBeGreaterThan(10);
        expect(f.msg.en.length).toBeGreaterThan(10);
        expect(f.rule).toMatch(/^claim\.[a-z_]+$/);
      }
    }
  });
  it("sensitivity 'low' quiets causal claims", () => {
    expect(alerts('Jalan ini rusak karena truk tambang lewat tiap malam.', { sensitivity: 'low' })).toEqual([]);
    expect(alerts('Jalan ini rusak karena truk tambang lewat tiap malam.').length).toBe(1);
  });
});

describe('helpers', () => {
  it('parses Indonesian and English figures', () => {
    expect(parseFigure('48.000').value).toBe(48000);
    expect(parseFigure('14,2').value).toBe(14.2);
    expect(parseFigure('1.234,5').value).toBe(1234.5);
    expect(parseFigure('3.5').value).toBe(3.5);
    expect(parseFigure('1,000,000').value).toBe(1e6);
  });
  it('classifies figures: times, dates, years and ids are not statistics', () => {
    const lower = 'pukul 10.00 wib, 14 agustus 2026, no. 15, 0812345678, 40% warga, rp3.000, 312 rumah';
    const stats = scanNumbers(lower, 0, lower.length).filter((n) => n.stat).map((n) => lower.slice(n.start, n.end));
    expect(stats).toEqual(['40% warga', 'rp3.000', '312 rumah']);
  });
  it('expands braces', () => {
    expect(expand('tolong {di ,di,}sebar')).toEqual(['tolong di sebar', 'tolong disebar', 'tolong sebar']);
  });
  it('lexicon kinds and indexes agree', () => {
    expect(Object.keys(LEXICON).sort()).toEqual([...KINDS].sort());
    KINDS.forEach((k, i) => expect(KI[k]).toBe(i));
  });
  it('phrases match across several spaces but not across punctuation', () => {
    const hits = (s: string) => scanCues(s).map((h) => KINDS[h.kind] + ':' + s.slice(h.start, h.end));
    expect(hits('kabar   beredar')).toContain('hearsay:kabar   beredar');
    expect(hits('tidak, pernah')).not.toContain('absolute:tidak, pernah');
  });
});

describe('robustness and speed', () => {
  it('never throws on odd input', () => {
    for (const t of ['', ' ', '?', '!!!', '12', 'Rp', '%%%', '\u{1F600}'.repeat(50), 'a'.repeat(5000), '1.'.repeat(3000), 'sumber:', 'menurut', 'Perda No.']) {
      expect(() => run(t)).not.toThrow();
    }
  });
  it('stays linear on 100 000 characters', () => {
    const base = 'Kabarnya harga beras naik 20% karena stok habis, sebarkan! Menurut BPS (bps.go.id) inflasi 2,1 persen. ';
    const big = base.repeat(Math.ceil(100000 / base.length)).slice(0, 100000);
    // best of three after a warm-up run: one slow pass on a loaded machine is noise, a quadratic step is not
    const best = (t: string) => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        run(t);
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    run(big.slice(0, 10000));
    const half = best(big.slice(0, 50000));
    const full = best(big);
    expect(full).toBeLessThan(3000);
    // doubling the text should not quadruple the time
    expect(full).toBeLessThan(Math.max(100, 4 * half));
    const noSpace = 'x'.repeat(100000);
    const t3 = performance.now();
    run(noSpace);
    expect(performance.now() - t3).toBeLessThan(500);
  });
});
