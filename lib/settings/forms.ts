/**
 * Strict validation of what a person types on the options and onboarding pages. Unlike the lenient
 * storage schema (lib/settings/index.ts), these reject bad input, and nothing is saved until the input
 * passes. Error messages are i18n keys under `errors.*` (locales/*.yml), so the page shows them in the
 * user's language, Indonesian by default.
 */
import { z } from 'zod';
import type { VerifiedFact } from '../analyze/types';
import { normaliseHost } from './index';

/** i18n keys of the error messages (see locales/*.yml, `errors:`). */
export type FormErrorKey =
  | 'errors.required'
  | 'errors.tooLong'
  | 'errors.duplicate'
  | 'errors.contact'
  | 'errors.source'
  | 'errors.word'
  | 'errors.hashtag'
  | 'errors.number'
  | 'errors.date'
  | 'errors.site'
  | 'errors.file'
  | 'errors.fileVersion';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FormErrorKey };

const oneLine = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'errors.required').max(max, 'errors.tooLong'));

function first<T>(r: z.ZodSafeParseResult<T>): FieldResult<T> {
  return r.success ? { ok: true, value: r.data } : { ok: false, error: (r.error.issues[0]?.message ?? 'errors.required') as FormErrorKey };
}

/**
 * An allowlist entry: the office's public phone (hotline, WA resmi), e-mail, address or account number.
 * Phone-like values must have 3–15 digits; e-mails must look like e-mails.
 */
export const contactSchema = oneLine(200).refine((s) => {
  if (s.includes('@')) return isEmailLike(s);
  const digits = s.replace(/\D/g, '');
  const phoneLike = /^[+\d\s().-]+$/.test(s);
  if (phoneLike) return digits.length >= 3 && digits.length <= 19;
  return s.length >= 4;
}, 'errors.contact');

/** The findings whose value may go on the allowlist from the in-page panel ("Selalu izinkan"). */
export const ALLOWABLE_CONTACT_RULES: readonly string[] = ['pii.phone', 'pii.email', 'pii.address'];

/**
 * "Selalu izinkan" from the in-page panel (through the background): only a contact detail, with the same
 * validation as the options page, and never anything shaped like a NIK/KK (16 digits) or a longer number.
 */
export function allowableContact(rule: string, value: string): FieldResult<string> {
  if (!ALLOWABLE_CONTACT_RULES.includes(rule)) return { ok: false, error: 'errors.contact' };
  const r = first(contactSchema.safeParse(value));
  if (!r.ok) return r;
  const v = r.value;
  if (/\d{15,}/.test(v.replace(/[\s().+-]/g, ''))) {
    // a phone has at most 15 digits (E.164); a NIK, a KK or a card number is longer
    if (rule !== 'pii.phone' || v.replace(/\D/g, '').length > 15) return { ok: false, error: 'errors.contact' };
  }
  if (rule === 'pii.email' && !isEmailLike(v)) return { ok: false, error: 'errors.contact' };
  if (rule === 'pii.phone') {
    const digits = v.replace(/\D/g, '').length;
    if (!/^[+\d\s().-]+$/.test(v) || digits < 5 || digits > 15) return { ok: false, error: 'errors.contact' };
  }
  return { ok: true, value: v };
}

/** A trusted source: a domain ("bps.go.id", a URL is reduced to its host) or a name ("BPS"). */
export const sourceSchema = oneLine(120)
  .transform((s) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || isHostLike(s) ? normaliseHost(s) : s))
  .refine((s) => {
    if (!s) return false;
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s)) return true; // a domain
    return /^[\p{L}\p{N}][\p{L}\p{N} .,&()'/-]*$/u.test(s); // a name
  }, 'errors.source');

/** A custom word or short phrase to flag (one line, no more than 60 characters). */
export const wordSchema = oneLine(60).refine((s) => !/[<>{}]/.test(s), 'errors.word');

/** A neutrality term: a name, party, slogan (up to 100 characters). */
export const termSchema = oneLine(100);

/** A hashtag: "#" added when missing; no spaces inside. */
export const hashtagSchema = oneLine(100)
  .transform((s) => (s.startsWith('#') ? s : '#' + s))
  .refine((s) => /^#[\p{L}\p{N}_]+$/u.test(s), 'errors.hashtag');

/** A site typed by hand: "portal.example.go.id" or a URL. */
export const siteSchema = oneLine(253)
  .transform(normaliseHost)
  .refine((h) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h), 'errors.site');

/**
 * A number as Indonesians write it: "14,2" (decimal comma), "1.234.567" (thousands dots),
 * "1.234,5", or "14.2". Returns null when it is not a number.
 */
export function parseLocalNumber(input: string): number | null {
  let s = input.trim().replace(/\s+/g, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    // the later one is the decimal mark
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (hasComma) {
    s = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (hasDot) {
    if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const ymd = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(s: string): boolean {
  const m = ymd.exec(s);
  if (!m) return false;
  const mo = +m[2];
  const d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(+m[1], mo, 0)).getUTCDate();
}

/** What the verified-fact form holds: all strings, as typed. */
export interface FactForm {
  label: string;
  keywords: string;
  value: string;
  unit: string;
  source: string;
  date: string;
}
export type FactErrors = Partial<Record<keyof FactForm, FormErrorKey>>;

/** Validate the verified-fact form. Every field's error at once, so the form can mark each. */
export function parseFactForm(f: FactForm): { ok: true; value: VerifiedFact } | { ok: false; errors: FactErrors } {
  const errors: FactErrors = {};
  const label = first(oneLine(120).safeParse(f.label));
  if (!label.ok) errors.label = label.error;
  const source = first(sourceOrCitation.safeParse(f.source));
  if (!source.ok) errors.source = source.error;
  const value = f.value.trim() === '' ? null : parseLocalNumber(f.value);
  if (f.value.trim() === '') errors.value = 'errors.required';
  else if (value === null) errors.value = 'errors.number';
  const unit = f.unit.replace(/\s+/g, ' ').trim();
  if (unit.length > 50) errors.unit = 'errors.tooLong';
  const date = f.date.trim();
  if (date && !isCalendarDate(date)) errors.date = 'errors.date';
  const kw = [
    ...new Set(
      f.keywords
        .split(/[,;\n]/)
        .map((k) => k.replace(/\s+/g, ' ').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (kw.length > 50 || kw.some((k) => k.length > 100)) errors.keywords = 'errors.tooLong';
  if (Object.keys(errors).length || !label.ok || !source.ok || value === null) return { ok: false, errors };
  const fact: VerifiedFact = { label: label.value, value, source: source.value };
  if (kw.length) fact.keywords = kw;
  if (unit) fact.unit = unit;
  if (date) fact.date = date;
  return { ok: true, value: fact };
}

/** The source of a fact may be a citation ("SSGI 2024, Kemenkes") as well as a domain or a URL. */
const sourceOrCitation = oneLine(300);

export const LIST_SCHEMAS = {
  allowlist: contactSchema,
  trustedSources: sourceSchema,
  customWords: wordSchema,
  candidates: termSchema,
  parties: termSchema,
  slogans: termSchema,
  hashtags: hashtagSchema,
} as const;
export type ListKind = keyof typeof LIST_SCHEMAS;

/** Validate one new entry for a list, and refuse duplicates (compared case-insensitively). */
export function parseListEntry(kind: ListKind, input: string, existing: readonly string[]): FieldResult<string> {
  const r = first(LIST_SCHEMAS[kind].safeParse(input) as z.ZodSafeParseResult<string>);
  if (!r.ok) return r;
  const key = r.value.toLowerCase();
  if (existing.some((e) => e.toLowerCase() === key)) return { ok: false, error: 'errors.duplicate' };
  return r;
}

/** Several entries at once (onboarding: one contact a line). All or nothing. */
export function parseListEntries(
  kind: ListKind,
  input: string,
  existing: readonly string[],
): { ok: true; value: string[] } | { ok: false; error: FormErrorKey; line: number } {
  const out: string[] = [];
  const lines = input.split(/\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const r = parseListEntry(kind, lines[i], [...existing, ...out]);
    if (!r.ok) {
      if (r.error === 'errors.duplicate') continue; // a repeated line is harmless
      return { ok: false, error: r.error, line: i + 1 };
    }
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** one "@", no white space, a dot inside the domain (checked without a backtracking regex) */
function isEmailLike(s: string): boolean {
  if (/\s/.test(s)) return false;
  const parts = s.split('@');
  if (parts.length !== 2 || !parts[0]) return false;
  const d = parts[1];
  const dot = d.lastIndexOf('.');
  return dot > 0 && dot < d.length - 1;
}

/** "kotaku.go.id" or "kotaku.go.id/path": no white space, a host ending in a 2+ letter label */
function isHostLike(s: string): boolean {
  if (/\s/.test(s)) return false;
  const host = s.split('/')[0];
  const dot = host.lastIndexOf('.');
  return dot > 0 && /^[a-z]{2,}$/i.test(host.slice(dot + 1));
}
