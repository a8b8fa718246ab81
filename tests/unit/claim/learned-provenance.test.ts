import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { foldLower } from '../../../lib/analyze/text/fold';
import {
  PROVENANCE_THRESHOLD,
  PROVENANCE_THRESHOLD_NO_VOICE,
  ProvenanceScorer,
  provenanceGate,
} from '../../../lib/analyze/claim/learned-provenance';
import { buildProvenanceWeights, PROVENANCE_WEIGHTS_FILE, trainingSamples } from '../../../scripts/train-provenance';

const claimWarnings = (text: string) => analyze(text, {}).filter((f) => f.category === 'claim' && f.severity !== 'info');
function rulesAlone<T>(fn: () => T): T {
  provenanceGate.enabled = false;
  try {
    return fn();
  } finally {
    provenanceGate.enabled = true;
  }
}

describe('learned provenance: training', () => {
  it('trains only on licensed tune data: no blind file, no hoax tweets, no unlicensed posts', () => {
    const sets = new Set(trainingSamples().map((s) => s.set));
    for (const s of sets) expect(s).not.toMatch(/blind|hoax|official-posts/);
    expect(sets.has('wide3-tune')).toBe(true);
    expect(sets.has('relays-tune')).toBe(true);
  });

  it('retraining reproduces the shipped weights byte for byte', () => {
    expect(buildProvenanceWeights() === readFileSync(PROVENANCE_WEIGHTS_FILE, 'utf8')).toBe(true);
  }, 120_000);
});

describe('learned provenance: the gate', () => {
  it('reads an office notice as its own voice and a relayed rumour as relayed', () => {
    const own = 'Area taman anggrek Kebun Raya Lembah Rasi ditutup sementara 7–11 Desember untuk penataan ulang. Area lain tetap buka.';
    const relayed = 'Minat baca orang Indonesia cuma 0,001%, artinya dari 1.000 orang hanya 1 yg rajin membaca. Ayo dukung Gerakan Literasi Sekolah!';
    const z = (t: string) => new ProvenanceScorer(t, foldLower(t)).post();
    expect(z(own)).toBeLessThan(PROVENANCE_THRESHOLD_NO_VOICE);
    expect(z(relayed)).toBeGreaterThan(PROVENANCE_THRESHOLD);
  });

  it("silences a softer claim in an office's own post that the rules alone warned on", () => {
    // a closure notice of the office's own garden (official-posts/wide4-tune o4-0082)
    const text = 'Area taman anggrek Kebun Raya Lembah Rasi ditutup sementara 7–11 Desember untuk penataan ulang. Area lain tetap buka.';
    expect(rulesAlone(() => claimWarnings(text)).length).toBeGreaterThan(0);
    expect(claimWarnings(text)).toEqual([]);
  });

  it("keeps the office's own figure as a quiet note, not a warning", () => {
    const text = 'Pengerukan sedimen muara Sungai Merah tahap II dimulai pekan depan, target volume 120.000 m³.';
    expect(rulesAlone(() => claimWarnings(text)).map((f) => f.rule)).toContain('claim.statistic');
    expect(claimWarnings(text)).toEqual([]);
    expect(analyze(text, {}).filter((f) => f.rule === 'claim.statistic').map((f) => f.severity)).toEqual(['info']);
    // with its start date the post carries the mark of a report: the gate silences it too
    const dated = 'Pengerukan sedimen muara Sungai Merah tahap II dimulai 14 Desember, target volume 120.000 m³.';
    expect(rulesAlone(() => claimWarnings(dated)).length).toBeGreaterThan(0);
    expect(claimWarnings(dated)).toEqual([]);
  });

  it('keeps warnings on what an office relays from others', () => {
    for (const text of [
      'Minat baca orang Indonesia cuma 0,001%, artinya dari 1.000 orang hanya 1 yg rajin membaca. Ayo dukung Gerakan Literasi Sekolah!',
      'Bapak/Ibu, naiknya harga cabai akhir2 ini krn permainan tengkulak dari luar daerah yg menimbun stok. Mari beli di petani langsung.',
      'Mulai Agustus, rujukan berjenjang dihapus oleh Kementerian Kesehatan sehingga pasien BPJS bisa langsung ke rumah sakit tanpa surat rujukan puskesmas.',
      'SMAN 1 kita masuk 10 besar sekolah terbaik nasional tahun ini 🏆 Alhamdulillah!',
    ]) {
      expect(claimWarnings(text).length, text).toBeGreaterThan(0);
    }
  });

  it('never asks the model about hearsay or share-bait', () => {
    const text = 'Info dari grup camat, katanya honor RT naik jadi Rp750rb per bulan. Mohon bersabar ya Bapak/Ibu, terima kasih.';
    const rules = claimWarnings(text).map((f) => f.rule);
    expect(rules).toContain('claim.hearsay');
  });

  it('stays linear and never throws on long or odd input', () => {
    const long = 'Kami tidak pernah memungut biaya. '.repeat(3000);
    const t0 = performance.now();
    expect(() => analyze(long, {})).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(() => new ProvenanceScorer('', '').post()).not.toThrow();
    expect(new ProvenanceScorer('x', 'x').sentence(5, 2)).toBeTypeOf('number');
  });
});

describe('provenance: report marks and names', () => {
  it('reads a date or a press-release opening as the mark of a report, not a bare tweet', async () => {
    const { reportMark } = await import('../../../lib/analyze/claim/provenance');
    const mark = (t: string) => reportMark(t, foldLower(t));
    expect(mark('Pengerukan sedimen tahap II dimulai 14 Desember.')).toBe(true);
    expect(mark('Penerimaan pajak hingga November 2026 naik.')).toBe(true);
    expect(mark('BKSDA Sarana Raya melepasliarkan 8 ekor burung kakatua.')).toBe(true);
    expect(mark('Tim dipimpin dr. Samuel Yeimo, Sp.JP, dokter jantung pertama di kabupaten.')).toBe(true);
    expect(mark('"Sasaran kita 300 keluarga," ujar Kepala Dinas, Ibu Maria.')).toBe(true);
    expect(mark('Layanan gratis di 11 puskesmas. Yuk lengkapi imunisasi si kecil #DinkesWondama')).toBe(true);
    expect(mark('katanya besok listrik padam seharian, siapin lilin')).toBe(false);
  });

  it('keeps a relayed policy with a date warned: the report mark changes no rule', () => {
    const text = 'Kementerian Perhubungan menetapkan semua kapal kecil dilarang mengangkut penumpang mulai 1 Januari. Sebarkan!';
    expect(claimWarnings(text).length).toBeGreaterThan(0);
  });

  it('reads "Nasional" inside a capitalised programme name as no national scope', async () => {
    const { externalSubject } = await import('../../../lib/analyze/claim/provenance');
    const ext = (t: string) => externalSubject(foldLower(t), 0, t.length, t);
    expect(ext('Capaian Bulan Imunisasi Anak Nasional di kabupaten kami 87,4%.')).toBe(false);
    expect(ext('Angka stunting nasional turun jadi 14%.')).toBe(true);
    expect(ext('Pemerintah Negeri Hila menyampaikan laporan pendapatan.')).toBe(false);
    expect(ext('Menteri Kesehatan menetapkan aturan baru.')).toBe(true);
  });
});

describe('provenance: the office warning about impostors, its own ministry branch', () => {
  it('does not read a caution about impostors as an accusation', () => {
    const text = 'Program bantuan modal disalurkan oleh bank penyalur. Kalau ada oknum yang mengaku bisa mencairkan bantuan dengan imbalan, itu bukan dari kami.';
    expect(claimWarnings(text)).toEqual([]);
  });

  it("reads a ministry's regional office as the office itself, the ministry as an outside authority", async () => {
    const { externalSubject } = await import('../../../lib/analyze/claim/provenance');
    const ext = (t: string) => externalSubject(foldLower(t), 0, t.length, t);
    expect(ext('Kanwil Kemenkum NTT melaksanakan penyuluhan hukum di Desa Sadi.')).toBe(false);
    expect(ext('Kemenag Kabupaten Sorong membuka pendaftaran.')).toBe(false);
    expect(ext('Kemenkes menetapkan vaksin baru wajib bagi semua anak.')).toBe(true);
  });
});
