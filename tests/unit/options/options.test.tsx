import '../popup/setup';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { DataServices } from '@/components/options/data-services';
import type { OptInServices } from '@/components/options/SitesSection';
import { loadSettings, saveSettings } from '@/lib/settings';
import { exportSettingsFile } from '@/lib/settings/transfer';
import { setUpOptionsPage } from './harness';
import { allAxeViolations } from '../periksa/axe';

setUpOptionsPage();

function fakes() {
  const downloads: { name: string; text: string }[] = [];
  const data: DataServices = {
    exportCommitments: vi.fn(async (kind) => ({ name: `janji.${kind}`, mime: 'text/plain', text: `export ${kind}` })),
    importCommitments: vi.fn(async () => ({ ok: true as const, imported: 2 })),
    mergeCommitments: vi.fn(async () => ({ ok: true as const, merged: { added: 1, updated: 0, skipped: 0 } })),
    deleteCommitments: vi.fn(async () => true as const),
    download: (f) => downloads.push(f),
  };
  let sites = ['portal.kotaku.go.id'];
  const optIn: OptInServices = {
    list: async () => sites,
    enable: vi.fn(async (url: string) => {
      sites = [...sites, new URL(url).hostname];
      return true;
    }),
    disable: vi.fn(async (url: string) => {
      sites = sites.filter((s) => s !== new URL(url).hostname);
    }),
  };
  return { data, optIn, downloads };
}

async function renderOptions() {
  const f = fakes();
  const user = userEvent.setup();
  render(<OptionsApp dataServices={f.data} optInServices={f.optIn} />);
  await screen.findByRole('heading', { level: 1, name: 'Pengaturan Saring' });
  return { ...f, user };
}

const section = (id: string) => document.querySelector(`section[data-section="${id}"]`) as HTMLElement;

describe('options page', () => {
  it('renders every section, in Indonesian, with no axe violations', async () => {
    await renderOptions();
    const nav = screen.getByRole('navigation', { name: 'Bagian pengaturan' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Umum', 'Situs', 'Pemeriksaan', 'Kontak resmi kantor', 'Sumber tepercaya', 'Fakta terverifikasi', 'Kata tambahan', 'Daftar netralitas', 'Data',
    ]);
    expect(within(section('sites')).getAllByRole('switch')).toHaveLength(9);
    expect(await screen.findByText('portal.kotaku.go.id')).toBeTruthy();
    expect(await allAxeViolations()).toEqual([]);
  });

  it('per-site, per-category and per-rule switches and sensitivity are saved', async () => {
    const { user } = await renderOptions();
    await user.click(within(section('sites')).getByRole('switch', { name: 'Facebook' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toContain('m.facebook.com'));
    expect(document.querySelector('.save-status')?.textContent).toBe('Tersimpan.');

    const checks = section('checks');
    await user.click(within(checks).getByRole('switch', { name: 'Periksa Nada' }));
    await waitFor(async () => expect((await loadSettings()).analyzer.disabledRules).toEqual(['tone']));
    // rules of a category that is off are disabled
    expect((within(checks).getByRole('switch', { name: 'Sarkasme' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(checks).getByRole('switch', { name: 'Nomor telepon' }));
    await waitFor(async () => expect((await loadSettings()).analyzer.disabledRules).toEqual(['tone', 'pii.phone']));
    await user.click(within(checks).getByRole('radio', { name: 'Tinggi, tampilkan juga yang meragukan' }));
    await waitFor(async () => expect((await loadSettings()).analyzer.sensitivity).toBe('high'));
  });

  it('lists refuse bad input with a clear Indonesian message and save nothing', async () => {
    const { user } = await renderOptions();
    const allow = section('allowlist');
    const input = within(allow).getByRole('textbox', { name: 'Kontak resmi' });
    await user.type(input, 'humas@{Enter}');
    expect(within(allow).getByRole('alert').textContent).toMatch(/^Bukan kontak yang valid/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).analyzer.allowlist).toEqual([]);
    await user.clear(input);
    await user.type(input, '0812-3456-7890{Enter}');
    await waitFor(async () => expect((await loadSettings()).analyzer.allowlist).toEqual(['0812-3456-7890']));
    await user.click(within(allow).getByRole('button', { name: 'Hapus 0812-3456-7890' }));
    await waitFor(async () => expect((await loadSettings()).analyzer.allowlist).toEqual([]));

    const tags = within(section('neutrality')).getByRole('textbox', { name: 'Tagar' });
    await user.type(tags, 'pemilu damai{Enter}');
    expect(within(section('neutrality')).getByRole('alert').textContent).toMatch(/Tagar hanya boleh/);
    await user.clear(tags);
    await user.type(tags, 'PilihNomor2{Enter}');
    await waitFor(async () => expect((await loadSettings()).neutrality.hashtags).toEqual(['#PilihNomor2']));
    expect((await loadSettings()).analyzer.neutralityTerms).toEqual(['#PilihNomor2']);

    const src = within(section('sources')).getByRole('textbox', { name: 'Sumber' });
    await user.type(src, 'https://dinkes.kotaku.go.id/data{Enter}');
    await waitFor(async () => expect((await loadSettings()).analyzer.trustedSources).toContain('dinkes.kotaku.go.id'));

    await user.type(within(section('words')).getByRole('textbox', { name: 'Kata atau frasa' }), 'kampret{Enter}');
    await waitFor(async () => expect((await loadSettings()).analyzer.customWords).toEqual(['kampret']));
  });

  it('verified facts: every bad field is marked, nothing saved; a good fact is saved', async () => {
    const { user } = await renderOptions();
    const facts = section('facts');
    await user.type(within(facts).getByLabelText('Nilai *'), 'banyak');
    await user.click(within(facts).getByRole('button', { name: 'Tambah fakta' }));
    expect(within(facts).getByRole('alert').textContent).toBe('Periksa kembali isian yang ditandai. Fakta belum disimpan.');
    expect(within(facts).getByLabelText('Nama fakta *').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(within(facts).getByLabelText('Nama fakta *'));
    expect(within(facts).getByText(/^Bukan angka/)).toBeTruthy();
    expect((await loadSettings()).analyzer.verifiedFacts).toEqual([]);

    await user.type(within(facts).getByLabelText('Nama fakta *'), 'Angka stunting');
    const value = within(facts).getByLabelText('Nilai *');
    await user.clear(value);
    await user.type(value, '14,2');
    await user.type(within(facts).getByLabelText('Satuan'), '%');
    await user.type(within(facts).getByLabelText('Sumber *'), 'SSGI 2024');
    await user.type(within(facts).getByLabelText('Kata kunci lain (pisahkan dengan koma)'), 'stunting, balita pendek');
    await user.click(within(facts).getByRole('button', { name: 'Tambah fakta' }));
    await waitFor(async () =>
      expect((await loadSettings()).analyzer.verifiedFacts).toEqual([{ label: 'Angka stunting', value: 14.2, unit: '%', source: 'SSGI 2024', keywords: ['stunting', 'balita pendek'] }]),
    );
    expect(within(facts).getByText('Angka stunting: 14,2% (sumber: SSGI 2024)')).toBeTruthy();
  });

  it('language switch re-renders in English', async () => {
    const { user } = await renderOptions();
    await user.selectOptions(screen.getByLabelText('Bahasa'), 'en');
    await screen.findByRole('heading', { level: 1, name: 'Saring settings' });
    expect((await loadSettings()).language).toBe('en');
    expect(within(section('sites')).getByText('Other sites you turned on')).toBeTruthy();
    expect(await allAxeViolations()).toEqual([]);
  });

  it('other sites: add (permission asked) and remove', async () => {
    const { user, optIn } = await renderOptions();
    const sites = section('sites');
    const input = within(sites).getByLabelText('Aktifkan situs lain (alamat situs)');
    await user.type(input, 'bukan situs{Enter}');
    expect(within(sites).getByRole('alert').textContent).toMatch(/^Bukan alamat situs/);
    await user.clear(input);
    await user.type(input, 'https://ppid.kotaku.go.id/info{Enter}');
    expect(optIn.enable).toHaveBeenCalledWith('https://ppid.kotaku.go.id/');
    await within(sites).findByText('ppid.kotaku.go.id');
    await user.click(within(sites).getByRole('button', { name: 'Hapus portal.kotaku.go.id' }));
    await waitFor(() => expect(within(sites).queryByText('portal.kotaku.go.id')).toBeNull());
  });

  it('settings import shows what it will change (PII off first) and applies only on "Terapkan"', async () => {
    const { user } = await renderOptions();
    const d = section('data');
    const current = await loadSettings();
    const file = exportSettingsFile({
      ...current,
      disabledSites: ['web.whatsapp.com'],
      officeName: 'Dinas Kominfo',
      analyzer: { ...current.analyzer, disabledRules: ['pii'], sensitivity: 'low' },
    });
    const input = d.querySelector('input[data-import="settings"]') as HTMLInputElement;
    await user.upload(input, new File([file], 'pengaturan.json', { type: 'application/json' }));
    const preview = (await within(d).findByText('Berkas ini akan mengubah pengaturan berikut:')).closest('[data-preview]') as HTMLElement;
    const lines = within(preview).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Saring dimatikan di situs: web.whatsapp.com',
      'Data pribadi dimatikan (tidak diperiksa lagi)',
      'Kepekaan: Normal → Rendah, hanya yang paling jelas',
      'Nama kantor: Dinas Kominfo',
    ]);
    expect(within(preview).getByText('Perlu diperhatikan:')).toBeTruthy();
    // cancel: nothing changes
    await user.click(within(preview).getByRole('button', { name: 'Batal' }));
    await within(d).findByText('Impor pengaturan dibatalkan. Tidak ada yang diubah.');
    expect((await loadSettings()).analyzer.disabledRules).toEqual(current.analyzer.disabledRules);
    // again, and apply
    await user.upload(input, new File([file], 'pengaturan.json', { type: 'application/json' }));
    await user.click(await within(d).findByRole('button', { name: 'Terapkan' }));
    await within(d).findByText('Pengaturan diimpor.');
    const after = await loadSettings();
    expect(after.analyzer.disabledRules).toEqual(['pii']);
    expect(after.disabledSites).toEqual(['web.whatsapp.com']);
    expect(await allAxeViolations()).toEqual([]);
  });

  it('data: files over the size limit are refused before they are read', async () => {
    const { user, data } = await renderOptions();
    const d = section('data');
    const huge = (bytes: number) => {
      const f = new File(['{}'], 'besar.json', { type: 'application/json' });
      Object.defineProperty(f, 'size', { value: bytes });
      f.text = vi.fn(async () => '{}');
      return f;
    };
    const s = huge(3 * 1024 * 1024);
    await user.upload(d.querySelector('input[data-import="settings"]') as HTMLInputElement, s);
    await within(d).findByText(/^Berkas terlalu besar untuk berkas pengaturan \(batasnya 2 MB\)/);
    expect(s.text).not.toHaveBeenCalled();
    const c = huge(40 * 1024 * 1024);
    await user.upload(d.querySelector('input[data-import="commitments"]') as HTMLInputElement, c);
    await within(d).findByText(/^Berkas terlalu besar/);
    expect(c.text).not.toHaveBeenCalled();
    expect(data.importCommitments).not.toHaveBeenCalled();
  });

  it('data: export/import settings and promises, delete-all needs the typed confirmation', async () => {
    const { user, data, downloads } = await renderOptions();
    const d = section('data');
    await user.click(within(d).getByRole('button', { name: 'Ekspor pengaturan (JSON)' }));
    expect(downloads[0].name).toMatch(/^saring-pengaturan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(downloads[0].text).kind).toBe('saring-settings');
    await user.click(within(d).getByRole('button', { name: 'Ekspor janji (CSV, untuk Excel)' }));
    expect(data.exportCommitments).toHaveBeenCalledWith('csv');

    // import settings: a bad file changes nothing
    const settingsInput = d.querySelector('input[data-import="settings"]') as HTMLInputElement;
    await user.upload(settingsInput, new File(['{bad'], 'x.json', { type: 'application/json' }));
    await within(d).findByText(/^Berkas tidak bisa dibaca/);
    const good = exportSettingsFile({ ...(await saveSettings({})), analyzer: { ...(await loadSettings()).analyzer, allowlist: ['112'] } });
    await user.upload(settingsInput, new File([good], 'ok.json', { type: 'application/json' }));
    // a preview first: nothing is saved before "Terapkan"
    await within(d).findByText('Tidak ditandai lagi (daftar izin): 112');
    expect((await loadSettings()).analyzer.allowlist).toEqual([]);
    await user.click(within(d).getByRole('button', { name: 'Terapkan' }));
    await within(d).findByText('Pengaturan diimpor.');
    expect((await loadSettings()).analyzer.allowlist).toEqual(['112']);

    await user.upload(d.querySelector('input[data-import="commitments"]') as HTMLInputElement, new File(['{}'], 'janji.json', { type: 'application/json' }));
    await within(d).findByText('2 janji diimpor.');

    // delete all
    const del = within(d).getByRole('button', { name: 'Hapus semua data' });
    await user.click(del);
    const confirmBtn = within(d).getByRole('button', { name: 'Ya, hapus semua' }) as HTMLButtonElement;
    expect(confirmBtn.disabled).toBe(true);
    expect(document.activeElement).toBe(within(d).getByLabelText('Ketik HAPUS untuk mengonfirmasi'));
    expect(await allAxeViolations()).toEqual([]);
    await user.keyboard('{Escape}');
    expect(within(d).queryByRole('button', { name: 'Ya, hapus semua' })).toBeNull();
    expect(data.deleteCommitments).not.toHaveBeenCalled();
    await user.click(del);
    await user.type(within(d).getByLabelText('Ketik HAPUS untuk mengonfirmasi'), 'hapus');
    await user.click(within(d).getByRole('button', { name: 'Ya, hapus semua' }));
    await within(d).findByText('Semua data Saring sudah dihapus.');
    expect(data.deleteCommitments).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).analyzer.allowlist).toEqual([]);
  });
});
