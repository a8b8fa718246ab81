import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { GROUP_ORDER, groupCommitments } from '@/lib/store/derive';
import type { SaringDB } from '@/lib/store/db';
import { PAGE_SIZE, matchesSearch, queryGroups, searchTerms } from '@/lib/store/query';
import { CommitmentRepository } from '@/lib/store/repository';
import { seedCommitments } from '@/lib/store/seed';
import type { CommitmentRecord } from '@/lib/store/types';
import { freshDb } from './helpers';

const NOW = new Date(2026, 10, 22, 9, 0);
let db: SaringDB;
let all: CommitmentRecord[];

beforeAll(async () => {
  db = freshDb();
  all = seedCommitments(1500, { now: NOW, seed: 7 });
  await new CommitmentRepository(db).importCommitments(all);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('seedCommitments', () => {
  it('is deterministic, valid and spread over every group', () => {
    expect(seedCommitments(50, { now: NOW, seed: 3 })).toEqual(seedCommitments(50, { now: NOW, seed: 3 }));
    const g = groupCommitments(all, NOW);
    for (const k of GROUP_ORDER) expect(g[k].length).toBeGreaterThan(40);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.dedupeKey)).size).toBe(all.length);
    expect(all.some((r) => r.status === 'open' && r.due === null)).toBe(true);
  });
});

describe('queryGroups (indexed pages)', () => {
  it('totals match grouping the whole table; each page is the head of its group, in display order', async () => {
    const ref = groupCommitments(all, NOW);
    const r = await queryGroups(db, NOW);
    expect(r.all).toBe(1500);
    expect(r.overdueAll).toBe(ref.overdue.length);
    for (const g of GROUP_ORDER) {
      expect(r.groups[g].total).toBe(ref[g].length);
      expect(r.groups[g].items).toHaveLength(Math.min(PAGE_SIZE, ref[g].length));
    }
    // dated groups: same due dates in the same order (ties may differ in order)
    for (const g of ['overdue', 'dueSoon'] as const) {
      expect(r.groups[g].items.map((x) => x.due)).toEqual(ref[g].slice(0, PAGE_SIZE).map((x) => x.due));
      expect(r.groups[g].items.every((x) => (g === 'overdue' ? x.overdue : x.dueSoon))).toBe(true);
    }
    // done / dropped: most recently changed first
    expect(r.groups.done.items.map((x) => x.updatedAt)).toEqual(ref.done.slice(0, PAGE_SIZE).map((x) => x.updatedAt));
    expect(r.groups.dropped.items.map((x) => x.updatedAt)).toEqual(ref.dropped.slice(0, PAGE_SIZE).map((x) => x.updatedAt));
  });

  it('"open": dated ones first, then undated newest first, across the page boundary', async () => {
    const ref = groupCommitments(all, NOW).open;
    const dated = ref.filter((x) => x.due).length;
    const r = await queryGroups(db, NOW, { limits: { open: dated + 10 } });
    const items = r.groups.open.items;
    expect(items).toHaveLength(dated + 10);
    expect(items.slice(0, dated).every((x) => x.due)).toBe(true);
    expect(items.slice(dated).map((x) => x.id)).toEqual(ref.slice(dated, dated + 10).map((x) => x.id));
  });

  it('larger limits show more; a limit beyond the total shows all', async () => {
    const r = await queryGroups(db, NOW, { limits: { overdue: 120, done: 100_000 } });
    expect(r.groups.overdue.items).toHaveLength(Math.min(120, r.groups.overdue.total));
    expect(r.groups.done.items).toHaveLength(r.groups.done.total);
  });

  it('search: every word must match (case and diacritics folded), across groups', async () => {
    const terms = searchTerms('LAMPU mawar');
    expect(terms).toEqual(['lampu', 'mawar']);
    const expected = all.filter((x) => matchesSearch(x, terms));
    const r = await queryGroups(db, NOW, { search: 'LAMPU mawar' });
    expect(GROUP_ORDER.reduce((n, g) => n + r.groups[g].total, 0)).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.all).toBe(1500);
    const one = await queryGroups(db, NOW, { search: '101233' }); // the 1,234th record's post URL
    expect(GROUP_ORDER.flatMap((g) => one.groups[g].items.map((x) => x.id))).toEqual([all[1233].id]);
    expect(matchesSearch({ ...all[0], notes: 'Sudah dikoordinasikan dengan Dinas Pekerjaan Umum' }, searchTerms('pekerjaan umum'))).toBe(true);
    expect(matchesSearch({ ...all[0], action: 'Pemeriksaan kesehatan' }, searchTerms('pemeriksaan kesehatan'))).toBe(true);
  });
});
