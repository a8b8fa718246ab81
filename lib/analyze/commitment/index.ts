import type { Rule } from '../types';

export const commitmentRules: Rule[] = [];
