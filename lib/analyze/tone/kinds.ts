/** Tone finding kinds. Messages in ./messages.ts. */
import { defineKinds } from '../kind';
import { MESSAGES, replyMsg, SHOUTING_MSG } from './messages';

export const toneKinds = defineKinds('tone', {
  insult: { severity: 'warning', message: MESSAGES['tone.insult'], fix: 'none', switchable: true },
  profanity: { severity: 'danger', message: MESSAGES['tone.profanity'], fix: 'none', switchable: true },
  custom: { severity: 'warning', message: MESSAGES['tone.custom'], fix: 'none', switchable: true },
  condescension: { severity: 'warning', message: MESSAGES['tone.condescension'], fix: 'rewrite', switchable: true },
  sarcasm: { severity: 'warning', message: MESSAGES['tone.sarcasm'], fix: 'none', switchable: true },
  shouting: { severity: 'warning', message: () => SHOUTING_MSG, fix: 'none', switchable: true },
  threat: { severity: 'danger', message: MESSAGES['tone.threat'], fix: 'none', switchable: true },
  dismissive: { severity: 'warning', message: MESSAGES['tone.dismissive'], fix: 'rewrite', switchable: true },
  sara: { severity: 'danger', message: MESSAGES['tone.sara'], fix: 'none', switchable: true },
  hostility: { severity: 'info', message: MESSAGES['tone.hostility'], fix: 'none', switchable: true },
  reply_quality: { severity: 'info', message: replyMsg, fix: 'none', switchable: true },
});
