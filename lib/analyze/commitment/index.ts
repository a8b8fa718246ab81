/**
 * Commitment category: public promises in the draft ("akan kami perbaiki paling lambat Jumat depan").
 * commitment.firm (info) carries a due date when one is given; commitment.vague (warning) is a promise
 * with no concrete date or a hedge ("secepatnya", "akan kami kaji").
 */
import type { Rule } from '../types';
import { detectCommitments } from './detect';

export { toCaptured } from './capture';
export { actionOf } from './detect';

export const commitmentRules: Rule[] = [
  {
    id: 'commitment.promise',
    category: 'commitment',
    run: detectCommitments,
  },
];
