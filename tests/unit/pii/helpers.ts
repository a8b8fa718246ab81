import { piiRules } from '../../../lib/analyze/pii';
import { makeContext } from '../../../lib/analyze';
import type { AnalyzerSettings, RawFinding, RuleContext } from '../../../lib/analyze/types';

export const NOW = new Date('2026-11-22T09:00:00+07:00');

export function ctxOf(text: string, settings?: Partial<AnalyzerSettings>): RuleContext {
  return makeContext(text, { now: NOW, tzOffsetMinutes: 420, settings });
}

/** Every pii finding, in text order. */
export function pii(text: string, settings?: Partial<AnalyzerSettings>): RawFinding[] {
  const ctx = ctxOf(text, settings);
  const out: RawFinding[] = [];
  for (const r of piiRules) out.push(...r.run(ctx));
  return out.sort((a, b) => a.start - b.start);
}

/** Findings that alert (warning or danger); info is shown quietly. */
export function alerts(text: string): RawFinding[] {
  return pii(text).filter((f) => f.severity !== 'info');
}

/** "kind:matched text" of every alert. */
export function hits(text: string): string[] {
  return alerts(text).map((f) => `${f.rule.slice(4)}:${text.slice(f.start, f.end)}`);
}

/** Alerted kinds. */
export function kinds(text: string): string[] {
  return alerts(text).map((f) => f.rule.slice(4));
}

export function only(text: string, kind: string): RawFinding[] {
  return pii(text).filter((f) => f.rule === 'pii.' + kind);
}
