import './setup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { FIRST_PAINT_ITEMS } from '@/components/popup/JanjiTab';
import { PopupApp } from '@/components/popup/PopupApp';
import type { SaringDB } from '@/lib/store/db';
import { GROUP_ORDER, groupCommitments } from '@/lib/store/derive';
import { PAGE_SIZE } from '@/lib/store/query';
import { CommitmentRepository } from '@/lib/store/repository';
import { seedCommitments } from '@/lib/store/seed';
import type { CommitmentRecord } from '@/lib/store/types';
import { freshDb } from '../store/helpers';
import { installMessages } from './setup';

const NOW = new Date(2026, 10, 22, 9, 0);
const N = 10_000;
let db: SaringDB;
let all: CommitmentRecord[];

beforeAll(async () => {
  await installMessages('id');
  db = freshDb();
  all = seedCommitments(N, { now: NOW });
  await new CommitmentRepository(db).importCommitments(all);
}, 60_000);
afterAll(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

const items = (scope: ParentNode = document) => scope.querySelectorAll('[data-commitment-id]');
const section = (g: string) => document.querySelector(`section[data-group="${g}"]`) as HTMLElement;

describe('popup with 10,000 commitments', () => {
  it('renders only the first page of each group, with true totals and the overdue count', async () => {
    const ref = groupCommitments(all, NOW);
    render(<PopupApp db={db} send={async () => undefined} now={NOW} />);
    await waitFor(() => expect(items().length).toBeGreaterThan(0), { timeout: 40_000 });
    // the first frame holds the top of each group; the rest of the page follows a frame later
    const first = items().length;
    expect(first).toBeLessThanOrEqual(GROUP_ORDER.length * FIRST_PAINT_ITEMS);
    await waitFor(() => expect(items(section('done'))).toHaveLength(PAGE_SIZE), { timeout: 40_000 });

    let rendered = 0;
    for (const g of GROUP_ORDER) {
      const s = section(g);
      expect(s.getAttribute('data-total')).toBe(String(ref[g].length));
      expect(within(s).getByRole('heading').textContent).toContain(`(${ref[g].length})`);
      const n = items(s).length;
      expect(n).toBe(Math.min(PAGE_SIZE, ref[g].length));
      rendered += n;
      if (ref[g].length > PAGE_SIZE) {
        expect(within(s).getByRole('button', { name: `Tampilkan lebih banyak (${ref[g].length - PAGE_SIZE} lagi)` })).toBeTruthy();
      }
    }
    expect(rendered).toBeLessThanOrEqual(GROUP_ORDER.length * PAGE_SIZE);
    expect(items()).toHaveLength(rendered);
    // every rendered item is in the right group
    for (const g of GROUP_ORDER) for (const el of items(section(g))) expect(el.getAttribute('data-group')).toBe(g);
    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe(String(ref.overdue.length));
    // overdue: most overdue first
    const dues = [...items(section('overdue'))].map((el) => el.querySelector('[data-due]')!.getAttribute('data-due')!);
    expect([...dues].sort()).toEqual(dues);
    expect(dues[0]).toBe(ref.overdue[0].due);
  }, 180_000);

  it('"Tampilkan lebih banyak" adds the next page of that group only', async () => {
    const user = userEvent.setup();
    const done = section('done');
    const before = items().length;
    await user.click(within(done).getByRole('button', { name: /Tampilkan lebih banyak/ }));
    await waitFor(() => expect(items(section('done'))).toHaveLength(2 * PAGE_SIZE));
    expect(items().length).toBe(before + PAGE_SIZE);
  }, 180_000);

  it('search narrows all groups and shows a message when nothing matches', async () => {
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox', { name: 'Cari janji' });
    await user.type(box, 'status/104320'); // the 4,321st record's post URL
    await waitFor(() => expect(items()).toHaveLength(1), { timeout: 40_000 });
    expect(items()[0].getAttribute('data-commitment-id')).toBe(all[4320].id);
    await user.clear(box);
    await user.type(box, 'tidakadayangcocok');
    await waitFor(() => expect(screen.getByText('Tidak ada janji yang cocok dengan “tidakadayangcocok”.')).toBeTruthy(), { timeout: 40_000 });
    expect(items()).toHaveLength(0);
    // the header still counts every overdue promise
    expect(document.querySelector('[data-overdue-count]')!.getAttribute('data-overdue-count')).toBe(String(groupCommitments(all, NOW).overdue.length));
    await user.clear(box);
    await waitFor(() => expect(items().length).toBeGreaterThan(PAGE_SIZE), { timeout: 40_000 });
  }, 180_000);
});
