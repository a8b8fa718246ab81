/**
 * Masking by the single writer (issue 15, item 3). The background masks personal data in every text it
 * writes to the commitment log — capture, edit and import alike — whatever the user's settings: no
 * allowlist, no disabled rule and no sensitivity setting lets a NIK, KK or phone number into the log in
 * clear. The content script also masks before sending (so the in-page notice shows the masked text), but
 * the log does not rely on it.
 *
 * What is masked: every personal-data finding of the pii rules that has a mask (NIK 3204********0003,
 * phone 0812-****-7890, …) at ANY confidence, info-level included; and a confident finding without a mask
 * (health, criminal, child) becomes "[data pribadi]". A weak finding without a mask (an organisation's
 * public NPWP) stays as written. Pure, linear in the text (the pii rules are), never throws.
 */
import { makeContext } from '../analyze/context';
import { piiRules } from '../analyze/pii';
import { MASKED_PLACEHOLDER, type MaskSpan, replaceSpans } from '../analyze/pii/mask';
import { DEFAULT_ANALYZER_SETTINGS } from '../analyze/settings';
import type { RawFinding } from '../analyze/types';
import type { CommitmentPatch, CommitmentRecord } from './types';

export { MASKED_PLACEHOLDER };

/** The settings the writer masks with: the defaults, never the user's (no allowlist, nothing disabled). */
const FIXED_SETTINGS = { ...DEFAULT_ANALYZER_SETTINGS, sensitivity: 'normal' as const, allowlist: [], disabledRules: [] };

function findPersonalData(text: string): RawFinding[] {
  const ctx = makeContext(text, { now: new Date(0), tzOffsetMinutes: 7 * 60, settings: FIXED_SETTINGS });
  const out: RawFinding[] = [];
  for (const rule of piiRules) {
    try {
      out.push(...rule.run(ctx));
    } catch {
      // a failing rule must not stop the write; the other rules still mask
    }
  }
  return out;
}

/** `text` with personal data masked (see the file comment). Returns `text` itself when nothing is found. */
export function maskForLog(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  const found = findPersonalData(text).flatMap((f): MaskSpan[] => {
    const start = Math.max(0, Math.min(text.length, f.start | 0));
    const end = Math.max(start, Math.min(text.length, f.end | 0));
    if (end <= start) return [];
    const replacement = f.suggestion ?? (f.severity !== 'info' ? MASKED_PLACEHOLDER : null);
    return replacement === null ? [] : [{ start, end, replacement }];
  });
  return found.length ? replaceSpans(text, found) : text;
}

/** The free-text fields of a record that can hold personal data. */
export const MASKED_FIELDS = ['text', 'action', 'deadlinePhrase', 'excerpt', 'notes'] as const;

/** A copy of the record with every free-text field masked (the dedupe key is the caller's business). */
export function maskRecord<T extends Pick<CommitmentRecord, (typeof MASKED_FIELDS)[number]>>(r: T): T {
  const out = { ...r };
  for (const k of MASKED_FIELDS) out[k] = maskForLog(r[k]) as T[typeof k];
  return out;
}

/** A copy of an edit with its text fields masked. */
export function maskPatch(patch: CommitmentPatch): CommitmentPatch {
  const out: CommitmentPatch = { ...patch };
  for (const k of ['text', 'action', 'deadlinePhrase', 'notes'] as const) {
    const v = patch[k];
    if (typeof v === 'string') out[k] = maskForLog(v);
  }
  return out;
}
