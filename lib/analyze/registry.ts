/**
 * The one place rules are registered. Each category folder exports its rules; order here is the
 * order findings are produced in before sorting.
 */
import type { Rule } from './types';
import { piiRules } from './pii';
import { claimRules } from './claim';
import { toneRules } from './tone';
import { neutralityRules } from './neutrality';
import { commitmentRules } from './commitment';
import { learnedRules } from './learned';

export const RULES: readonly Rule[] = [...piiRules, ...claimRules, ...toneRules, ...neutralityRules, ...commitmentRules, ...learnedRules];
