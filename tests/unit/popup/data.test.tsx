import './setup';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupApp } from '@/components/popup/PopupApp';
import { toJsonExport } from '@/lib/export/json';
import { seedCommitments } from '@/lib/store/seed';
import { captureReq } from '../store/helpers';
import { ORIGIN, setUpPopupHarness } from './harness';
import { installMessages } from './setup';

const NOW = new Date(2026, 10, 22, 9, 0);
const h = setUpPopupHarness();
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:${ORIGIN}${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function seed() {
  const { ids } = await h.repo.capture(
    captureReq({ postText: 'x' }, [
      { text: 'Jalan diperbaiki paling lambat 20 November.', action: 'memperbaiki jalan', due: '2026-11-20' },
      { text: 'Lampu diganti paling lambat Jumat depan.', action: 'mengganti lampu PJU', due: '2026-11-27' },
      { text: 'Akan kami kaji secepatnya.', action: 'mengkaji usulan', due: null, precision: 'none', vague: true },
      { text: 'Sampah diangkut hari ini.', action: 'mengangkut sampah', due: '2026-11-22' },
    ]),
  );
  await h.repo.setStatus(ids[3], 'done');
  return ids;
}
const item = (id: string) => document.querySelector(`[data-commitment-id="${id}"]`) as HTMLElement;
const groupOf = (id: string) => item(id).closest('[data-group]')!.getAttribute('data-group');
const fileInput = () => document.querySelector('input[type="file"][data-import]') as HTMLInputElement;

async function openData(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByText('Ekspor dan impor'));
}

describe('popup: edit the due date', () => {
  it('a new date is saved through the background as day-precise; the item moves group; clearing removes it', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(groupOf(ids[0])).toBe('overdue'));
    await user.click(within(item(ids[0])).getByText('Ubah tenggat, catatan, bukti'));
    const date = within(item(ids[0])).getByLabelText('Tenggat (kosongkan bila tanpa tenggat)') as HTMLInputElement;
    expect(date.value).toBe('2026-11-20');
    fireEvent.change(date, { target: { value: '2026-12-15' } });
    await user.click(within(item(ids[0])).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(groupOf(ids[0])).toBe('open'));
    expect(h.sent.at(-1)).toMatchObject({ type: 'commitments/update', id: ids[0], patch: { due: '2026-12-15', precision: 'day', vague: false } });
    expect((await h.repo.get(ids[0]))!.due).toBe('2026-12-15');
    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe('0');

    await user.click(within(item(ids[0])).getByText('Ubah tenggat, catatan, bukti'));
    fireEvent.change(within(item(ids[0])).getByLabelText(/Tenggat \(kosongkan/), { target: { value: '' } });
    await user.click(within(item(ids[0])).getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect((await h.repo.get(ids[0]))!.due).toBeNull());
    expect((await h.repo.get(ids[0]))!.precision).toBe('none');
  });

  it('saving notes alone does not touch the date', async () => {
    const ids = await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[1])).toBeTruthy());
    await user.click(within(item(ids[1])).getByText('Ubah tenggat, catatan, bukti'));
    await user.type(within(item(ids[1])).getByLabelText('Catatan'), 'ok');
    await user.click(within(item(ids[1])).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(h.sent).toHaveLength(1));
    expect(h.sent[0]).toEqual({ type: 'commitments/update', id: ids[1], patch: { notes: 'ok', evidenceUrl: null } });
  });
});

describe('popup: export', () => {
  it('JSON: every record, downloaded through an object URL', async () => {
    await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await openData(user);
    await user.click(screen.getByRole('button', { name: 'Unduh JSON (cadangan lengkap)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^saring-janji-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads[0].blob.type).toBe('application/json;charset=utf-8');
    const body = JSON.parse(await downloads[0].blob.text());
    expect(body.format).toBe('saring-commitments');
    const stored = await h.db.commitments.toArray();
    expect([...body.commitments].sort((a: any, b: any) => (a.id < b.id ? -1 : 1))).toEqual(stored.sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(screen.getByText(/saring-janji-.*\.json diunduh \(4 janji\)\./)).toBeTruthy();
    expect(h.sent).toHaveLength(0); // reading needs no background
  });

  it('CSV starts with the UTF-8 BOM; ICS holds the dated ones', async () => {
    await seed();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await openData(user);
    await user.click(screen.getByRole('button', { name: 'Unduh CSV (Excel)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('mengganti lampu PJU');

    await user.click(screen.getByRole('button', { name: 'Unduh ICS (kalender)' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1].name).toMatch(/\.ics$/);
    const ics = await downloads[1].blob.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(screen.getByText(/\.ics diunduh \(3 janji\)\./)).toBeTruthy();
  });
});

describe('popup: import', () => {
  const file = (text: string, name = 'cadangan.json') => new File([text], name, { type: 'application/json' });

  it('a good file is imported through the background and listed; importing it again adds nothing', async () => {
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await openData(user);
    const records = seedCommitments(5, { now: NOW });
    const text = toJsonExport(records, NOW);
    await user.upload(fileInput(), file(text));
    await waitFor(() => expect(screen.getByText('Impor selesai: 5 baru, 0 diperbarui, 0 sudah ada.')).toBeTruthy());
    expect(h.sent).toEqual([{ type: 'commitments/import', text }]);
    await waitFor(() => expect(document.querySelectorAll('[data-commitment-id]')).toHaveLength(5));
    await user.upload(fileInput(), file(text));
    await waitFor(() => expect(screen.getByText('Impor selesai: 0 baru, 0 diperbarui, 5 sudah ada.')).toBeTruthy());
    expect(await h.db.commitments.count()).toBe(5);
  });

  it('a bad file: a clear Indonesian message naming what is wrong, and nothing changes', async () => {
    const ids = await seed();
    const before = await h.db.commitments.toArray();
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await waitFor(() => expect(item(ids[0])).toBeTruthy());
    await openData(user);
    const alertText = async () => (await screen.findByRole('alert')).textContent;

    await user.upload(fileInput(), file('ini bukan json'));
    expect(await alertText()).toBe(
      'Impor dibatalkan, tidak ada data yang diubah. Berkas ini bukan JSON yang sah. Pilih berkas .json hasil ekspor Saring.',
    );

    const good = JSON.parse(toJsonExport(seedCommitments(5, { now: NOW }), NOW));
    await user.upload(fileInput(), file(JSON.stringify({ ...good, version: 2 })));
    await waitFor(async () => expect(await alertText()).toBe('Impor dibatalkan, tidak ada data yang diubah. Versi berkas 2 tidak didukung; Saring ini membaca versi 1.'));

    good.commitments[2].due = '2026-13-40';
    await user.upload(fileInput(), file(JSON.stringify(good)));
    await waitFor(async () =>
      expect(await alertText()).toBe(
        `Impor dibatalkan, tidak ada data yang diubah. Janji ke-3 (“${good.commitments[2].action}”): kolom “due” harus berupa tanggal TTTT-BB-HH.`,
      ),
    );

    await user.upload(fileInput(), file(JSON.stringify({ hello: 'world' })));
    await waitFor(async () => expect(await alertText()).toMatch(/bukan ekspor janji Saring/));

    expect(await h.db.commitments.toArray()).toEqual(before);
    expect(document.querySelectorAll('[data-commitment-id]')).toHaveLength(4);
  });

  it('a file over the size limit (32 MB) is refused before it is read or sent', async () => {
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await openData(user);
    await user.upload(fileInput(), file('x'.repeat(33 * 1024 * 1024)));
    expect((await screen.findByRole('alert')).textContent).toBe('Impor dibatalkan, tidak ada data yang diubah. Berkas terlalu besar (33 MB); batasnya 32 MB.');
    expect(h.sent).toHaveLength(0);
  });
});

describe('popup import in English', () => {
  beforeAll(async () => {
    await installMessages('en');
  });
  afterEach(async () => {
    await installMessages('id');
  });
  it('the same error, in English', async () => {
    const user = userEvent.setup();
    render(<PopupApp db={h.db} send={h.send} now={NOW} />);
    await user.click(await screen.findByText('Export and import'));
    const good = JSON.parse(toJsonExport(seedCommitments(2, { now: NOW }), NOW));
    delete good.commitments[1].url;
    await user.upload(fileInput(), new File([JSON.stringify(good)], 'b.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Import cancelled, nothing was changed. Promise no. 2 (“${good.commitments[1].action}”): field “url” is missing.`,
    );
  });
});
