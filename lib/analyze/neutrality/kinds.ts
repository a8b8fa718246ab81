/** Civil-service neutrality finding kinds; switched as one category on the options page. */
import { defineKinds } from '../kind';
import { NEUTRALITY_MESSAGES as M } from './messages';

export const neutralityKinds = defineKinds('neutrality', {
  vote_call: { severity: 'warning', message: M['neutrality.vote_call'], fix: 'none' },
  candidate_support: { severity: 'warning', message: M['neutrality.candidate_support'], fix: 'none' },
  campaign: { severity: 'warning', message: M['neutrality.campaign'], fix: 'none' },
  hand_sign: { severity: 'warning', message: M['neutrality.hand_sign'], fix: 'none' },
  hashtag: { severity: 'warning', message: M['neutrality.hashtag'], fix: 'none' },
  term: { severity: 'warning', message: M['neutrality.term'], fix: 'none' },
  mention: { severity: 'info', message: M['neutrality.mention'], fix: 'none' },
});
