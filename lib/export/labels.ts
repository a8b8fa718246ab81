/** Indonesian values for CSV and ICS (files meant for people, in the product's first language). */
import type { DatePrecision } from '../analyze/types';
import { platformById } from '../platforms';
import type { PlatformId } from '../platforms/types';
import type { CommitmentStatus } from '../store/types';

export const STATUS_ID: Record<CommitmentStatus, string> = { open: 'berjalan', done: 'selesai', dropped: 'dibatalkan' };

export const PRECISION_ID: Record<DatePrecision, string> = {
  day: 'hari',
  week: 'minggu',
  month: 'bulan',
  quarter: 'triwulan',
  year: 'tahun',
  none: '',
};

export function platformLabel(p: PlatformId | string): string {
  return platformById(p)?.name ?? p;
}

/** "2026-11-22 09:05" in the browser's time zone (Excel reads this as a date-time). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** File name stem with the local date: saring-janji-2026-11-22 */
export function exportFileStem(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `saring-janji-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
