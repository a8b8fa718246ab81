/**
 * The report page's state (Zustand): the log as read from the database (read-only — the background is
 * the only writer), the chosen period and basis, and today's date. The period lives in the address too
 * (report.html?period=quarter&year=2026&q=4&basis=due), so a report can be bookmarked and reopened.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SaringDB } from '@/lib/store/db';
import { localYmd } from '@/lib/store/dates';
import type { CommitmentRecord } from '@/lib/store/types';
import { PERIOD_KINDS, type PeriodKind, type PeriodSpec } from '@/lib/report/period';
import { BASES, type Basis } from '@/lib/report/stats';

export interface ReportState {
  loading: boolean;
  loadError: string | null;
  records: CommitmentRecord[];
  spec: PeriodSpec;
  basis: Basis;
  /** YYYY-MM-DD, local */
  today: string;
  load(): Promise<void>;
  setSpec(spec: PeriodSpec): void;
  setBasis(basis: Basis): void;
}

export type ReportStore = StoreApi<ReportState>;

/** The period and basis in an address's query string; anything unknown is ignored. */
export function readQuery(search: string): { spec: PeriodSpec; basis: Basis } {
  const q = new URLSearchParams(search);
  const kind = (PERIOD_KINDS as readonly string[]).includes(q.get('period') ?? '') ? (q.get('period') as PeriodKind) : 'thisMonth';
  const num = (k: string) => (q.has(k) && /^\d{1,4}$/.test(q.get(k)!) ? Number(q.get(k)) : undefined);
  const spec: PeriodSpec = { kind, year: num('year'), quarter: num('q') };
  if (q.get('from')) spec.from = q.get('from')!;
  if (q.get('to')) spec.to = q.get('to')!;
  const basis = (BASES as readonly string[]).includes(q.get('basis') ?? '') ? (q.get('basis') as Basis) : 'captured';
  return { spec, basis };
}

export function writeQuery(spec: PeriodSpec, basis: Basis): string {
  const q = new URLSearchParams({ period: spec.kind });
  if (spec.kind === 'quarter' || spec.kind === 'year') if (spec.year) q.set('year', String(spec.year));
  if (spec.kind === 'quarter' && spec.quarter) q.set('q', String(spec.quarter));
  if (spec.kind === 'custom') {
    if (spec.from) q.set('from', spec.from);
    if (spec.to) q.set('to', spec.to);
  }
  if (basis !== 'captured') q.set('basis', basis);
  return `?${q}`;
}

export interface ReportDeps {
  db: SaringDB;
  now: Date;
  /** the address's query string (window.location.search) */
  search?: string;
  /** called with the new query string when the period changes (history.replaceState in the page) */
  onQuery?: (query: string) => void;
}

export function createReportStore(deps: ReportDeps): ReportStore {
  const initial = readQuery(deps.search ?? '');
  return createStore<ReportState>((set, get) => ({
    loading: true,
    loadError: null,
    records: [],
    spec: initial.spec,
    basis: initial.basis,
    today: localYmd(deps.now),
    async load() {
      try {
        const records = await deps.db.commitments.toArray();
        set({ records, loading: false, loadError: null });
      } catch (e) {
        set({ loading: false, loadError: e instanceof Error ? e.message : String(e) });
      }
    },
    setSpec(spec) {
      set({ spec });
      deps.onQuery?.(writeQuery(spec, get().basis));
    },
    setBasis(basis) {
      set({ basis });
      deps.onQuery?.(writeQuery(get().spec, basis));
    },
  }));
}
