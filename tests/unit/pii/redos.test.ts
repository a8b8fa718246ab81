/**
 * Every regex of the pii detector, checked against catastrophic backtracking with recheck
 * (automaton analysis where it applies, fuzzing otherwise, e.g. with look-behind or back-references).
 */
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { ADDRESS_REGEXES } from '../../../lib/analyze/pii/address';
import { BIRTHDATE_REGEXES } from '../../../lib/analyze/pii/birthdate';
import { CUE_REGEXES } from '../../../lib/analyze/pii/cues';
import { EMAIL_REGEXES } from '../../../lib/analyze/pii/email';
import { NUMBER_REGEXES } from '../../../lib/analyze/pii/numbers';
import { PERSON_REGEXES } from '../../../lib/analyze/pii/person';
import { phoneRegexes } from '../../../lib/analyze/pii/phone';
import { SENSITIVE_REGEXES } from '../../../lib/analyze/pii/sensitive';

const GROUPS: Record<string, RegExp[]> = {
  cues: CUE_REGEXES,
  numbers: NUMBER_REGEXES,
  phone: phoneRegexes(),
  email: EMAIL_REGEXES,
  address: ADDRESS_REGEXES,
  birthdate: BIRTHDATE_REGEXES,
  sensitive: SENSITIVE_REGEXES,
  person: PERSON_REGEXES,
};

function verdict(re: RegExp): string {
  const auto = checkSync(re.source, re.flags, { checker: 'automaton', timeout: 10_000 });
  if (auto.status !== 'unknown') return auto.status;
  return checkSync(re.source, re.flags, { checker: 'fuzz', timeout: 10_000, randomSeed: 42 }).status;
}

describe('ReDoS (recheck)', () => {
  it('the checker itself catches a classic vulnerable pattern', () => {
    expect(verdict(/^(a+)+$/)).toBe('vulnerable');
    expect(verdict(/(?<![a-z])(?:\s*,?\s*)+x/)).toBe('vulnerable');
  }, 60_000);

  for (const [name, list] of Object.entries(GROUPS)) {
    it(`${name}: no regex is vulnerable`, () => {
      expect(list.length).toBeGreaterThan(0);
      const bad = list.filter((re) => verdict(re) === 'vulnerable').map((re) => re.source.slice(0, 80));
      expect(bad).toEqual([]);
    }, 240_000);
  }
});
