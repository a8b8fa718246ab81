/**
 * User settings: one versioned WXT storage item `local:settings`, validated with zod on every read.
 * A field that is missing or invalid falls back to its default instead of discarding the whole object,
 * so a partial or older value never breaks the extension.
 *
 * Migrations: bump SETTINGS_VERSION and add `migrations[n]` (old value → new value) below.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ANALYZER_SETTINGS } from '../analyze/settings';
import type { AnalyzerSettings, Lang } from '../analyze/types';
import { normaliseHost } from '../sites/enabled';

export const SETTINGS_VERSION = 3;

/** Who uses this browser: neutrality rules apply to ASN, tone advice differs a little for staff. */
export type Role = 'pejabat' | 'humas' | 'asn' | 'lainnya';
export const ROLES: readonly Role[] = ['pejabat', 'humas', 'asn', 'lainnya'];

export interface Settings {
  /** the master switch */
  enabled: boolean;
  /** language of findings and messages; Indonesian by default */
  language: Lang;
  role: Role;
  /** hostnames where Saring stays silent (a subdomain matches its parent, e.g. "x.com" covers "mobile.x.com") */
  disabledSites: string[];
  analyzer: AnalyzerSettings;
  /**
   * The neutrality list, kept by group for the options page (since v2). `analyzer.neutralityTerms` is
   * always their union (the analyzer and the content script read that).
   */
  neutrality: NeutralityLists;
  /** set when the user finished (or skipped) the onboarding page (since v2) */
  onboarded: boolean;
  /** the office or institution, e.g. "Dinas Kominfo Kota Contoh": the promise report's title (since v3); may be empty */
  officeName: string;
  /** record promises sent from private (incognito) windows; off unless the user turns it on */
  captureIncognito: boolean;
}

export interface NeutralityLists {
  candidates: string[];
  parties: string[];
  slogans: string[];
  hashtags: string[];
}
export const NEUTRALITY_GROUPS = ['candidates', 'parties', 'slogans', 'hashtags'] as const satisfies readonly (keyof NeutralityLists)[];

const copy = <T>(v: T): T => structuredClone(v);

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  language: 'id',
  role: 'pejabat',
  disabledSites: [],
  analyzer: copy(DEFAULT_ANALYZER_SETTINGS),
  neutrality: { candidates: [], parties: [], slogans: [], hashtags: [] },
  onboarded: false,
  officeName: '',
  captureIncognito: false,
} satisfies Settings);

export const OFFICE_NAME_MAX = 120;

const str = z.string().trim().min(1).max(500);
/** A list of strings: invalid entries are dropped, duplicates removed. */
const stringList = (max = 1000) =>
  z
    .array(z.unknown())
    .transform((xs) => [...new Set(xs.flatMap((x) => (str.safeParse(x).success ? [String(x).trim()] : [])))].slice(0, max));

export const verifiedFactSchema = z.object({
  label: str,
  keywords: z.array(str).max(50).optional(),
  value: z.number().finite(),
  unit: z.string().max(50).optional(),
  source: str,
  date: z.string().max(50).optional(),
});

const D = DEFAULT_SETTINGS;
const DA = D.analyzer;

export const analyzerSettingsSchema = z.object({
  sensitivity: z.enum(['low', 'normal', 'high']).catch(DA.sensitivity),
  disabledRules: stringList().catch(() => copy(DA.disabledRules)),
  allowlist: stringList().catch(() => copy(DA.allowlist)),
  trustedSources: stringList().catch(() => copy(DA.trustedSources)),
  verifiedFacts: z
    .array(z.unknown())
    .transform((xs) => xs.flatMap((x) => {
      const r = verifiedFactSchema.safeParse(x);
      return r.success ? [r.data] : [];
    }))
    .catch(() => copy(DA.verifiedFacts)),
  customWords: stringList().catch(() => copy(DA.customWords)),
  neutralityTerms: stringList().catch(() => copy(DA.neutralityTerms)),
});

/** Lenient: each bad field falls back to its default. */
export const settingsSchema = z.object({
  enabled: z.boolean().catch(D.enabled),
  language: z.enum(['id', 'en']).catch(D.language),
  role: z.enum(ROLES as [Role, ...Role[]]).catch(D.role),
  disabledSites: stringList()
    .transform((xs) => [...new Set(xs.map(normaliseHost).filter(Boolean))])
    .catch(() => copy(D.disabledSites)),
  analyzer: z
    .unknown()
    .optional()
    .transform((v) => analyzerSettingsSchema.parse(v && typeof v === 'object' ? v : {})),
  neutrality: z
    .object({
      candidates: stringList().catch(() => []),
      parties: stringList().catch(() => []),
      slogans: stringList().catch(() => []),
      hashtags: stringList().catch(() => []),
    })
    .optional()
    .catch(undefined),
  onboarded: z.boolean().catch(D.onboarded),
  // one line: line breaks and runs of spaces folded, at most OFFICE_NAME_MAX characters
  officeName: z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim().slice(0, OFFICE_NAME_MAX))
    .catch(D.officeName),
  captureIncognito: z.boolean().catch(D.captureIncognito),
});

/** Any stored value → valid Settings. Never throws. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = settingsSchema.safeParse(raw && typeof raw === 'object' ? raw : {});
  if (!r.success) return copy(DEFAULT_SETTINGS) as Settings;
  const { neutrality, ...rest } = r.data;
  const s = { ...rest, onboarded: rest.onboarded ?? false, officeName: rest.officeName ?? '', captureIncognito: rest.captureIncognito === true } as Settings;
  // Without groups (a v1 value, or a writer that only knows the flat list), group the flat list.
  s.neutrality = neutrality ?? groupNeutralityTerms(s.analyzer.neutralityTerms);
  s.analyzer = { ...s.analyzer, neutralityTerms: neutralityTermsOf(s.neutrality) };
  return s;
}

/** The flat list the analyzer reads: every group, de-duplicated, in group order. */
export function neutralityTermsOf(n: NeutralityLists): string[] {
  return [...new Set(NEUTRALITY_GROUPS.flatMap((g) => n[g]))];
}

/** v1 kept one flat list: hashtags go to their group, everything else to slogans (the general bucket). */
export function groupNeutralityTerms(terms: readonly string[]): NeutralityLists {
  return {
    candidates: [],
    parties: [],
    slogans: terms.filter((t) => !t.startsWith('#')),
    hashtags: terms.filter((t) => t.startsWith('#')),
  };
}

/** v1 → v2: the neutrality list by group and the onboarding flag (an existing user has seen enough). */
export function migrateV1toV2(old: unknown): Settings {
  const o = old && typeof old === 'object' ? (old as Record<string, unknown>) : {};
  const v1 = sanitizeSettings({ ...o, neutrality: undefined });
  return { ...v1, onboarded: true };
}

/** v2 → v3: the office name for the promise report (empty until the user sets it). */
export function migrateV2toV3(old: unknown): Settings {
  const o = old && typeof old === 'object' ? (old as Record<string, unknown>) : {};
  return sanitizeSettings({ ...o, officeName: typeof o.officeName === 'string' ? o.officeName : '' });
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: {
    2: migrateV1toV2,
    3: migrateV2toV3,
  },
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Merge a change into the stored settings (validated) and return the result. */
export async function saveSettings(
  patch: Partial<Omit<Settings, 'analyzer' | 'neutrality'>> & { analyzer?: Partial<AnalyzerSettings>; neutrality?: Partial<NeutralityLists> },
): Promise<Settings> {
  const current = await loadSettings();
  // A caller that sets the flat list directly (no groups) gets it grouped again.
  const neutrality =
    patch.analyzer?.neutralityTerms && !patch.neutrality
      ? groupNeutralityTerms(patch.analyzer.neutralityTerms)
      : { ...current.neutrality, ...patch.neutrality };
  const next = sanitizeSettings({ ...current, ...patch, neutrality, analyzer: { ...current.analyzer, ...patch.analyzer } });
  await settingsItem.setValue(next);
  return next;
}

/** Adds one (already validated) entry to the allowlist; a duplicate (case-insensitive) is not added twice. */
export async function addToAllowlist(value: string): Promise<Settings> {
  const current = await loadSettings();
  const list = current.analyzer.allowlist;
  if (list.some((e) => e.toLowerCase() === value.toLowerCase())) return current;
  return saveSettings({ analyzer: { allowlist: [...list, value] } });
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitizeSettings(v)));
}

// the one answer to "is Saring on here?" lives in lib/sites/enabled.ts (the content script imports it too)
export { isSiteEnabled, normaliseHost } from '../sites/enabled';
