import type { Rule } from '../types';

export const piiRules: Rule[] = [];
