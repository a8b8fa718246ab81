/**
 * pii.numbers, part 2: one finding per kind of digit identifier once classify() (numbers.ts) has read what
 * a value is — validation (checkNik, checkNpwp, nipValid, Luhn), context cues → confidence, and the mask.
 */
import type { RawFinding, RuleContext } from '../types';
import type { Cues } from './cues';
import { piiFinding } from './finding';
import { maskDigitsCompact, maskInPlace, maskPhone } from './mask';
import { orgNpwpMessage, type PiiKind } from './messages';
import { checkNik, checkNpwp, nipValid } from './validate';

export function maxYear(ctx: RuleContext): number {
  const y = ctx.now.getUTCFullYear();
  return Number.isFinite(y) ? y : 2100;
}

export function adjust(conf: number, cx: Cues): number {
  return cx.example ? conf - 0.4 : conf;
}

export function nikKk(ctx: RuleContext, start: number, end: number, d: string, cue: 'nik' | 'kk' | null, cx: Cues): RawFinding | null {
  const chk = checkNik(d);
  const kind: PiiKind = cue === 'kk' ? 'kk' : 'nik';
  if (!chk.structural) {
    // announced as NIK/KK but impossible: a typo or a made-up number, shown quietly
    return cue ? piiFinding(ctx, kind, start, end, adjust(0.3, cx), maskDigitsCompact(d, 4, 4)) : null;
  }
  let conf = 0.45;
  if (chk.regency) conf += 0.15;
  if (chk.district) conf += 0.1; // an unknown district (old or split region) lowers, never rejects
  if (cue) conf += 0.3;
  if (cx.person) conf += 0.05;
  if (chk.serialZero) conf -= 0.2;
  return piiFinding(ctx, kind, start, end, adjust(conf, cx), maskDigitsCompact(d, 4, 4));
}

export function npwp(ctx: RuleContext, start: number, end: number, d: string, raw: string, cued: boolean, formatted: boolean): RawFinding | null {
  let body = d;
  if (d.length === 16) {
    // since 2024: the NIK (individuals) or 0 + the old 15 digits
    if (d[0] === '0') body = d.slice(1);
    else {
      const chk = checkNik(d);
      return piiFinding(ctx, 'npwp', start, end, chk.structural ? 0.85 : 0.45, maskDigitsCompact(d, 4, 4));
    }
  }
  // 999.999.999.9-999.000 style: the tax office's placeholder for a buyer without an NPWP
  if (/^9{9}/.test(body)) return null;
  const chk = checkNpwp(body);
  // "CV Karya Mandiri, NPWP 35.6…", "NPWP Pemdes Sukorejo: 27.6…": a firm's or an office's NPWP
  const left = ctx.lower.slice(Math.max(0, start - 48), start);
  if (ORG_LEFT.test(left) && !NPWP_PERSON_LEFT.test(left)) return piiFinding(ctx, 'npwp', start, end, 0.3, undefined, orgNpwpMessage());
  if (chk.organisation) return piiFinding(ctx, 'npwp', start, end, 0.3, undefined, orgNpwpMessage());
  // a wrong check digit is a typo or not an NPWP: shown quietly, unless it is announced as an NPWP and written in
  // the NPWP layout 99.999.999.9-999.999 (a mistyped NPWP still points at its owner)
  let conf = chk.checkDigit ? 0.8 : cued && formatted ? 0.7 : 0.35;
  if (chk.checkDigit && cued) conf += 0.1;
  if (chk.checkDigit && formatted) conf += 0.05;
  return piiFinding(ctx, 'npwp', start, end, conf, maskInPlace(raw, 2, 3));
}

export function nip(ctx: RuleContext, start: number, end: number, d: string, raw: string, cued: boolean, formatted: boolean): RawFinding | null {
  const ok = nipValid(d, maxYear(ctx));
  let conf = ok ? 0.7 : 0.35;
  if (ok && cued) conf += 0.2;
  if (ok && formatted) conf += 0.05;
  return piiFinding(ctx, 'nip', start, end, conf, maskInPlace(raw, 0, 3));
}

export function bpjs(ctx: RuleContext, start: number, end: number, d: string, conf: number, cx: Cues): RawFinding | null {
  return piiFinding(ctx, 'bpjs', start, end, adjust(conf, cx), maskDigitsCompact(d, 0, 4));
}

export function card(ctx: RuleContext, start: number, end: number, d: string, conf: number, cx: Cues): RawFinding | null {
  return piiFinding(ctx, 'card', start, end, adjust(conf, cx), maskDigitsCompact(d, 6, 4));
}

/** accounts of institutions, foundations and companies are not personal data */
const ORG_WORDS =
  'kas (?:umum )?daerah|kas desa|kas negara|rkud|rekening resmi|rekening penampung|yayasan|pt|cv|pemkot|pemkab|pemda|pemprov|pemdes|pemerintah|dinas|instansi|bendahara|baznas|lazis(?:nu|mu)?|masjid|musala|gereja|panitia|posko|koperasi|bumdes|sekolah|komite|lembaga|badan|kantor|rsud|puskesmas|satgas|pkk|karang taruna|dkm' +
  '|kejaksaan|kejari|kejati|pengadilan|bapenda|bpkad|bpprd|dispenda|samsat|uptd|pdam|perumda|bumd|kpu|bawaslu|kecamatan|kelurahan|pemerintah desa|kas kelurahan';
export const ORG_LEFT = new RegExp(`(?<![a-z])(?:${ORG_WORDS})(?![a-z])`);
export const ORG_RIGHT = new RegExp(`^[^.;\\n]{0,8}(?:a\\.\\s?n\\.?|a\\/n|atas nama)\\s{0,2}(?:${ORG_WORDS})(?![a-z])`);
/** "rekening BPD a.n. Baznas Kota untuk zakat: 003…": the institution named before the value */
export const ORG_AN_LEFT = new RegExp(`(?:a\\.\\s?n\\.?|a\\/n|atas nama)\\s{0,2}(?:${ORG_WORDS})(?![a-z])[^.;\\n]{0,40}$`);

/** 5.1.02.01.01.0024: a budget account code (kode rekening belanja), five dotted groups or more */
const BUDGET_CODE = /^\d{1,2}(?:\.\d{1,4}){4,}$/;

export function bank(ctx: RuleContext, start: number, end: number, d: string, cx: Cues, from: number, to: number): RawFinding | null {
  if (BUDGET_CODE.test(ctx.text.slice(start, end))) return null;
  let conf = cx.bankStrong ? 0.82 : 0.55;
  const len = d.length;
  if (len === 10 || len === 13 || len === 15 || len === 16) conf += 0.05;
  const L = ctx.lower;
  if (ORG_RIGHT.test(L.slice(end, to)) || ORG_AN_LEFT.test(L.slice(from, start)) || (!cx.person && ORG_LEFT.test(L.slice(from, start)))) conf = 0.35;
  return piiFinding(ctx, 'bank_account', start, end, adjust(conf, cx), '*'.repeat(Math.max(0, len - 4)) + d.slice(len - 4));
}

/** an NPWP announced as a person's: "NPWP Bapak", "NPWP saya", "NPWP-nya", "a.n. Sdr. …" */
export const NPWP_PERSON_LEFT = /(?<![a-z])(?:bapak|ibu|pak|bu|saya|sy|aku|my|his|her|suami|istri|npwp-?nya|a\.\s?n\.?|atas nama|sdr|sdri|pribadi)(?![a-z])/;

/** the writer's or a relative's own number, right before the value */
export const OWN_BEFORE = /(?<![a-z])(?:my|saya|sy|aku|gue|gw|ibunya|bapaknya|ayahnya|istrinya|suaminya|anaknya|pribadi)(?![a-z])/;

/** a short service number (110, 112, 1500xxx, 14xxx, 165) right before, joined by "/", "atau", "or", "," */
const SERVICE_BESIDE = /(?:^|[^0-9])(?:1\d{2}|1\d{4}|1500\d{3})[ \t]{0,2}(?:\/|atau|or|,)[ \t]{0,2}$/;

export function phone(
  ctx: RuleContext,
  start: number,
  end: number,
  d: string,
  raw: string,
  kind: 'mobile' | 'fixed',
  intl: boolean,
  cx: Cues,
): RawFinding | null {
  let conf = kind === 'mobile' ? 0.6 : 0.3;
  if (cx.type === 'phone') conf += 0.15;
  // "my WhatsApp is +62…", "Ibunya di 0877…": a person's own number, whatever office is addressed in the post
  const own = OWN_BEFORE.test(ctx.lower.slice(Math.max(0, start - 24), start));
  if (cx.person || own) conf += 0.2;
  // "Call center 113 / 0812…", "Panggil 112 atau 0811…": a number given beside a hotline is the office's too
  const besideService = SERVICE_BESIDE.test(ctx.lower.slice(Math.max(0, start - 16), start));
  const official = besideService || (cx.official && !own);
  if (official) conf -= 0.35;
  conf = adjust(conf, cx);
  // the office's own hotline or official WhatsApp is published on purpose: no finding at all
  if (official && conf < 0.5) return null;
  return piiFinding(ctx, 'phone', start, end, conf, maskPhone(raw, d, intl));
}
