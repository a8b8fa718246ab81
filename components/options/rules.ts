/**
 * The switches on the options page. `analyzer.disabledRules` holds category names ("tone") and finding
 * rule ids ("pii.phone"); the analyzer skips both. Categories whose kinds are not listed here are
 * switched as a whole.
 */
import type { Category } from '@/lib/analyze/types';

export const CATEGORIES: readonly Category[] = ['pii', 'claim', 'tone', 'neutrality', 'commitment'];

export const RULES_BY_CATEGORY: Record<Category, readonly string[]> = {
  pii: ['nik', 'kk', 'npwp', 'nip', 'phone', 'email', 'bank_account', 'card', 'passport', 'bpjs', 'address', 'birthdate', 'health', 'criminal', 'child', 'plate'].map((k) => `pii.${k}`),
  claim: ['statistic', 'comparative', 'causal', 'hearsay', 'share_bait', 'absolute', 'health', 'policy', 'contradicts_fact', 'unverified'].map((k) => `claim.${k}`),
  tone: ['insult', 'profanity', 'custom', 'condescension', 'sarcasm', 'shouting', 'threat', 'dismissive', 'sara', 'hostility', 'reply_quality'].map((k) => `tone.${k}`),
  neutrality: [],
  commitment: [],
};

export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? rest : [...rest, id];
}
