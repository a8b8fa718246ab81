/**
 * pii.text: the word-based kinds (address, birth date, health, criminal record, child). One word scan
 * (words.ts) collects the positions of trigger words per kind; each kind then runs its sticky regexes
 * and parsers only there.
 */
import type { RawFinding, RuleContext } from '../types';
import { ADDRESS_CUE_WORDS, scanAddresses } from './address';
import { BIRTHDATE_CUE_WORDS, scanBirthdates } from './birthdate';
import { AGE_UNIT_WORDS, CHILD_CUE_WORDS, CRIME_ALTS, GRADE_WORDS, HEALTH_ALTS, scanSensitive, type SensitiveHits } from './sensitive';
import { firstWords, TriggerTable } from './words';

const ADDR = 1;
const BIRTH = 2;
const HEALTH = 4;
const CRIME = 8;
const CHILD = 16;
const AGE = 32;
const GRADE = 64;
const NISN = 128;

const TABLE = new TriggerTable();
TABLE.addAll(ADDRESS_CUE_WORDS, ADDR);
TABLE.addAll(BIRTHDATE_CUE_WORDS, BIRTH);
TABLE.addAll(firstWords(HEALTH_ALTS), HEALTH);
TABLE.addAll(firstWords(CRIME_ALTS), CRIME);
TABLE.addAll(CHILD_CUE_WORDS, CHILD);
TABLE.addAll(AGE_UNIT_WORDS, AGE);
TABLE.addAll(GRADE_WORDS, GRADE);
TABLE.add('nisn', NISN);

export function scanText(ctx: RuleContext, out: RawFinding[]): void {
  const addr: number[] = [];
  const birth: number[] = [];
  const sens: SensitiveHits = { health: [], crime: [], childCue: [], ageUnit: [], grade: [], nisn: [] };
  TABLE.scan(ctx.lower, (s, e, bits) => {
    if (bits & ADDR) addr.push(s, e);
    if (bits & BIRTH) birth.push(s, e);
    if (bits & HEALTH) sens.health.push(s, e);
    if (bits & CRIME) sens.crime.push(s, e);
    if (bits & CHILD) sens.childCue.push(s, e);
    if (bits & AGE) sens.ageUnit.push(s, e);
    if (bits & GRADE) sens.grade.push(s, e);
    if (bits & NISN) sens.nisn.push(s, e);
  });
  if (addr.length) scanAddresses(ctx, out, addr);
  if (birth.length) scanBirthdates(ctx, out, birth);
  scanSensitive(ctx, out, sens);
}
