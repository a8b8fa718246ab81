import type { Rule } from '../types';

export const toneRules: Rule[] = [];
