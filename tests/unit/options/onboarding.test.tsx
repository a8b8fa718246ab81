import '../popup/setup';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Onboarding } from '@/components/options/Onboarding';
import { loadSettings } from '@/lib/settings';
import { setUpOptionsPage } from './harness';
import { allAxeViolations } from '../periksa/axe';

setUpOptionsPage();

describe('onboarding', () => {
  it('explains the checks and the privacy promise, with no axe violations', async () => {
    render(<Onboarding shortcut="Alt+Shift+S" />);
    await screen.findByRole('heading', { level: 1, name: 'Selamat datang di Saring' });
    expect(screen.getByRole('heading', { name: 'Apa yang diperiksa Saring' })).toBeTruthy();
    expect(screen.getByText(/Tidak ada teks, temuan, atau janji yang dikirim ke mana pun/)).toBeTruthy();
    for (const c of ['Data pribadi', 'Klaim belum terverifikasi', 'Nada', 'Netralitas ASN', 'Janji publik']) expect(screen.getByText(c)).toBeTruthy();
    expect(await allAxeViolations()).toEqual([]);
  });

  it('saves the role and the office contacts; a bad line is named and nothing is saved', async () => {
    const user = userEvent.setup();
    const openOptions = vi.fn();
    render(<Onboarding shortcut="Alt+Shift+S" onOpenOptions={openOptions} />);
    await user.click(await screen.findByRole('radio', { name: 'Staf humas atau admin akun resmi' }, { timeout: 5000 }));
    const box = screen.getByLabelText('Kontak resmi (satu per baris)');
    await user.type(box, '112{Enter}humas@');
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Baris 2: Bukan kontak yang valid/);
    expect(document.activeElement).toBe(box);
    expect((await loadSettings()).onboarded).toBe(false);

    await user.type(box, 'kotaku.go.id{Enter}WA pengaduan 0812-3456-7890');
    await user.click(screen.getByRole('button', { name: 'Simpan dan mulai' }));
    const done = await screen.findByRole('heading', { name: 'Saring siap dipakai' }, { timeout: 5000 });
    await waitFor(() => expect(document.activeElement).toBe(done), { timeout: 5000 });
    const s = await loadSettings();
    expect(s.role).toBe('humas');
    expect(s.onboarded).toBe(true);
    expect(s.analyzer.allowlist).toEqual(['112', 'humas@kotaku.go.id', 'WA pengaduan 0812-3456-7890']);
    expect(screen.getByText('Pintasan papan ketik untuk membuka temuan: Alt+Shift+S')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Buka pengaturan lengkap' }));
    expect(openOptions).toHaveBeenCalled();
    expect(await allAxeViolations()).toEqual([]);
  });

  it('can be read in English and skipped', async () => {
    const user = userEvent.setup();
    render(<Onboarding />);
    await user.selectOptions(await screen.findByLabelText('Bahasa'), 'en');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Saring' });
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('heading', { name: 'Saring is ready' });
    expect(await loadSettings()).toMatchObject({ language: 'en', onboarded: true });
  });
});
