/**
 * Kemendagri region codes for NIK/KK validation, decoded once (lazily) from the compact string that
 * scripts/build-region-codes.mjs generates from idn-area-data (ODbL 1.0).
 *
 * Layout: REGENCY_SLOT[rrrr] = slot (1-based, 0 = unknown regency); DISTRICT_BITS holds 100 bits
 * (13 bytes) per slot, one per district number 00..99.
 */
import { DISTRICT_GROUPS } from '../../generated/region-codes';

/** Province codes in use (product.md): 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93,
  94, 95, 96,
]);

const BYTES_PER_SLOT = 13;
let regencySlot: Uint16Array | null = null;
let districtBits: Uint8Array | null = null;

function decode(): void {
  const slots = new Uint16Array(10000);
  const groups = DISTRICT_GROUPS.split(';');
  const bits = new Uint8Array((groups.length + 1) * BYTES_PER_SLOT);
  let slot = 0;
  for (const g of groups) {
    const colon = g.indexOf(':');
    if (colon !== 4) continue;
    const reg = Number(g.slice(0, 4));
    if (!Number.isInteger(reg)) continue;
    slot++;
    slots[reg] = slot;
    const base = slot * BYTES_PER_SLOT;
    for (const part of g.slice(5).split(',')) {
      const dash = part.indexOf('-');
      const a = Number(dash < 0 ? part : part.slice(0, dash));
      const b = dash < 0 ? a : Number(part.slice(dash + 1));
      if (!Number.isInteger(a) || !Number.isInteger(b)) continue;
      for (let d = Math.max(0, a); d <= Math.min(99, b); d++) bits[base + (d >> 3)] |= 1 << (d & 7);
    }
  }
  regencySlot = slots;
  districtBits = bits;
}

export function isProvince(code: number): boolean {
  return PROVINCES.has(code);
}

/** rrrr, e.g. 3273 (Kota Bandung). */
export function isRegency(code: number): boolean {
  if (!regencySlot) decode();
  return code >= 0 && code < 10000 && regencySlot![code] !== 0;
}

/** rrrrdd, e.g. 327306. */
export function isDistrict(code: number): boolean {
  if (!regencySlot) decode();
  const reg = Math.floor(code / 100);
  if (reg < 0 || reg >= 10000) return false;
  const slot = regencySlot![reg];
  if (!slot) return false;
  const d = code % 100;
  return (districtBits![slot * BYTES_PER_SLOT + (d >> 3)] & (1 << (d & 7))) !== 0;
}
