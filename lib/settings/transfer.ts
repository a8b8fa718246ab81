/**
 * Settings export and import (a JSON file the office can copy to another browser). The file is
 * validated strictly: if anything is wrong, nothing is saved and the first problems are reported.
 */
import { z } from 'zod';
import { verifiedFactSchema } from './index';
import { ROLES, SETTINGS_VERSION, sanitizeSettings, type Role, type Settings } from './index';

export const SETTINGS_FILE_KIND = 'saring-settings';

const list = z.array(z.string().trim().min(1).max(500)).max(1000);

const fileSchema = z.object({
  kind: z.literal(SETTINGS_FILE_KIND),
  version: z.number().int().min(1).max(SETTINGS_VERSION),
  exportedAt: z.string().optional(),
  settings: z.object({
    enabled: z.boolean(),
    language: z.enum(['id', 'en']),
    role: z.enum(ROLES as [Role, ...Role[]]),
    disabledSites: list,
    analyzer: z.object({
      sensitivity: z.enum(['low', 'normal', 'high']),
      disabledRules: list,
      allowlist: list,
      trustedSources: list,
      verifiedFacts: z.array(verifiedFactSchema).max(1000),
      customWords: list,
      neutralityTerms: list,
    }),
    neutrality: z.object({ candidates: list, parties: list, slogans: list, hashtags: list }).optional(),
    onboarded: z.boolean().optional(),
    officeName: z.string().max(500).optional(),
  }),
});

export function exportSettingsFile(s: Settings, now = new Date()): string {
  return JSON.stringify({ kind: SETTINGS_FILE_KIND, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: 'errors.file' | 'errors.fileVersion'; details: string[] };

/** Parse an exported file. Never throws; never returns partly valid settings. */
export function parseSettingsFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'errors.file', details: [] };
  }
  const v = (raw as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > SETTINGS_VERSION) return { ok: false, error: 'errors.fileVersion', details: [] };
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    return { ok: false, error: 'errors.file', details: r.error.issues.slice(0, 5).map((i) => i.path.join('.') || '(root)') };
  }
  return { ok: true, settings: sanitizeSettings({ ...r.data.settings, onboarded: true }) };
}
