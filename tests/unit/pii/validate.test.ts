import { describe, expect, it } from 'vitest';
import { PhoneNumber } from 'libphonenumber-js/core';
import { PHONE_METADATA_ID } from '../../../lib/generated/phone-metadata-id';
import { maskDateKeepYear, maskDigitsCompact, maskEmail, maskInPlace } from '../../../lib/analyze/pii/mask';
import { nationalOf, phoneKind } from '../../../lib/analyze/pii/phone';
import { isDistrict, isProvince, isRegency } from '../../../lib/analyze/pii/regions';
import { cardBrand, checkNik, checkNpwp, luhnCheckDigit, luhnValid, nipValid } from '../../../lib/analyze/pii/validate';
import { firstWords, TriggerTable } from '../../../lib/analyze/pii/words';
import { CRIME_ALTS, HEALTH_ALTS } from '../../../lib/analyze/pii/sensitive';

describe('check digits', () => {
  it('Luhn', () => {
    expect(luhnValid('4532015112830366')).toBe(true);
    expect(luhnValid('4532015112830367')).toBe(false);
    expect(luhnCheckDigit('45123456')).toBe(1);
  });
  it('card brands by prefix and length', () => {
    expect(cardBrand('4532015112830366')).toBe('Visa');
    expect(cardBrand('5500000000000004')).toBe('Mastercard');
    expect(cardBrand('2221000000000009')).toBe('Mastercard');
    expect(cardBrand('378282246310005')).toBe('American Express');
    expect(cardBrand('3530111333300000')).toBe('JCB');
    expect(cardBrand('1234567890123456')).toBe('');
  });
  it('NPWP: check digit and organisation prefix', () => {
    expect(checkNpwp('451234561407000')).toEqual({ checkDigit: true, organisation: false });
    expect(checkNpwp('451234562407000').checkDigit).toBe(false);
    expect(checkNpwp('012345674407000').organisation).toBe(true);
  });
  it('NIP: dates, 18-year gap, gender', () => {
    expect(nipValid('198503152010012003', 2026)).toBe(true);
    expect(nipValid('198502302010012003', 2026)).toBe(false); // 30 Feb
    expect(nipValid('198503152000012003', 2026)).toBe(false); // appointed at 14
    expect(nipValid('198503152010013003', 2026)).toBe(false); // gender 3
    expect(nipValid('198503152010012000', 2026)).toBe(false); // serial 000
  });
});

describe('NIK structure and Kemendagri codes', () => {
  it('provinces, regencies, districts', () => {
    expect(isProvince(32)).toBe(true);
    expect(isProvince(39)).toBe(false);
    expect(isRegency(3273)).toBe(true); // Kota Bandung
    expect(isRegency(3299)).toBe(false);
    expect(isDistrict(327301)).toBe(true);
    expect(isDistrict(327399)).toBe(false);
  });
  it('women add 40 to the day', () => {
    expect(checkNik('3273015505900002')).toMatchObject({ structural: true, female: true, district: true });
    expect(checkNik('3273011505900002')).toMatchObject({ structural: true, female: false });
    expect(checkNik('3273017505900002').structural).toBe(false); // day 75
    expect(checkNik('3273013102900002').structural).toBe(false); // 31 Feb
    expect(checkNik('3273011513900002').structural).toBe(false); // month 13
  });
});

describe('phones use the Indonesia-only libphonenumber metadata', () => {
  it('the slice holds Indonesia only', () => {
    expect(Object.keys(PHONE_METADATA_ID.countries)).toEqual(['ID']);
    expect(JSON.stringify(PHONE_METADATA_ID).length).toBeLessThan(3000);
  });
  it('agrees with libphonenumber-js getType() on a sample', () => {
    const sample = ['8123456789', '81234567890', '811851372', '8961234567', '227204519', '2112345678', '274512345', '8001234567', '1771234567', '8091234567', '8071234567', '113948267', '5'];
    const map: Record<string, string> = { MOBILE: 'mobile', FIXED_LINE: 'fixed', TOLL_FREE: 'service', PREMIUM_RATE: 'service', SHARED_COST: 'service', UAN: 'service' };
    for (const n of sample) {
      const p = new PhoneNumber(('+62' + n) as never, PHONE_METADATA_ID);
      const lib = p.isValid() ? map[p.getType() ?? ''] ?? null : null;
      expect([n, phoneKind(n)]).toEqual([n, lib]);
    }
  });
  it('national form from 0…, 62…, +62…', () => {
    expect(nationalOf('081234567890', false)).toBe('81234567890');
    expect(nationalOf('6281234567890', false)).toBe('81234567890');
    expect(nationalOf('62081234567890', true)).toBe('81234567890');
    expect(nationalOf('1500567', false)).toBe(null);
  });
});

describe('masks', () => {
  it('product conventions', () => {
    expect(maskDigitsCompact('3204123456780003', 4, 4)).toBe('3204********0003');
    expect(maskInPlace('0812-3456-7890', 4, 4)).toBe('0812-****-7890');
    expect(maskDigitsCompact('4532015112830366', 6, 4)).toBe('453201******0366');
    expect(maskEmail('siti', 'gmail.com')).toBe('s***@gmail.com');
    expect(maskDateKeepYear('17-08-1985')).toBe('**-**-1985');
  });
});

describe('trigger words', () => {
  it('every lexicon alternative starts with a literal word', () => {
    for (const a of [...HEALTH_ALTS, ...CRIME_ALTS]) expect(/^[a-z]+/.test(a)).toBe(true);
    expect(firstWords(['autis(?:me)?', 'gagal jantung'])).toEqual(['autis', 'autisme', 'gagal']);
  });
  it('the table finds whole words only', () => {
    const t = new TriggerTable();
    t.add('hiv', 1);
    const found: string[] = [];
    const s = 'hiv, archive, 2hiv, hivx, (hiv)';
    t.scan(s, (a, b) => found.push(`${a}:${s.slice(a, b)}`));
    expect(found).toEqual(['0:hiv', '27:hiv']);
  });
});
