/**
 * The switches on the options page. `analyzer.disabledRules` holds category names ("tone") and finding
 * rule ids ("pii.phone"); the analyzer skips both. Derived from the kinds registry (lib/analyze/kinds.ts):
 * a kind marked `switchable` gets its own switch, the others are switched with their category.
 */
import { CATEGORIES, KINDS } from '@/lib/analyze/kinds';
import type { Category } from '@/lib/analyze/types';

export { CATEGORIES };

export const RULES_BY_CATEGORY: Record<Category, readonly string[]> = Object.fromEntries(
  CATEGORIES.map((c) => [c, KINDS.filter((k) => k.category === c && k.switchable).map((k) => k.id)]),
) as unknown as Record<Category, readonly string[]>;

export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? rest : [...rest, id];
}
