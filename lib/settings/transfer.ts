/**
 * Settings export and import (a JSON file the office can copy to another browser). The file is
 * validated strictly — unknown fields are refused, the size is bounded — and if anything is wrong,
 * nothing is saved and the first problems are reported. Before applying, the options page shows what
 * the file will change (`describeSettingsChanges`), e.g. "Pemeriksaan data pribadi dimatikan".
 */
import { z } from 'zod';
import { verifiedFactSchema } from './index';
import { ROLES, SETTINGS_VERSION, sanitizeSettings, type Role, type Settings } from './index';

export const SETTINGS_FILE_KIND = 'saring-settings';
/** Largest settings file read, in bytes (a full file with every list at its limit stays well below). */
export const SETTINGS_FILE_MAX_BYTES = 2 * 1024 * 1024;

const list = z.array(z.string().trim().min(1).max(500)).max(1000);

const fileSchema = z.strictObject({
  kind: z.literal(SETTINGS_FILE_KIND),
  version: z.number().int().min(1).max(SETTINGS_VERSION),
  exportedAt: z.string().max(64).optional(),
  settings: z.strictObject({
    enabled: z.boolean(),
    language: z.enum(['id', 'en']),
    role: z.enum(ROLES as [Role, ...Role[]]),
    disabledSites: list,
    analyzer: z.strictObject({
      sensitivity: z.enum(['low', 'normal', 'high']),
      disabledRules: list,
      allowlist: list,
      trustedSources: list,
      verifiedFacts: z.array(verifiedFactSchema.strict()).max(1000),
      customWords: list,
      neutralityTerms: list,
    }),
    neutrality: z.strictObject({ candidates: list, parties: list, slogans: list, hashtags: list }).optional(),
    onboarded: z.boolean().optional(),
    officeName: z.string().max(500).optional(),
    captureIncognito: z.boolean().optional(),
  }),
});

export function exportSettingsFile(s: Settings, now = new Date()): string {
  return JSON.stringify({ kind: SETTINGS_FILE_KIND, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s }, null, 2);
}

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; error: 'errors.file' | 'errors.fileVersion' | 'errors.fileTooLarge'; details: string[] };

/** Parse an exported file. Never throws; never returns partly valid settings. */
export function parseSettingsFile(text: string): ImportResult {
  // a UTF-16 string of n code units is at least n bytes in UTF-8
  if (text.length > SETTINGS_FILE_MAX_BYTES) return { ok: false, error: 'errors.fileTooLarge', details: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'errors.file', details: [] };
  }
  const v = (raw as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > SETTINGS_VERSION) return { ok: false, error: 'errors.fileVersion', details: [] };
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    return {
      ok: false,
      error: 'errors.file',
      details: r.error.issues.slice(0, 5).map((i) => {
        const path = i.path.map(String);
        if (i.code === 'unrecognized_keys' && i.keys.length) path.push(String(i.keys[0]).slice(0, 60));
        return path.join('.') || '(root)';
      }),
    };
  }
  return { ok: true, settings: sanitizeSettings({ ...r.data.settings, onboarded: true }) };
}

// ---- preview ----------------------------------------------------------------------------------

/** Locale keys of the preview lines (options.data.preview.*). */
export type ChangeKey =
  | 'off'
  | 'on'
  | 'language'
  | 'role'
  | 'sitesOff'
  | 'sitesOn'
  | 'sensitivity'
  | 'categoryOff'
  | 'categoryOn'
  | 'rulesOff'
  | 'rulesOn'
  | 'allowAdded'
  | 'allowRemoved'
  | 'sourcesAdded'
  | 'sourcesRemoved'
  | 'facts'
  | 'customWords'
  | 'neutrality'
  | 'officeName'
  | 'incognitoOn'
  | 'incognitoOff';

export interface SettingsChange {
  key: ChangeKey;
  /** substitutions ($1, $2 …): values as written, or category/role ids for the page to name */
  subs: string[];
  /** true when the change weakens protection (something is no longer checked or no longer flagged) */
  risky: boolean;
}

const CATEGORIES = ['pii', 'claim', 'tone', 'neutrality', 'commitment'] as const;
const SENSITIVITY_RANK = { low: 0, normal: 1, high: 2 } as const;
const MAX_LISTED = 5;

function added(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before.map((x) => x.toLowerCase()));
  return after.filter((x) => !had.has(x.toLowerCase()));
}

/** "a, b, c" — at most MAX_LISTED names, then "+N". */
function names(xs: readonly string[]): string {
  const shown = xs.slice(0, MAX_LISTED).join(', ');
  return xs.length > MAX_LISTED ? `${shown} +${xs.length - MAX_LISTED}` : shown;
}

/**
 * What applying `next` over `current` changes, risky changes (weaker protection) first. Pure; an empty
 * list means the file changes nothing.
 */
export function describeSettingsChanges(current: Settings, next: Settings): SettingsChange[] {
  const out: SettingsChange[] = [];
  const push = (key: ChangeKey, subs: string[], risky: boolean) => out.push({ key, subs, risky });

  if (current.enabled !== next.enabled) push(next.enabled ? 'on' : 'off', [], !next.enabled);
  const sitesOff = added(current.disabledSites, next.disabledSites);
  const sitesOn = added(next.disabledSites, current.disabledSites);
  if (sitesOff.length) push('sitesOff', [names(sitesOff)], true);
  if (sitesOn.length) push('sitesOn', [names(sitesOn)], false);

  const a = current.analyzer;
  const b = next.analyzer;
  const catsOff = CATEGORIES.filter((c) => b.disabledRules.includes(c) && !a.disabledRules.includes(c));
  const catsOn = CATEGORIES.filter((c) => a.disabledRules.includes(c) && !b.disabledRules.includes(c));
  for (const c of catsOff) push('categoryOff', [c], true);
  for (const c of catsOn) push('categoryOn', [c], false);
  const isCat = (r: string) => (CATEGORIES as readonly string[]).includes(r);
  const rulesOff = added(a.disabledRules, b.disabledRules).filter((r) => !isCat(r));
  const rulesOn = added(b.disabledRules, a.disabledRules).filter((r) => !isCat(r));
  if (rulesOff.length) push('rulesOff', [names(rulesOff)], true);
  if (rulesOn.length) push('rulesOn', [names(rulesOn)], false);
  if (a.sensitivity !== b.sensitivity) push('sensitivity', [a.sensitivity, b.sensitivity], SENSITIVITY_RANK[b.sensitivity] < SENSITIVITY_RANK[a.sensitivity]);

  const allowAdded = added(a.allowlist, b.allowlist);
  const allowRemoved = added(b.allowlist, a.allowlist);
  if (allowAdded.length) push('allowAdded', [names(allowAdded)], true);
  if (allowRemoved.length) push('allowRemoved', [names(allowRemoved)], false);
  const srcAdded = added(a.trustedSources, b.trustedSources);
  const srcRemoved = added(b.trustedSources, a.trustedSources);
  if (srcAdded.length) push('sourcesAdded', [names(srcAdded)], true);
  if (srcRemoved.length) push('sourcesRemoved', [names(srcRemoved)], false);
  if (!current.captureIncognito && next.captureIncognito) push('incognitoOn', [], true);
  if (current.captureIncognito && !next.captureIncognito) push('incognitoOff', [], false);

  if (JSON.stringify(a.verifiedFacts) !== JSON.stringify(b.verifiedFacts)) push('facts', [String(a.verifiedFacts.length), String(b.verifiedFacts.length)], false);
  if (JSON.stringify(a.customWords) !== JSON.stringify(b.customWords)) push('customWords', [String(a.customWords.length), String(b.customWords.length)], false);
  if (JSON.stringify(a.neutralityTerms) !== JSON.stringify(b.neutralityTerms)) push('neutrality', [String(a.neutralityTerms.length), String(b.neutralityTerms.length)], false);
  if (current.language !== next.language) push('language', [next.language], false);
  if (current.role !== next.role) push('role', [next.role], false);
  if (current.officeName !== next.officeName) push('officeName', [next.officeName], false);

  // risky first, the order above kept within each group
  return [...out.filter((c) => c.risky), ...out.filter((c) => !c.risky)];
}
