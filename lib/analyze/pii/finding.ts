/** Confidence → severity, and the RawFinding every pii rule emits. */
import type { Msg, RawFinding, RuleContext, Severity } from '../types';
import { messageFor, type PiiKind } from './messages';

/** Below this a candidate is dropped; between it and WARN it is shown quietly as info. */
export const DROP = 0.2;
export const WARN = 0.5;
export const DANGER = 0.8;

export function severityOf(conf: number, sensitivity: 'low' | 'normal' | 'high'): Severity | null {
  const shift = sensitivity === 'low' ? 0.1 : sensitivity === 'high' ? -0.1 : 0;
  if (conf < DROP) return null;
  if (conf >= DANGER + shift) return 'danger';
  if (conf >= WARN + shift) return 'warning';
  return 'info';
}

export function piiFinding(
  ctx: RuleContext,
  kind: PiiKind,
  start: number,
  end: number,
  conf: number,
  suggestion?: string,
  msg?: Msg,
): RawFinding | null {
  if (!(end > start)) return null;
  const c = conf > 1 ? 1 : conf;
  const severity = severityOf(c, ctx.settings.sensitivity);
  if (!severity) return null;
  const f: RawFinding = {
    rule: 'pii.' + kind,
    category: 'pii',
    severity,
    start,
    end,
    msg: msg ?? messageFor(kind, severity !== 'info'),
    confidence: Math.round(c * 100) / 100,
    value: ctx.text.slice(start, end),
  };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}
