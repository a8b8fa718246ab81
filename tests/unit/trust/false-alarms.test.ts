/**
 * Issue 13: trusted by the offices that use it. Real texts that offices published get (almost) no
 * warning, info notes stay rare, and only real promises enter the log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import type { Finding } from '../../../lib/analyze/types';

const NOW = new Date('2026-06-01T02:00:00Z');
const REAL = join(__dirname, '../../../../shared/eval/real/official-posts.jsonl');
const WIDE_TUNE = join(__dirname, '../../fixtures/official-posts/wide-tune.jsonl');
const WIDE2_TUNE = join(__dirname, '../../fixtures/official-posts/wide2-tune.jsonl');
const RELAYS_TUNE = join(__dirname, '../../fixtures/official-posts/relays-tune.jsonl');
const WIDE3_TUNE = join(__dirname, '../../fixtures/official-posts/wide3-tune.jsonl');
const RELAYS3_TUNE = join(__dirname, '../../fixtures/official-posts/relays3-tune.jsonl');
const loud = (f: Finding) => f.severity !== 'info';
const read = (file: string): Array<{ id: string; text: string }> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe.runIf(existsSync(REAL))('real official posts (../shared/eval/real/official-posts.jsonl)', () => {
  const rows = existsSync(REAL) ? read(REAL) : [];
  const results = rows.map((r) => ({ ...r, findings: analyze(r.text, { now: NOW }) }));

  it('warnings (any category but commitments) on at most 2 % of the texts', () => {
    const flagged = results.filter((r) => r.findings.some((f) => loud(f) && f.category !== 'commitment'));
    expect(flagged.length / rows.length).toBeLessThanOrEqual(0.02);
  });

  it('any finding, info notes included, on at most 10 % of the texts per category', () => {
    for (const cat of ['pii', 'claim', 'tone', 'neutrality', 'commitment']) {
      const any = results.filter((r) => r.findings.some((f) => f.category === cat));
      expect(any.length / rows.length, cat).toBeLessThanOrEqual(0.1);
    }
  });

  it('only real promises are commitments: no pleasantry, procedure or relative clause from the file', () => {
    const promised = results.filter((r) => r.findings.some((f) => f.category === 'commitment')).map((r) => r.id);
    // "Akan kami teruskan ke tim pengembang aplikasi coretax ya Kak" is the file's one promise of an action
    expect(promised).toEqual(['kringpajak-0270']);
  });
});

describe('the wider check, tuning half (tests/fixtures/official-posts/wide-tune.jsonl)', () => {
  it('no personal-data, tone or neutrality warning on everyday posts of other offices', () => {
    const flagged = read(WIDE_TUNE).filter((r) =>
      analyze(r.text, { now: NOW }).some((f) => loud(f) && (f.category === 'tone' || f.category === 'neutrality')),
    );
    expect(flagged.map((r) => r.id)).toEqual([]);
  });
});

describe('claims by provenance on the tuning halves of the wider checks', () => {
  const claimWarned = (text: string) => analyze(text, { now: NOW }).some((f) => loud(f) && f.category === 'claim');
  it('everyday posts of other offices: a claim warning on at most 5 %', () => {
    const rows = [...read(WIDE_TUNE), ...read(WIDE2_TUNE)];
    const flagged = rows.filter((r) => claimWarned(r.text));
    expect(flagged.length / rows.length).toBeLessThanOrEqual(0.05);
  });
  it('a third writer\'s everyday posts (written after these rules): a claim warning on at most 12 % (not yet the 3 % goal)', () => {
    const rows = read(WIDE3_TUNE);
    const flagged = rows.filter((r) => claimWarned(r.text));
    expect(flagged.length / rows.length).toBeLessThanOrEqual(0.12);
  });
  it('what an office relays from others still warns (at least 85 %)', () => {
    const rows = [...read(RELAYS_TUNE), ...read(RELAYS3_TUNE)];
    const caught = rows.filter((r) => claimWarned(r.text));
    expect(caught.length / rows.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('pleasantries never enter the log', () => {
  it.each([
    'Kami akan terus berusaha memberikan yang terbaik untuk masyarakat.',
    'Thank you, we will help you at the earliest.',
    'Kami akan terus meningkatkan kualitas pelayanan.',
    'Kami akan selalu hadir untuk warga.',
    'We will continue to do our best to serve you.',
    'Kami akan berupaya semaksimal mungkin.',
    'Perubahan data dapat dilakukan melalui akun coretax WP: 1. Login 2. Portal saya (1/3)',
    'Silakan isi jumlah yang akan dibayar pada kolom tersebut.',
    'Kartu NPWP elektronik akan dikirimkan ke email setelah Kakak berhasil mendaftar.',
  ])('%s', (text) => {
    expect(analyze(text, { now: NOW }).filter((f) => f.category === 'commitment')).toEqual([]);
  });
  it('a concrete action on a concrete object still is one', () => {
    const f = analyze('Lampu jalan di Jl. Kenanga akan kami perbaiki besok.', { now: NOW }).filter((x) => x.category === 'commitment');
    expect(f.length).toBe(1);
    expect(f[0].due).toBe('2026-06-02');
  });
});

describe('what is not personal data (no finding at all)', () => {
  it.each([
    'Kantor Kecamatan Sukajadi beralamat di Jl. A. Yani No. 65, Bandung.',
    'Polisi menangkap tersangka berinisial AS (34) di rumahnya.',
    'Kode rekening belanja 5.1.02.01.01.0024 untuk ATK sudah direalisasikan.',
    'Isi NPWP 00.000.000.0-000.000 untuk pembeli tanpa NPWP.',
    'Hubungi humas@bandung.go.id atau WA resmi 0811-2233-4455 untuk info layanan.',
    'Silakan email ke pengaduan@pajak.go.id atau telepon 1500200.',
  ])('%s', (text) => {
    expect(analyze(text, { now: NOW }).filter((f) => f.category === 'pii')).toEqual([]);
  });
  it("a citizen's address and phone still are", () => {
    const kinds = analyze('Pak Budi tinggal di Jl. Melati No. 5 RT 03/RW 02, HP 0812-3456-7890.', { now: NOW })
      .filter((f) => f.category === 'pii' && loud(f))
      .map((f) => f.rule);
    expect(kinds).toEqual(['pii.address', 'pii.phone']);
  });
});

describe('neutrality only in an election context', () => {
  it('a menu path is not a candidate ticket', () => {
    const t = 'Silakan klik menu e-Faktur > Pajak Masukan- Pilih Create From Interface- Pilih Prepopulated - Klik Buat.';
    expect(analyze(t, { now: NOW }).filter((f) => f.category === 'neutrality')).toEqual([]);
  });
  it('a ticket with support in an election post still is', () => {
    const t = 'Pilkada sebentar lagi, ayo pilih Ratna-Joko!';
    expect(analyze(t, { now: NOW }).some((f) => f.category === 'neutrality' && loud(f))).toBe(true);
  });
});

describe('claims by provenance', () => {
  it.each([
    '@warga1 Hai Kak. Jika sudah memiliki NPWP namun tidak pernah memiliki akun, silakan klik Aktivasi Akun pada laman Coretax.',
    '07.22 Situasi arus lalu lintas di Jl. Raya Bogor arah Cibinong terpantau ramai lancar. #InfoLalin',
    'Hai #KawanPajak, KPP Pratama Curup mengadakan edukasi pelaporan SPT Tahunan bagi Wajib Pajak di Aula KPP, Kamis (30/10).',
  ])('the office speaking first-hand: no claim warning — %s', (text) => {
    expect(analyze(text, { now: NOW }).filter((f) => f.category === 'claim' && loud(f))).toEqual([]);
  });
  it.each([
    'Katanya mulai bulan depan SIM tidak perlu diperpanjang lagi, info dari grup WA.',
    'Menurut info teman di BKD, pendaftaran CPNS dibuka minggu depan dengan 5.000 formasi.',
    'Pemerintah pusat akan membagikan laptop gratis untuk semua siswa mulai Januari.',
    'Harga cabai di pasar kami termurah se-Jawa Timur, silakan dibandingkan sendiri.',
  ])('relayed or about others: a claim warning — %s', (text) => {
    expect(analyze(text, { now: NOW }).some((f) => f.category === 'claim' && loud(f))).toBe(true);
  });
});

describe('info notes are rare: at most one per post', () => {
  it('two quiet figures in one help reply give one note, the first', () => {
    const text = 'Untuk bupot 21 pegawai tetap dimasukkan pada menu Bukti Pemotongan Bulanan, sedangkan bupot 21 bukan pegawai pada menu BPPU ya Kak. Kode objek 21-100-01 dipakai untuk pegawai tetap, kode 21-100-02 untuk yang lain.';
    const notes = analyze(text, { now: NOW }).filter((f) => f.severity === 'info' && f.category !== 'commitment');
    expect(notes.length).toBeLessThanOrEqual(1);
  });

  it('a warning and a commitment are never dropped for it', () => {
    const text = 'Katanya 80 % warga sudah dapat bantuan, sebarkan! Kami akan cek datanya besok ya Kak.';
    const f = analyze(text, { now: NOW });
    expect(f.some((x) => x.category === 'claim' && x.severity !== 'info')).toBe(true);
    expect(f.some((x) => x.category === 'commitment')).toBe(true);
  });
});
