import '../popup/setup';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { DataServices, MergeOutcome } from '@/components/options/data-services';
import { loadSettings } from '@/lib/settings';
import { setUpOptionsPage } from './harness';
import { allAxeViolations } from '../periksa/axe';

setUpOptionsPage();

async function renderWith(merge: (files: { name: string; text: string }[]) => Promise<MergeOutcome>) {
  const data: DataServices = {
    exportCommitments: vi.fn(async () => ({ name: 'x', mime: 'text/plain', text: '' })),
    importCommitments: vi.fn(async () => ({ ok: true as const, imported: 0 })),
    mergeCommitments: vi.fn(merge),
    deleteCommitments: vi.fn(async () => true as const),
    download: () => {},
  };
  const user = userEvent.setup();
  render(<OptionsApp dataServices={data} optInServices={{ list: async () => [], enable: async () => true, disable: async () => {} }} />);
  await screen.findByRole('heading', { level: 1, name: 'Pengaturan Saring' });
  return { user, data };
}

const json = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });

describe('options: team merge, office name, report link', () => {
  it('merges several files at once and says what was added, updated and skipped', async () => {
    const { user, data } = await renderWith(async () => ({ ok: true, merged: { added: 3, updated: 1, skipped: 2 } }));
    const input = document.querySelector('[data-import="merge"]') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    await user.upload(input, [json('ani.json', 'A'), json('budi.json', 'B')]);
    await waitFor(() => expect(document.querySelector('[data-merge-status="ok"]')?.textContent).toBe('Penggabungan selesai: 3 baru, 1 diperbarui, 2 dilewati (sudah ada).'));
    expect(data.mergeCommitments).toHaveBeenCalledWith([{ name: 'ani.json', text: 'A' }, { name: 'budi.json', text: 'B' }]);
    expect(await allAxeViolations()).toEqual([]);
  });

  it('a refused file is named; the message says nothing changed', async () => {
    const { user } = await renderWith(async () => ({ ok: false, error: 'Berkas kosong.', file: 1 }));
    await user.upload(document.querySelector('[data-import="merge"]') as HTMLInputElement, [json('ani.json'), json('rusak.json')]);
    await waitFor(() => expect(document.querySelector('[data-merge-status="error"]')).toBeTruthy());
    expect(document.querySelector('[data-merge-status="error"]')!.textContent).toBe('Penggabungan dibatalkan, tidak ada data yang diubah. Berkas “rusak.json”: Berkas kosong.');
  });

  it('the office name is saved when the field is left; the report opens from the header', async () => {
    const { user } = await renderWith(async () => 'unavailable');
    const field = screen.getByRole('textbox', { name: 'Nama kantor atau instansi' });
    await user.type(field, 'Dinas Kominfo Kota Contoh');
    expect((await loadSettings()).officeName).toBe('');
    await user.tab();
    await waitFor(async () => expect((await loadSettings()).officeName).toBe('Dinas Kominfo Kota Contoh'));
    const link = within(document.querySelector('header')!).getByRole('link', { name: 'Buka laporan janji' });
    expect(link.getAttribute('href')).toBe('report.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
