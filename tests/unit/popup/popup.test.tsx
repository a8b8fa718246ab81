import './setup';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupApp } from '@/components/popup/PopupApp';
import { captureReq } from '../store/helpers';
import { setUpPopupHarness } from './harness';
import { installMessages } from './setup';

const NOW = new Date(2026, 10, 22, 9, 0); // Sunday 22 Nov 2026, local
const h = setUpPopupHarness();

async function seed() {
  const { ids } = await h.repo.capture(
    captureReq({ postText: 'x' }, [
      { text: 'Jalan diperbaiki paling lambat 20 November.', action: 'memperbaiki jalan', due: '2026-11-20' },
      { text: 'Lampu diganti paling lambat Jumat depan.', action: 'mengganti lampu PJU', due: '2026-11-27', deadlinePhrase: 'paling lambat Jumat depan' },
      { text: 'Kami akan cek drainase besok.', action: 'mengecek drainase', due: '2026-11-23', platform: 'facebook' } as never,
      { text: 'Akan kami kaji secepatnya.', action: 'mengkaji usulan', due: null, precision: 'none', vague: true },
      { text: 'Sampah diangkut hari ini.', action: 'mengangkut sampah', due: '2026-11-22' },
    ]),
  );
  await h.repo.setStatus(ids[4], 'done');
  return ids;
}

function item(id: string) {
  return document.querySelector(`[data-commitment-id="${id}"]`) as HTMLElement;
}
function groupOf(id: string) {
  return item(id).closest('[data-group]')!.getAttribute('data-group');
}

describe('popup: Janji', () => {
  it('shows the empty state explaining what is recorded', async () => {
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    expect(await screen.findByRole('heading', { name: 'Belum ada janji tercatat' })).toBeTruthy();
    expect(screen.getByText(/Saring mencatatnya di sini/)).toBeTruthy();
    expect(screen.getByText(/hanya tersimpan di peramban ini/)).toBeTruthy();
    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe('0');
    expect(screen.getByText('Tidak ada janji terlambat')).toBeTruthy();
  });

  it('lists commitments with data-commitment-id, grouped by status and due date', async () => {
    const ids = await seed();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(document.querySelectorAll('[data-commitment-id]')).toHaveLength(5));

    expect(groupOf(ids[0])).toBe('overdue');
    expect(groupOf(ids[1])).toBe('open'); // 5 days ahead
    expect(groupOf(ids[2])).toBe('dueSoon'); // tomorrow
    expect(groupOf(ids[3])).toBe('open'); // no date
    expect(groupOf(ids[4])).toBe('done');
    // group order: overdue, due soon, open, done
    expect([...document.querySelectorAll('section[data-group]')].map((s) => s.getAttribute('data-group'))).toEqual([
      'overdue',
      'dueSoon',
      'open',
      'done',
    ]);
    // within "open": dated first
    const open = [...document.querySelectorAll('section[data-group="open"] [data-commitment-id]')].map((e) => e.getAttribute('data-commitment-id'));
    expect(open).toEqual([ids[1], ids[3]]);

    const lamp = within(item(ids[1]));
    expect(lamp.getByText('mengganti lampu PJU')).toBeTruthy();
    expect(lamp.getByText(/Tenggat: Jum, 27 Nov 2026/)).toBeTruthy();
    expect(lamp.getByText('Di X')).toBeTruthy();
    expect(lamp.getByText('Berjalan')).toBeTruthy();
    expect(within(item(ids[0])).getByText('Terlambat', { selector: '[data-status-label]' })).toBeTruthy();
    expect(within(item(ids[3])).getByText('Tanpa tenggat')).toBeTruthy();
    expect(within(item(ids[3])).getByText(/Janji samar/)).toBeTruthy();
    expect(within(item(ids[4])).getByText('Selesai', { selector: '[data-status-label]' })).toBeTruthy();

    const link = lamp.getByRole('link', { name: 'Buka halaman asal' }) as HTMLAnchorElement;
    expect(link.href).toBe('https://x.com/pemkot/status/1');
    expect(link.rel).toContain('noopener');

    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe('1');
    expect(screen.getByText('1 janji terlambat')).toBeTruthy();
  });

  it('mark done goes through the background, records history, and can be undone', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[0])).toBeTruthy());

    await user.click(within(item(ids[0])).getByRole('button', { name: 'Tandai selesai' }));
    expect(h.sent).toEqual([{ type: 'commitments/set-status', id: ids[0], status: 'done' }]);
    await waitFor(() => expect(groupOf(ids[0])).toBe('done'));
    const stored = (await h.repo.get(ids[0]))!;
    expect(stored.status).toBe('done');
    expect(stored.statusHistory.map((h) => h.status)).toEqual(['open', 'done']);
    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe('0');

    // the undo bar announces it and takes the focus
    const undo = await screen.findByRole('button', { name: 'Urungkan' });
    expect(screen.getByText('Ditandai selesai: memperbaiki jalan')).toBeTruthy();
    expect(document.activeElement).toBe(undo);

    await user.click(undo);
    expect(h.sent[1]).toEqual({ type: 'commitments/undo-status', id: ids[0] });
    await waitFor(() => expect(groupOf(ids[0])).toBe('overdue'));
    expect((await h.repo.get(ids[0]))!.statusHistory.map((h) => h.status)).toEqual(['open']);
    expect(screen.queryByRole('button', { name: 'Urungkan' })).toBeNull();
  });

  it('reopen and drop', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[4])).toBeTruthy());
    await user.click(within(item(ids[4])).getByRole('button', { name: 'Buka lagi' }));
    await waitFor(() => expect(groupOf(ids[4])).toBe('dueSoon'));
    await user.click(within(item(ids[3])).getByRole('button', { name: 'Batalkan janji' }));
    await waitFor(() => expect(groupOf(ids[3])).toBe('dropped'));
    expect((await h.repo.get(ids[4]))!.statusHistory.map((h) => h.status)).toEqual(['open', 'done', 'open']);
  });

  it('notes and an evidence link are saved through the background; a non-http link is refused', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[1])).toBeTruthy());
    const it1 = within(item(ids[1]));
    await user.click(it1.getByText('Ubah tenggat, catatan, bukti'));
    await user.type(it1.getByLabelText('Catatan'), 'Sudah koordinasi dengan Dishub');
    await user.type(it1.getByLabelText(/Tautan bukti/), 'javascript:alert(1)');
    await user.click(it1.getByRole('button', { name: 'Simpan' }));
    expect(it1.getByRole('alert').textContent).toMatch(/https:\/\//);
    expect(h.sent).toHaveLength(0);

    await user.clear(it1.getByLabelText(/Tautan bukti/));
    await user.type(it1.getByLabelText(/Tautan bukti/), 'https://dishub.go.id/berita/12');
    await user.click(it1.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(it1.getByText('Tersimpan')).toBeTruthy());
    const r = (await h.repo.get(ids[1]))!;
    expect(r.notes).toBe('Sudah koordinasi dengan Dishub');
    expect(r.evidenceUrl).toBe('https://dishub.go.id/berita/12');
    expect(it1.getByRole('link', { name: 'Lihat bukti' })).toBeTruthy();
  });

  it('a capture saved while the popup is open appears (live query)', async () => {
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await screen.findByRole('heading', { name: 'Belum ada janji tercatat' });
    let ids: string[] = [];
    await act(async () => {
      ids = (await h.repo.capture(captureReq())).ids;
    });
    await waitFor(() => expect(item(ids[0])).toBeTruthy());
  });

  it('a failed write is shown, the list is unchanged', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={async () => ({ ok: false, error: 'boom' })} now={NOW} />);
    await waitFor(() => expect(item(ids[0])).toBeTruthy());
    await user.click(within(item(ids[0])).getByRole('button', { name: 'Tandai selesai' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Perubahan tidak tersimpan: boom');
    expect(groupOf(ids[0])).toBe('overdue');
  });

  it('is structured as tabs, with room for more', async () => {
    const user = userEvent.setup();
    render(
      <PopupApp
        db={h.db}
        send={h.send}
        now={NOW}
        extraTabs={[{ id: 'periksa', label: 'Periksa', render: () => <p>cek cepat</p> }]}
      />,
    );
    const janji = screen.getByRole('tab', { name: 'Janji' });
    expect(janji.getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Periksa' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('cek cepat');
    await user.keyboard('{ArrowLeft}');
    expect(janji.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(janji);
  });
});

describe('popup in English', () => {
  beforeAll(async () => {
    await installMessages('en');
  });
  afterEach(async () => {
    await installMessages('id');
  });
  it('labels and dates follow the browser language', async () => {
    const ids = await seed();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[1])).toBeTruthy());
    expect(within(item(ids[1])).getByText(/Due: Fri, 27 Nov 2026/)).toBeTruthy();
    expect(screen.getByText('1 overdue promise')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Promises' })).toBeTruthy();
  });
});
