/**
 * Kinds only the learned layer emits: neutrality.partisan. Its tone ids (tone.condescension,
 * tone.dismissive, tone.sarcasm, tone.threat, tone.sara) are the rules' kinds, declared once in
 * ../tone/kinds.ts, so one switch on the options page stops the rule and the model alike.
 */
import { defineKinds } from '../kind';
import { message } from './messages';

export const learnedKinds = [
  ...defineKinds('neutrality', { partisan: { severity: 'warning', message: (words: string[]) => message('neutrality.partisan', words), fix: 'none', learned: true } }),
];
