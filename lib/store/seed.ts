/**
 * Deterministic synthetic commitments, for tests and the popup benchmark (e.g. 10,000 records).
 * Pure: nothing is written. Put them in a database through the single writer, e.g.
 * `repo.importCommitments(seedCommitments(10_000))` or an import request with `toJsonExport(...)`.
 */
import { addDays, localYmd } from './dates';
import { dedupeKey } from './repository';
import { PLATFORM_IDS } from '../platforms';
import type { PlatformId } from '../platforms/types';
import type { CommitmentRecord, CommitmentStatus, StatusChange } from './types';
import { mulberry32 } from '../random';

export interface SeedOptions {
  /** dates are spread around this moment (default: now) */
  now?: Date;
  /** PRNG seed (default 1) */
  seed?: number;
}

const ACTIONS = [
  'memperbaiki jalan di Jl. Melati',
  'mengganti lampu PJU di Gg. Mawar',
  'mengangkut sampah di pasar',
  'mengecek saluran drainase',
  'menindaklanjuti laporan warga',
  'menambal jalan berlubang',
  'menerbitkan surat edaran',
  'memasang rambu lalu lintas',
  'membersihkan gorong-gorong',
  'mengirim petugas ke lokasi',
  'menjawab pengaduan lewat SP4N-LAPOR!',
  'menyalurkan bantuan sembako',
];
const PHRASES = ['paling lambat Jumat depan', 'besok', 'minggu depan', 'akhir bulan', 'dalam 3 hari', 'sebelum Lebaran', 'tanggal 5'];
const VAGUE = ['secepatnya', 'dalam waktu dekat', 'akan kami kaji'];
const PLATFORMS: readonly PlatformId[] = PLATFORM_IDS;


type Kind = 'overdue' | 'dueSoon' | 'later' | 'undated' | 'done' | 'dropped';
// 10% overdue, 5% due soon, 25% open later, 10% open without a date, 40% done, 10% dropped
const KINDS: [Kind, number][] = [
  ['overdue', 0.1],
  ['dueSoon', 0.15],
  ['later', 0.4],
  ['undated', 0.5],
  ['done', 0.9],
  ['dropped', 1],
];

export function seedCommitments(n: number, opts: SeedOptions = {}): CommitmentRecord[] {
  const now = opts.now ?? new Date();
  const rnd = mulberry32(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const today = localYmd(now);
  const out: CommitmentRecord[] = [];
  for (let i = 0; i < n; i++) {
    const x = rnd();
    const kind = KINDS.find(([, p]) => x < p)![0];
    const capturedAt = new Date(now.getTime() - int(1, 120) * 86_400_000 - int(0, 86_399) * 1000);
    const due =
      kind === 'undated'
        ? null
        : kind === 'overdue'
          ? addDays(today, -int(1, 60))
          : kind === 'dueSoon'
            ? addDays(today, int(0, 3))
            : kind === 'later'
              ? addDays(today, int(4, 120))
              : rnd() < 0.8
                ? addDays(today, int(-90, 30))
                : null;
    const vague = due === null;
    const action = pick(ACTIONS);
    const phrase = vague ? pick(VAGUE) : pick(PHRASES);
    const text = `Kami akan ${action} ${phrase}. (#${i + 1})`;
    const platform = pick(PLATFORMS);
    const url = `https://${platform === 'generic' ? 'pemda.example.go.id' : platform + '.com'}/pemkot/status/${100000 + i}`;
    const history: StatusChange[] = [{ status: 'open', at: capturedAt.toISOString() }];
    let status: CommitmentStatus = 'open';
    if (kind === 'done' || kind === 'dropped') {
      status = kind;
      const at = new Date(Math.min(now.getTime() - 60_000, capturedAt.getTime() + int(1, 30) * 86_400_000));
      history.push({ status, at: at.toISOString() });
    }
    out.push({
      id: seedId(opts.seed ?? 1, i),
      text,
      action,
      deadlinePhrase: phrase,
      due,
      precision: due ? 'day' : 'none',
      vague,
      platform,
      url,
      excerpt: `Terima kasih atas laporannya. ${text}`,
      capturedAt: capturedAt.toISOString(),
      status,
      statusHistory: history,
      notes: rnd() < 0.2 ? 'Sudah dikoordinasikan dengan dinas terkait.' : '',
      evidenceUrl: status === 'done' && rnd() < 0.5 ? `https://pemda.example.go.id/berita/${i}` : null,
      updatedAt: history[history.length - 1].at,
      dedupeKey: dedupeKey(text, url, due),
    });
  }
  return out;
}

/** A stable uuid-shaped id per (seed, index). */
function seedId(seed: number, i: number): string {
  const hex = (v: number, w: number) => (v >>> 0).toString(16).padStart(w, '0').slice(-w);
  return `5eed${hex(seed, 4)}-0000-4000-8000-${hex(i, 12)}`;
}
