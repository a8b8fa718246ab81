import '../popup/setup';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/components/common/i18n';
import { createPeriksaStore, PeriksaTab, SiteSwitch, type SiteServices } from '@/components/periksa';
import { loadSettings, saveSettings } from '@/lib/settings';
import { installMessages } from '../popup/setup';
import { allAxeViolations } from './axe';

const NOW = new Date(2026, 10, 22, 9, 0);
const TEXT = 'Warga atas nama Budi, NIK 3204011501900003, HP 0812-3456-7890 sudah kami data.';

beforeAll(async () => {
  await installMessages('id');
});
beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('id');
});
afterEach(() => {
  cleanup();
  setLanguage(null);
});

function fakeSites(initial = false): SiteServices & { calls: string[] } {
  let on = initial;
  const calls: string[] = [];
  return {
    calls,
    isOptedIn: async () => on,
    enable: vi.fn(async (url: string) => {
      calls.push('enable ' + url);
      on = true;
      return true;
    }),
    disable: vi.fn(async (url: string) => {
      calls.push('disable ' + url);
      on = false;
    }),
  };
}

describe('Periksa (quick check)', () => {
  it('shows findings with marks and cards for pasted text, and a summary for screen readers', async () => {
    const user = userEvent.setup();
    render(<PeriksaTab store={createPeriksaStore()} tab={null} now={NOW} />);
    const box = screen.getByLabelText('Teks yang ingin diperiksa');
    await user.click(box);
    await user.paste(TEXT);
    await waitFor(() => expect(document.querySelectorAll('li[data-rule]').length).toBeGreaterThan(0));
    const nik = document.querySelector('li[data-rule="pii.nik"]') as HTMLElement;
    expect(nik).not.toBeNull();
    expect(nik.dataset.severity).toBe('danger');
    expect(within(nik).getByText('Data pribadi')).toBeTruthy();
    // marks in the preview cover the NIK
    const marks = [...document.querySelectorAll('.periksa__preview mark')].map((m) => m.textContent);
    expect(marks.some((m) => m?.includes('3204011501900003'))).toBe(true);
    const status = document.querySelector('.periksa__summary') as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/\d+ temuan: \d+ bahaya, \d+ peringatan, \d+ info/);
    expect(await allAxeViolations()).toEqual([]);
  });

  it('applies a suggestion into the text', async () => {
    const user = userEvent.setup();
    render(<PeriksaTab store={createPeriksaStore(TEXT)} tab={null} now={NOW} />);
    expect(screen.getByText('Teks dari pilihan Anda di halaman web.')).toBeTruthy();
    const nik = await waitFor(() => document.querySelector('li[data-rule="pii.nik"]') as HTMLElement);
    await user.click(within(nik).getByRole('button', { name: 'Terapkan saran' }));
    const box = screen.getByLabelText('Teks yang ingin diperiksa') as HTMLTextAreaElement;
    expect(box.value).not.toContain('3204011501900003');
    expect(box.value).toContain('3204********0003');
    expect(document.activeElement).toBe(box);
  });

  it('uses the stored settings: allowlist and language', async () => {
    await saveSettings({ language: 'en', analyzer: { allowlist: ['0812-3456-7890'] } });
    setLanguage('en');
    render(<PeriksaTab store={createPeriksaStore('Hubungi 0812-3456-7890 ya.')} tab={null} now={NOW} />);
    expect(screen.getByLabelText('Text to check')).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.periksa__summary')?.textContent).toBe('No findings. Still, read it once more before sending.'));
  });

  it('clears with a button and keeps the draft in the store', async () => {
    const user = userEvent.setup();
    const store = createPeriksaStore('halo');
    const { unmount } = render(<PeriksaTab store={store} tab={null} />);
    unmount();
    render(<PeriksaTab store={store} tab={null} />);
    expect((screen.getByLabelText('Teks yang ingin diperiksa') as HTMLTextAreaElement).value).toBe('halo');
    await user.click(screen.getByRole('button', { name: 'Kosongkan' }));
    expect(store.getState().text).toBe('');
  });
});

describe('site switch', () => {
  it('a platform: toggles the whole platform in settings.disabledSites', async () => {
    const user = userEvent.setup();
    render(<SiteSwitch tab={{ id: 3, url: 'https://www.facebook.com/groups/1' }} services={fakeSites()} />);
    const sw = await screen.findByRole('switch', { name: 'Periksa tulisan di Facebook' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await user.click(sw);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('false'));
    expect((await loadSettings()).disabledSites).toContain('www.facebook.com');
    await user.click(sw);
    await waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    expect((await loadSettings()).disabledSites).toEqual([]);
    expect(await allAxeViolations()).toEqual([]);
  });

  it('another site: "Aktifkan Saring di situs ini" asks for the origin, then offers to turn it off', async () => {
    const user = userEvent.setup();
    const sites = fakeSites(false);
    render(<SiteSwitch tab={{ id: 7, url: 'https://portal.kotaku.go.id/layanan' }} services={sites} />);
    await user.click(await screen.findByRole('button', { name: 'Aktifkan Saring di situs ini' }));
    expect(sites.enable).toHaveBeenCalledWith('https://portal.kotaku.go.id/layanan', 7);
    await user.click(await screen.findByRole('button', { name: 'Matikan Saring di situs ini' }));
    expect(sites.calls).toEqual(['enable https://portal.kotaku.go.id/layanan', 'disable https://portal.kotaku.go.id/layanan']);
    await screen.findByRole('button', { name: 'Aktifkan Saring di situs ini' });
  });

  it('pages Saring cannot serve', async () => {
    render(<SiteSwitch tab={{ url: 'chrome://extensions/' }} services={fakeSites()} />);
    expect(screen.getByText('Saring tidak bisa berjalan di halaman ini.')).toBeTruthy();
  });
});
