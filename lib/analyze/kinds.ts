/**
 * Every finding kind, collected from the category folders' kinds.ts. Add a kind there, its label to
 * locales/{id,en}.yml under rules.<category>.<name>, then run `npm run docs:rules`;
 * tests/unit/registry/kinds.test.ts checks all three. Light: no rule code, safe for the options page.
 */
import type { FindingKind } from './kind';
import type { Category } from './types';
import { piiKinds } from './pii/kinds';
import { claimKinds } from './claim/kinds';
import { toneKinds } from './tone/kinds';
import { neutralityKinds } from './neutrality/kinds';
import { commitmentKinds } from './commitment/kinds';
import { learnedKinds } from './learned/kinds';

export type { FindingKind, FixKind } from './kind';

export const CATEGORIES: readonly Category[] = ['pii', 'claim', 'tone', 'neutrality', 'commitment'];

export const KINDS: readonly FindingKind[] = [...piiKinds, ...claimKinds, ...toneKinds, ...neutralityKinds, ...commitmentKinds, ...learnedKinds];

const BY_ID = new Map(KINDS.map((k) => [k.id, k]));

export function kindOf(id: string): FindingKind | undefined {
  return BY_ID.get(id);
}
