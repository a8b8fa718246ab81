import { toneRules } from '../../../lib/analyze/tone';
import { neutralityRules } from '../../../lib/analyze/neutrality';
import { makeContext } from '../../../lib/analyze';
import type { AnalyzerSettings, RawFinding, Rule } from '../../../lib/analyze/types';

export function runRules(rules: Rule[], text: string, settings?: Partial<AnalyzerSettings>): RawFinding[] {
  const ctx = makeContext(text, { now: new Date('2026-11-22T02:00:00Z'), tzOffsetMinutes: 420, settings });
  return rules.flatMap((r) => r.run(ctx));
}
export const tone = (text: string, settings?: Partial<AnalyzerSettings>) => runRules(toneRules, text, settings);
export const neutrality = (text: string, settings?: Partial<AnalyzerSettings>) => runRules(neutralityRules, text, settings);
/** rule ids of the alerts (warning or danger) */
export const alerts = (fs: RawFinding[]) => fs.filter((f) => f.severity !== 'info').map((f) => f.rule);
export const spans = (text: string, fs: RawFinding[]) => fs.map((f) => text.slice(f.start, f.end));
