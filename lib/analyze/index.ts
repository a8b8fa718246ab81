/**
 * analyze(text) → Finding[]: pure, synchronous, never throws. Contract §1–2.
 * Same code in `npm run analyze`, the content script and the popup's quick check.
 */
import { makeContext } from './context';
import { RULES } from './registry';
import { onCodePoint } from './text/fold';
import { MAX_PER_RULE, SpanIndex, StaticSpans } from './limits';
import type { AnalyzeOptions, Finding, RawFinding, Rule, RuleContext } from './types';

export type { Finding, AnalyzeOptions, AnalyzerSettings, Category, Severity } from './types';

export { DEFAULT_TZ_OFFSET_MINUTES, makeContext } from './context';

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeContext(text, options);
  const settings = ctx.settings;
  const lang = options.lang ?? 'id';
  const disabled = settings.disabledRules.length ? new Set(settings.disabledRules) : null;
  const allow = allowlistOf(settings.allowlist);
  const out: Finding[] = [];
  const learned: Finding[] = [];
  const perRule = new Map<string, number>();
  for (const rule of RULES) {
    if (disabled && (disabled.has(rule.id) || disabled.has(rule.category))) continue;
    for (const raw of runSafely(rule, ctx)) {
      if (disabled && disabled.has(raw.rule)) continue;
      const count = perRule.get(raw.rule) ?? 0;
      if (count >= MAX_PER_RULE) continue; // linear on any input: at most MAX_PER_RULE findings per rule
      const f = toFinding(raw, text, lang);
      if (!f) continue;
      if (allow && f.category === 'pii' && isAllowed(allow, f.value ?? text.slice(f.start, f.end))) continue;
      perRule.set(raw.rule, count + 1);
      (rule.id.startsWith('learned.') ? learned : out).push(f);
    }
  }
  // the learned layer only adds what the rules missed: nothing in a sentence a rule of its category flagged
  if (learned.length) {
    // by index, not by a scan of `out` per learned finding (rules' spans; then learned ones already kept)
    const byCategory = new Map<string, { rules: StaticSpans; kept: SpanIndex }>();
    const kept: Finding[] = [];
    for (const f of learned) {
      let idx = byCategory.get(f.category);
      if (!idx)
        byCategory.set(
          f.category,
          (idx = { rules: new StaticSpans(out.filter((g) => g.category === f.category && g.severity !== 'info')), kept: new SpanIndex() }),
        );
      if (idx.rules.overlaps(f.start, f.end) || idx.kept.overlaps(f.start, f.end)) continue;
      if (f.severity !== 'info') idx.kept.add(f.start, f.end);
      kept.push(f);
    }
    for (const f of kept) out.push(f);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule));
  return atMostOneInfoNote(out);
}

/**
 * Info notes are rare (issue 13): a post gets at most one quiet note, the first in reading order.
 * Commitments are records, not notes, and are all kept.
 */
function atMostOneInfoNote(findings: Finding[]): Finding[] {
  let keep = -1;
  let notes = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.severity !== 'info' || f.category === 'commitment') continue;
    notes++;
    if (keep < 0) keep = i;
  }
  if (notes <= 1) return findings;
  return findings.filter((f, i) => i === keep || f.severity !== 'info' || f.category === 'commitment');
}

function runSafely(rule: Rule, ctx: RuleContext): RawFinding[] {
  try {
    return rule.run(ctx);
  } catch (err) {
    // A rule that fails must never take the draft or the other rules with it.
    if (typeof console !== 'undefined') console.warn(`[saring] rule ${rule.id} failed`, err);
    return [];
  }
}

function toFinding(raw: RawFinding, text: string, lang: 'id' | 'en'): Finding | null {
  let start = Math.max(0, Math.min(text.length, raw.start | 0));
  let end = Math.max(start, Math.min(text.length, raw.end | 0));
  start = onCodePoint(text, start);
  if (end < text.length && onCodePoint(text, end) !== end) end++;
  if (end <= start && raw.category !== 'commitment') return null;
  const f: Finding = {
    rule: raw.rule,
    category: raw.category,
    severity: raw.severity,
    start,
    end,
    message: lang === 'en' ? raw.msg.en : raw.msg.id,
  };
  if (raw.suggestion !== undefined) f.suggestion = raw.suggestion;
  if (raw.category === 'commitment') {
    f.due = raw.due ?? null;
    f.vague = Boolean(raw.vague);
    if (raw.precision) f.precision = raw.precision;
    if (raw.deadlinePhrase) f.deadlinePhrase = raw.deadlinePhrase;
    if (raw.action) f.action = raw.action;
  }
  if (raw.value !== undefined) f.value = raw.value;
  return f;
}

/** Allowlist entries compared by their digits (phones, accounts) or lower-cased text (e-mails, addresses). */
export function allowKey(value: string): string {
  const digits = value.replace(/\D+/g, '');
  if (digits.length >= 5 && digits.length >= value.replace(/[\s().+-]/g, '').length - 1) {
    // phone-like: compare in national form (+62 812… ≡ 0812…)
    return digits.startsWith('62') ? '0' + digits.slice(2) : digits;
  }
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

function allowlistOf(list: string[]): Set<string> | null {
  if (!list.length) return null;
  return new Set(list.map(allowKey).filter(Boolean));
}

function isAllowed(allow: Set<string>, value: string): boolean {
  return allow.has(allowKey(value));
}
