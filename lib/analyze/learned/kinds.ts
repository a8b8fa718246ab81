/**
 * Kinds only the learned layer emits. Its other tone ids (tone.sarcasm, tone.threat …) are the rules'
 * kinds, declared in ../tone/kinds.ts.
 */
import { defineKinds } from '../kind';
import { message } from './messages';

export const learnedKinds = [
  // differs from the rule's tone.condescension: switching that off on the options page does not stop this one
  ...defineKinds('tone', { condescending: { severity: 'warning', message: (words: string[]) => message('tone.condescending', words), fix: 'none', learned: true } }),
  ...defineKinds('neutrality', { partisan: { severity: 'warning', message: (words: string[]) => message('neutrality.partisan', words), fix: 'none', learned: true } }),
];
