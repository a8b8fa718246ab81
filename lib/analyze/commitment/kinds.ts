/** Public-promise finding kinds; switched as one category on the options page. */
import { defineKinds } from '../kind';
import { datedMsg, vagueMsg } from './messages';

export const commitmentKinds = defineKinds('commitment', {
  /** a promise with a deadline (datedMsg), or without one but not hedged (undatedMsg) */
  firm: { severity: 'info', message: datedMsg, fix: 'none' },
  vague: { severity: 'warning', message: vagueMsg, fix: 'none' },
});
