/**
 * The shape of a finding kind: every id a rule can emit ("pii.nik", "tone.sarcasm") is declared once,
 * in its category's kinds.ts, and collected in ./kinds.ts. The options page, the locale labels and
 * docs/rules.md derive from that list; tests/unit/registry/kinds.test.ts fails when a rule emits an
 * id that is not declared here, or a declared kind lacks its label or its line in the docs.
 * Plain data, no DOM: safe to import from the options page.
 */
import type { Category, Msg, Severity } from './types';

/** What a quick fix on the card does: mask the value, replace the wording, or nothing to click. */
export type FixKind = 'mask' | 'rewrite' | 'none';

/** A category's message builder; the rule that emits the kind calls it with its own arguments. */
export type MessageFn = (...args: any[]) => Msg;

export interface FindingKind {
  /** the finding's `rule`, e.g. "pii.nik" */
  id: string;
  category: Category;
  /** the usual severity; pii and claims move it with confidence and sensitivity */
  severity: Severity;
  /** locale key of the short label (options page, docs): `rules.<category>.<name>` */
  label: string;
  /** where the message text lives: the category's messages.ts */
  message: MessageFn;
  fix: FixKind;
  /** listed as its own switch on the options page (otherwise switched with its category) */
  switchable: boolean;
  /** emitted by the learned layer (lib/analyze/learned) rather than a hand-written rule */
  learned?: boolean;
}

type KindSpec = Omit<FindingKind, 'id' | 'category' | 'label' | 'switchable'> & { switchable?: boolean };

/**
 * A category's kinds from a table keyed by the name after the dot:
 * `defineKinds<PiiKind>('pii', { nik: { severity: 'danger', message: …, fix: 'mask' } })`.
 */
export function defineKinds<K extends string>(category: Category, specs: Record<K, KindSpec>): FindingKind[] {
  return (Object.entries(specs) as [K, KindSpec][]).map(([name, s]) => ({
    id: `${category}.${name}`,
    category,
    label: `rules.${category}.${name}`,
    switchable: s.switchable ?? false,
    ...s,
  }));
}
