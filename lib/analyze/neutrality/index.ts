import type { Rule } from '../types';

export const neutralityRules: Rule[] = [];
