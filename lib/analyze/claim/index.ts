import type { Rule } from '../types';

export const claimRules: Rule[] = [];
