import type { AnalyzerSettings } from './types';

export const DEFAULT_ANALYZER_SETTINGS: AnalyzerSettings = Object.freeze({
  sensitivity: 'normal',
  disabledRules: [],
  allowlist: [],
  trustedSources: ['go.id', 'ac.id', 'bps.go.id', 'kemkes.go.id', 'who.int', 'lapor.go.id', 'kpu.go.id', 'bmkg.go.id'],
  verifiedFacts: [],
  customWords: [],
  neutralityTerms: [],
}) as AnalyzerSettings;

export function withDefaults(s?: Partial<AnalyzerSettings>): AnalyzerSettings {
  if (!s) return DEFAULT_ANALYZER_SETTINGS;
  return { ...DEFAULT_ANALYZER_SETTINGS, ...s };
}
