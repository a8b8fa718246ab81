/**
 * A hand-made log for the report spec: promises made in 2025 whose outcome does not depend on the day the
 * test runs (deadlines in 2025, or none, or far ahead), each with the outcome it must get. Times are 09:00
 * WIB (02:00 UTC), so the local date is the same whether the browser runs in Jakarta or in UTC.
 */
export type SeedOutcome = 'onTime' | 'late' | 'open' | 'overdue' | 'dropped';

interface Seed {
  action: string;
  phrase: string;
  captured: string;
  due: string | null;
  precision: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'none';
  /** the day it was done or dropped */
  closed?: string;
  status: 'open' | 'done' | 'dropped';
  platform: string;
  evidence?: string;
  expect: SeedOutcome;
}

const S: Seed[] = [
  { action: 'memperbaiki lampu PJU di Jl. Merdeka', phrase: 'besok', captured: '2025-01-06', due: '2025-01-07', precision: 'day', closed: '2025-01-07', status: 'done', platform: 'x', evidence: 'https://dishub.example.go.id/berita/pju-merdeka', expect: 'onTime' },
  { action: 'menambal jalan berlubang di Gg. Mawar', phrase: 'minggu depan', captured: '2025-01-15', due: '2025-01-22', precision: 'week', closed: '2025-01-26', status: 'done', platform: 'facebook', expect: 'onTime' },
  { action: 'mengangkut sampah di Pasar Baru', phrase: 'paling lambat Jumat', captured: '2025-02-03', due: '2025-02-07', precision: 'day', closed: '2025-02-12', status: 'done', platform: 'instagram', expect: 'late' },
  { action: 'mengecek saluran drainase Perum Griya', phrase: 'bulan depan', captured: '2025-02-10', due: '2025-03-10', precision: 'month', closed: '2025-03-28', status: 'done', platform: 'x', evidence: 'https://pupr.example.go.id/berita/drainase', expect: 'onTime' },
  { action: 'menerbitkan surat edaran jam operasional', phrase: 'akhir Maret', captured: '2025-03-03', due: '2025-03-31', precision: 'month', closed: '2025-04-02', status: 'done', platform: 'whatsapp', expect: 'late' },
  { action: 'memasang rambu dilarang parkir', phrase: 'dalam 3 hari', captured: '2025-03-17', due: '2025-03-20', precision: 'day', status: 'open', platform: 'x', expect: 'overdue' },
  { action: 'menjawab pengaduan lewat SP4N-LAPOR!', phrase: 'paling lambat 5 hari kerja', captured: '2025-04-07', due: '2025-04-14', precision: 'day', closed: '2025-04-10', status: 'done', platform: 'generic', expect: 'onTime' },
  { action: 'membersihkan gorong-gorong Jl. Kenanga', phrase: 'sebelum musim hujan', captured: '2025-04-21', due: null, precision: 'none', closed: '2025-05-02', status: 'done', platform: 'facebook', expect: 'onTime' },
  { action: 'mengganti pipa PDAM yang bocor', phrase: 'besok', captured: '2025-05-05', due: '2025-05-06', precision: 'day', closed: '2025-05-06', status: 'done', platform: 'x', expect: 'onTime' },
  { action: 'membuka posko pengaduan banjir', phrase: 'akhir pekan ini', captured: '2025-05-14', due: '2025-05-18', precision: 'week', status: 'dropped', closed: '2025-05-16', platform: 'instagram', expect: 'dropped' },
  { action: 'menyalurkan bantuan sembako ke RW 05', phrase: 'triwulan III', captured: '2025-06-02', due: '2025-09-30', precision: 'quarter', closed: '2025-08-20', status: 'done', platform: 'facebook', expect: 'onTime' },
  { action: 'memperbaiki atap SDN 3', phrase: 'Juli', captured: '2025-06-16', due: '2025-07-31', precision: 'month', status: 'open', platform: 'x', expect: 'overdue' },
  { action: 'mengaktifkan kembali lampu taman kota', phrase: 'lusa', captured: '2025-07-07', due: '2025-07-09', precision: 'day', closed: '2025-07-15', status: 'done', platform: 'tiktok', expect: 'late' },
  { action: 'mengirim petugas ke lokasi longsor', phrase: 'hari ini', captured: '2025-07-21', due: '2025-07-21', precision: 'day', closed: '2025-07-21', status: 'done', platform: 'x', evidence: 'https://bpbd.example.go.id/berita/longsor', expect: 'onTime' },
  { action: 'mengkaji ulang tarif parkir', phrase: 'secepatnya', captured: '2025-08-04', due: null, precision: 'none', status: 'open', platform: 'youtube', expect: 'open' },
  { action: 'menata ulang trotoar Jl. Sudirman', phrase: 'tahun depan', captured: '2025-08-18', due: '2099-08-18', precision: 'year', status: 'open', platform: 'linkedin', expect: 'open' },
  { action: 'memangkas pohon rawan tumbang', phrase: 'minggu depan', captured: '2025-09-08', due: '2025-09-15', precision: 'week', closed: '2025-09-25', status: 'done', platform: 'facebook', expect: 'late' },
  { action: 'menertibkan reklame liar', phrase: 'akhir bulan', captured: '2025-09-22', due: '2025-09-30', precision: 'month', status: 'dropped', closed: '2025-10-01', platform: 'x', expect: 'dropped' },
  { action: 'mengecat ulang zebra cross', phrase: 'Oktober', captured: '2025-10-06', due: '2025-10-31', precision: 'month', closed: '2025-10-30', status: 'done', platform: 'instagram', expect: 'onTime' },
  { action: 'menutup lubang galian kabel', phrase: 'dalam 2 hari', captured: '2025-10-20', due: '2025-10-22', precision: 'day', status: 'open', platform: 'whatsapp', expect: 'overdue' },
  { action: 'membuka layanan KTP keliling', phrase: '1 November', captured: '2025-10-27', due: '2025-11-01', precision: 'day', closed: '2025-11-01', status: 'done', platform: 'x', evidence: 'https://disdukcapil.example.go.id/berita/ktp-keliling', expect: 'onTime' },
  { action: 'memperbaiki jembatan penyeberangan', phrase: 'akhir tahun', captured: '2025-11-10', due: '2025-12-31', precision: 'year', closed: '2025-12-30', status: 'done', platform: 'facebook', expect: 'onTime' },
  { action: 'menambah armada bus sekolah', phrase: 'Desember', captured: '2025-11-24', due: '2025-12-31', precision: 'month', status: 'open', platform: 'x', expect: 'overdue' },
  { action: 'memasang CCTV di simpang lima', phrase: 'minggu depan', captured: '2025-12-08', due: '2025-12-15', precision: 'week', closed: '2025-12-19', status: 'done', platform: 'threads', expect: 'onTime' },
];

const at = (d: string) => `${d}T02:00:00.000Z`;

/** The seed as the records of a JSON export (lib/export/json.ts format). */
export function seedRecords(): Record<string, unknown>[] {
  return S.map((s, i) => {
    const text = `Kami akan ${s.action} ${s.phrase}.`;
    const history = [{ status: 'open', at: at(s.captured) }];
    if (s.status !== 'open') history.push({ status: s.status, at: at(s.closed!) });
    return {
      id: `seed-report-${String(i + 1).padStart(2, '0')}`,
      text,
      action: s.action,
      deadlinePhrase: s.phrase,
      due: s.due,
      precision: s.precision,
      vague: s.due === null,
      platform: s.platform,
      url: `https://${s.platform === 'generic' ? 'lapor.example.go.id' : s.platform + '.com'}/pemkot/status/${2025000 + i}`,
      excerpt: `Terima kasih atas laporannya. ${text}`,
      capturedAt: at(s.captured),
      status: s.status,
      statusHistory: history,
      notes: '',
      evidenceUrl: s.evidence ?? null,
      updatedAt: history[history.length - 1].at,
    };
  });
}

export function seedExport(): string {
  return JSON.stringify({ format: 'saring-commitments', version: 1, exportedAt: '2026-01-05T02:00:00.000Z', commitments: seedRecords() });
}

/** What the report must show for 2025 (by capture date). */
export function expectedTotals(): Record<SeedOutcome | 'promised', number> {
  const t = { promised: S.length, onTime: 0, late: 0, open: 0, overdue: 0, dropped: 0 };
  for (const s of S) t[s.expect]++;
  return t;
}

export const SEED_ACTIONS = S.map((s) => s.action);
