/**
 * Personal data (UU 27/2022, Pelindungan Data Pribadi). Every kind of contract §2:
 *   numbers.ts   nik, kk, npwp, nip, phone, bank_account, card, bpjs, passport, plate (one digit scan)
 *   email.ts     email
 *   text.ts      one word scan that wakes: address.ts (address), birthdate.ts (birthdate),
 *                sensitive.ts (health, criminal, child — only when tied to an identifiable person)
 * Each candidate: pattern → validation → context words → confidence → severity (weak ones are info).
 * `value` is the raw matched text, so the central allowlist (lib/analyze/index.ts) can drop the office's
 * own published contacts.
 */
import type { RawFinding, Rule, RuleContext } from '../types';
import { scanEmails } from './email';
import { scanNumbers } from './numbers';
import { scanText } from './text';

function rule(id: string, scan: (ctx: RuleContext, out: RawFinding[]) => void): Rule {
  return {
    id,
    category: 'pii',
    run(ctx: RuleContext): RawFinding[] {
      const out: RawFinding[] = [];
      scan(ctx, out);
      return out;
    },
  };
}

export const piiRules: Rule[] = [
  rule('pii.numbers', scanNumbers),
  rule('pii.email', scanEmails),
  rule('pii.text', scanText),
];
