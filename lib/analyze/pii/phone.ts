/**
 * Indonesian phone numbers, validated with libphonenumber-js's rules for +62 (the /max metadata sliced to
 * Indonesia by scripts/build-phone-metadata.mjs). The per-type patterns are read once through the
 * library's Metadata API and compiled to anchored regexes, so a check costs well under a microsecond.
 */
import { Metadata } from 'libphonenumber-js/core';
import { PHONE_METADATA_ID } from '../../generated/phone-metadata-id';

export type PhoneKind = 'mobile' | 'fixed' | 'service' | null;

interface TypeDesc {
  pattern(): string;
}
interface PlanWithTypes {
  type(t: string): TypeDesc | undefined;
}

let MOBILE: RegExp | null = null;
let FIXED: RegExp | null = null;
let SERVICE: RegExp | null = null;

function compile(): void {
  const md = new Metadata(PHONE_METADATA_ID);
  md.selectNumberingPlan('ID');
  const plan = md.numberingPlan as unknown as PlanWithTypes;
  const pat = (t: string): string | null => {
    const d = plan.type(t);
    return d ? d.pattern() : null;
  };
  const anchored = (list: Array<string | null>): RegExp => {
    const parts = list.filter((p): p is string => !!p);
    return parts.length ? new RegExp(`^(?:${parts.join('|')})$`) : /$^/;
  };
  MOBILE = anchored([pat('MOBILE')]);
  FIXED = anchored([pat('FIXED_LINE')]);
  // toll-free (0800, 177), premium (0809), shared cost (1500xxx, 0804), UAN (08071): never personal
  SERVICE = anchored([pat('TOLL_FREE'), pat('PREMIUM_RATE'), pat('SHARED_COST'), pat('UAN')]);
}

/** `national`: the significant number without 0 / +62, e.g. "8123456789". */
export function phoneKind(national: string): PhoneKind {
  if (!MOBILE) compile();
  if (national.length < 7 || national.length > 13) return null;
  if (SERVICE!.test(national)) return 'service';
  if (MOBILE!.test(national)) return 'mobile';
  if (FIXED!.test(national)) return 'fixed';
  return null;
}

/**
 * The national significant number of a digit string written as 0…, 62… or +62…, or null.
 * `plus`: the digits were preceded by '+'.
 */
export function nationalOf(d: string, plus: boolean): string | null {
  if (d.charCodeAt(0) === 48 /* 0 */) return d.length >= 9 && d.charCodeAt(1) !== 48 ? d.slice(1) : null;
  if (d.startsWith('62') && (plus || d.length >= 11)) {
    const rest = d.charCodeAt(2) === 48 ? d.slice(3) : d.slice(2); // "+62 (0)812…"
    return rest.length >= 8 ? rest : null;
  }
  return null;
}

/** For tests: the compiled phone-type regexes. */
export function phoneRegexes(): RegExp[] {
  if (!MOBILE) compile();
  return [MOBILE!, FIXED!, SERVICE!];
}
