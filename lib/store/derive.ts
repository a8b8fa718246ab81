/** Derived state of a commitment relative to `now`: overdue and due soon are never stored. */
import { daysBetween, localYmd } from './dates';
import type { CommitmentRecord, CommitmentView } from './types';

/** "Due soon": due today or within this many days. */
export const DUE_SOON_DAYS = 3;

export function deriveView(r: CommitmentRecord, now: Date): CommitmentView {
  const daysLeft = r.due ? daysBetween(localYmd(now), r.due) : null;
  const open = r.status === 'open';
  return {
    ...r,
    daysLeft,
    overdue: open && daysLeft !== null && daysLeft < 0,
    dueSoon: open && daysLeft !== null && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
  };
}

export type GroupId = 'overdue' | 'dueSoon' | 'open' | 'done' | 'dropped';
export const GROUP_ORDER: readonly GroupId[] = ['overdue', 'dueSoon', 'open', 'done', 'dropped'];

export function groupOf(v: CommitmentView): GroupId {
  if (v.status === 'done') return 'done';
  if (v.status === 'dropped') return 'dropped';
  if (v.overdue) return 'overdue';
  if (v.dueSoon) return 'dueSoon';
  return 'open';
}

/**
 * Commitments in display groups. Open ones: earliest due first (no due date last, newest first);
 * done/dropped: most recently changed first.
 */
export function groupCommitments(
  records: readonly CommitmentRecord[],
  now: Date,
): Record<GroupId, CommitmentView[]> {
  const groups: Record<GroupId, CommitmentView[]> = { overdue: [], dueSoon: [], open: [], done: [], dropped: [] };
  for (const r of records) {
    const v = deriveView(r, now);
    groups[groupOf(v)].push(v);
  }
  const byDue = (a: CommitmentView, b: CommitmentView) => {
    if (a.due && b.due && a.due !== b.due) return a.due < b.due ? -1 : 1;
    if (a.due && !b.due) return -1;
    if (!a.due && b.due) return 1;
    return b.capturedAt.localeCompare(a.capturedAt);
  };
  const byUpdate = (a: CommitmentView, b: CommitmentView) => b.updatedAt.localeCompare(a.updatedAt);
  groups.overdue.sort(byDue);
  groups.dueSoon.sort(byDue);
  groups.open.sort(byDue);
  groups.done.sort(byUpdate);
  groups.dropped.sort(byUpdate);
  return groups;
}
