/**
 * The dedupe keys of commitments and the text folding they use, apart from the repository so that readers
 * (the popup's list query and export code) do not load the repository's masking and, through it, the PII
 * analyzer. ./repository.ts re-exports them.
 */
import { trimEndWhile } from '../analyze/text/trim';
import { isYmd } from './dates';

/** Lower-case, fold width/diacritics and punctuation, collapse spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The page a post belongs to: no fragment, no trailing slash, host lower-cased, tracking params dropped. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|igshid$|s$|t$|ref$|ref_src$|__cft__|__tn__)/.test(k)) u.searchParams.delete(k);
    }
    u.searchParams.sort();
    const path = trimEndWhile(u.pathname, '/');
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * Same promise, same page, same resolved deadline → same record. The due date is part of the key so that
 * "akan kami cek besok" written on two different days (on WhatsApp Web the URL never changes) is two promises,
 * while a double click on Send, or the same capture arriving from two tabs, is one.
 */
export function dedupeKey(text: string, url: string, due: string | null): string {
  return `${normaliseText(text)}\u0001${due ?? ''}\u0001${normaliseUrl(url)}`;
}

/**
 * The dedupe key of an imported record, never taken from the file: the text and page parts are computed
 * from the record's own fields. The due part is the one thing a key keeps from capture (an edited deadline
 * does not change the key, so a re-capture of the same post still finds it), so the file's due part is
 * kept when it is a calendar date or empty; otherwise the record's `due` is used. A crafted key can thus
 * never make one promise pass for another (different text or page).
 */
export function importedKey(r: { text: string; url: string; due: string | null }, fileKey?: string): string {
  const parts = typeof fileKey === 'string' ? fileKey.split('\u0001') : [];
  const due = parts.length === 3 && (parts[1] === '' || isYmd(parts[1])) ? parts[1] : (r.due ?? '');
  return dedupeKey(r.text, r.url, due === '' ? null : due);
}
