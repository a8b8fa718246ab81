import '../reminders/tz';
import '../popup/setup';
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parseYAML } from 'confbox';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/components/common/i18n';
import { ReportApp } from '@/components/report/ReportApp';
import { readQuery, writeQuery } from '@/components/report/store';
import { reportKeys } from '@/components/report/t';
import { saveSettings } from '@/lib/settings';
import { CommitmentRepository } from '@/lib/store/repository';
import { allAxeViolations } from '../periksa/axe';
import { installMessages } from '../popup/setup';
import { freshDb } from '../store/helpers';
import { rec } from './helpers';

const now = new Date('2026-12-05T09:00:00+07:00');
const at = (d: string) => `${d}T02:00:00.000Z`;
let db: ReturnType<typeof freshDb>;

beforeAll(async () => {
  await installMessages('id');
});
beforeEach(async () => {
  fakeBrowser.reset();
  setLanguage('id');
  db = freshDb();
  await new CommitmentRepository(db).importCommitments([
    rec({ capturedAt: at('2026-11-02'), due: '2026-11-10', status: 'done', changedAt: at('2026-11-09'), evidenceUrl: 'https://pemda.example.go.id/berita/1' }),
    rec({ capturedAt: at('2026-11-03'), due: '2026-11-20', precision: 'month', status: 'done', changedAt: at('2026-11-30'), platform: 'facebook' }),
    rec({ capturedAt: at('2026-11-04'), due: '2026-11-06', status: 'done', changedAt: at('2026-11-16') }),
    rec({ capturedAt: at('2026-11-06'), due: '2026-11-25' }),
    rec({ capturedAt: at('2026-10-06'), due: '2026-10-25' }),
  ]);
});
afterEach(async () => {
  cleanup();
  setLanguage(null);
  db.close();
  await Dexie.delete(db.name);
});

const total = (k: string) => document.querySelector(`[data-total="${k}"]`)?.getAttribute('data-value');

async function renderReport(search = '?period=lastMonth', extra: Partial<Parameters<typeof ReportApp>[0]> = {}) {
  const onQuery = vi.fn();
  const copyText = vi.fn(async () => {});
  render(<ReportApp db={db} now={now} search={search} onQuery={onQuery} copyText={copyText} {...extra} />);
  await waitFor(() => expect(document.querySelector('[data-report-ready]')).toBeTruthy());
  return { onQuery, copyText };
}

describe('the report page', () => {
  it('shows the period, the office, the totals, charts and table; no axe violation', async () => {
    await saveSettings({ officeName: 'Dinas Kominfo Kota Contoh' });
    await renderReport();
    await screen.findByRole('heading', { level: 1, name: 'Laporan janji publik Dinas Kominfo Kota Contoh' });
    expect(document.querySelector('[data-report-period]')?.textContent).toBe('November 2026');
    expect([total('promised'), total('onTime'), total('late'), total('overdue'), total('open'), total('dropped')]).toEqual(['4', '2', '1', '1', '0', '0']);
    expect(document.querySelectorAll('[data-row]')).toHaveLength(4);
    expect(document.querySelectorAll('[data-chart="monthly"] [data-month]')).toHaveLength(6);
    expect(document.querySelectorAll('[data-chart] svg[role="img"]')).toHaveLength(3);
    expect(document.querySelector('[data-evidence]')?.getAttribute('href')).toBe('https://pemda.example.go.id/berita/1');
    expect(document.title).toBe('Laporan janji publik Dinas Kominfo Kota Contoh — November 2026');
    // page numbers in print, in the page's language
    expect(document.querySelector('style')?.textContent).toContain('"Halaman " counter(page) " dari " counter(pages)');
    expect(await allAxeViolations()).toEqual([]);
  });

  it('another period and basis: totals follow, the address is updated', async () => {
    const { onQuery } = await renderReport();
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'quarter' } });
    await waitFor(() => expect(document.querySelector('[data-report-period]')?.textContent).toBe('Triwulan IV 2026'));
    expect(total('promised')).toBe('5');
    expect(onQuery).toHaveBeenLastCalledWith('?period=quarter&year=2026&q=4');
    fireEvent.click(screen.getByLabelText('tanggal tenggat'));
    await waitFor(() => expect(onQuery).toHaveBeenLastCalledWith('?period=quarter&year=2026&q=4&basis=due'));
    expect(total('promised')).toBe('5');
  });

  it('the summary is composed, checked by the analyzer, and copied; personal data blocks copying', async () => {
    const { copyText } = await renderReport();
    fireEvent.click(screen.getByRole('button', { name: 'Susun ringkasan untuk diunggah' }));
    const area = (await screen.findByLabelText('Teks ringkasan')) as HTMLTextAreaElement;
    expect(area.value).toBe('Bulan November 2026: 3 dari 4 janji tuntas, 2 tepat waktu dan 1 terlambat; 1 melewati tenggat. Sumber: catatan janji publik kami.');
    await waitFor(() => expect(document.querySelector('[data-summary-check]')?.getAttribute('data-summary-check')).not.toBe('pending'), { timeout: 5000 });
    expect(document.querySelectorAll('[data-summary-check] [data-severity="warning"], [data-summary-check] [data-severity="danger"]')).toHaveLength(0);
    const copy = screen.getByRole('button', { name: 'Salin teks' }) as HTMLButtonElement;
    await act(async () => fireEvent.click(copy));
    expect(copyText).toHaveBeenCalledWith(area.value);
    expect(await screen.findByText('Tersalin. Tempelkan ke unggahan Anda.')).toBeTruthy();

    fireEvent.change(area, { target: { value: `${area.value} NIK pelapor 3204110609870003.` } });
    await waitFor(() => expect(document.querySelector('[data-summary-check] [data-rule="pii.nik"]')).toBeTruthy(), { timeout: 5000 });
    expect(copy.disabled).toBe(true);
    expect(screen.getByText('Hapus data pribadi dari teks sebelum menyalin.')).toBeTruthy();
    expect(await allAxeViolations()).toEqual([]);
  });

  it('in English when the setting says so', async () => {
    setLanguage('en');
    await renderReport('?period=year&year=2026');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Public promise report');
    expect(document.querySelector('[data-report-period]')?.textContent).toBe('Year 2026');
    expect(screen.getByRole('button', { name: 'Print / Save PDF' })).toBeTruthy();
  });

  it('reads and writes the period in the address; junk is ignored', () => {
    expect(readQuery('?period=custom&from=2026-01-01&to=2026-03-31&basis=due')).toEqual({ spec: { kind: 'custom', from: '2026-01-01', to: '2026-03-31', year: undefined, quarter: undefined }, basis: 'due' });
    expect(readQuery('?period=decade&basis=x&year=abc')).toEqual({ spec: { kind: 'thisMonth', year: undefined, quarter: undefined }, basis: 'captured' });
    expect(writeQuery({ kind: 'year', year: 2025 }, 'captured')).toBe('?period=year&year=2025');
  });
});

describe('report messages', () => {
  const flat = (lang: string) => {
    const out: Record<string, string> = {};
    const walk = (o: Record<string, unknown>, p: string) => {
      for (const [k, v] of Object.entries(o)) typeof v === 'string' ? (out[`${p}${k}`] = v) : walk(v as Record<string, unknown>, `${p}${k}.`);
    };
    walk(parseYAML(readFileSync(`locales/report/${lang}.yml`, 'utf8')) as Record<string, unknown>, '');
    return out;
  };

  it('Indonesian and English have the same keys and the same substitutions', () => {
    const id = flat('id');
    const en = flat('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort().join(',');
    for (const k of Object.keys(id)) expect(subs(en[k]), k).toBe(subs(id[k]));
    expect(reportKeys('en').sort()).toEqual(reportKeys('id').sort());
  });

  it('every key the report components use exists (literal keys and the outcome/precision/severity families)', () => {
    const keys = new Set(reportKeys('id'));
    const dir = 'components/report';
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => /\.tsx?$/.test(x))) {
      for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/rt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    for (const o of ['onTime', 'late', 'open', 'overdue', 'dropped']) used.add(`report.outcome.${o}`);
    for (const p of ['week', 'month', 'quarter', 'year']) used.add(`report.precision.${p}`);
    for (const s of ['info', 'warning', 'danger']) used.add(`report.summary.${s}`);
    for (const k of ['thisMonth', 'lastMonth', 'quarter', 'year', 'custom']) used.add(`report.period.${k}`);
    for (const k of ['promised', 'onTime', 'late', 'open', 'overdue', 'dropped']) used.add(`report.totals.${k}`);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !keys.has(k.replaceAll('.', '_')))).toEqual([]);
  });
});
