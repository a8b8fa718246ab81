/** In-page UI labels, Indonesian first. The analyzer's own messages carry both languages already. */
import type { Category, Severity } from '../analyze/types';

export type UiLang = 'id' | 'en';

const L = {
  badgeLabel: { id: 'Saring: {n} temuan. Tekan untuk melihat.', en: 'Saring: {n} findings. Press to view.' },
  badgeNone: { id: 'Saring: tidak ada temuan.', en: 'Saring: no findings.' },
  panelTitle: { id: 'Saring — periksa sebelum kirim', en: 'Saring — check before sending' },
  close: { id: 'Tutup', en: 'Close' },
  apply: { id: 'Terapkan', en: 'Apply' },
  dismiss: { id: 'Abaikan', en: 'Dismiss' },
  allowAlways: { id: 'Selalu izinkan', en: 'Always allow' },
  noFindings: { id: 'Tidak ada temuan. Tetap baca ulang sebelum mengirim.', en: 'No findings. Still, read it once more before sending.' },
  truncated: { id: 'Teks sangat panjang: hanya {n} karakter pertama yang diperiksa.', en: 'Very long text: only the first {n} characters were checked.' },
  overdue: {
    id: 'Ada {n} janji publik yang sudah lewat tenggat. Buka Saring untuk menindaklanjuti.',
    en: 'You have {n} overdue public promises. Open Saring to follow up.',
  },
  moreFindings: { id: '{n} temuan lainnya', en: '{n} more findings' },
  announce: { id: '{n} temuan: {d} bahaya, {w} peringatan, {i} info.', en: '{n} findings: {d} danger, {w} warning, {i} info.' },
  captured: { id: 'Janji tercatat di Saring: {n}.', en: 'Promise recorded in Saring: {n}.' },
  captureFailed: {
    id: 'Janji ini belum tersimpan di Saring ({error}). Catat secara manual agar tidak terlupa: “{text}”',
    en: 'This promise was not saved in Saring ({error}). Note it down so it is not forgotten: “{text}”',
  },
} as const;

export type LabelKey = keyof typeof L;

export function t(lang: UiLang, key: LabelKey, vars?: Record<string, string | number>): string {
  let s: string = L[key][lang] ?? L[key].id;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}

export const CATEGORY_LABEL: Record<Category, { id: string; en: string }> = {
  pii: { id: 'Data pribadi', en: 'Personal data' },
  claim: { id: 'Klaim belum terverifikasi', en: 'Unverified claim' },
  tone: { id: 'Nada', en: 'Tone' },
  neutrality: { id: 'Netralitas ASN', en: 'Civil-service neutrality' },
  commitment: { id: 'Janji publik', en: 'Public promise' },
};

export const SEVERITY_LABEL: Record<Severity, { id: string; en: string }> = {
  danger: { id: 'Bahaya', en: 'Danger' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
};
