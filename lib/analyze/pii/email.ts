/**
 * pii.email: addresses, also written to dodge scrapers ("nama [at] yahoo.co.id", "(at)", "[dot]").
 * Found by scanning for '@' / at-tokens and expanding left and right by hand (bounded, linear), not
 * by a regex with a long local-part class that would re-scan every start position.
 * Institutional mail (*.go.id, *.ac.id, humas@, ppid@ …) is info; free mail with a person-like name
 * is an alert.
 */
import type { RawFinding, RuleContext } from '../types';
import { piiFinding } from './finding';
import { maskEmail } from './mask';
import { trimEndWhile } from '../text/trim';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 120;

/** "[at]", "(at)", "{at}", "[@]", "(@)" with optional surrounding spaces; " at " handled separately */
const AT_TOKEN = /[[({](?:at|@)[\])}]/g;
const DOT_TOKEN = /^\s?[[({]dot[\])}]\s?|^\s(?:dot|titik)\s/;

const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.id',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'outlook.co.id',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'yandex.com',
  'mail.com',
  'gmx.com',
  'zoho.com',
  'plasa.com',
  'telkom.net',
]);
const INSTITUTIONAL = /\.(?:go\.id|ac\.id|sch\.id|mil\.id|desa\.id|or\.id|gov|edu|int)$|^(?:go|ac|sch|mil|desa)\.id$/;
const EXAMPLE_DOMAIN = /^(?:example\.(?:com|org|net|id)|contoh\.(?:com|id|co\.id)|domain\.(?:com|id)|email\.com|domainanda\.com|namadomain\.com|test\.com|mailinator\.com)$/;
const ROLE_WORDS = new Set(
  'humas ppid pengaduan aduan info informasi admin administrator cs layanan kontak contact helpdesk support sekretariat sekre setda redaksi noreply no-reply office kantor dinas official resmi halo hello hallo customer care marketing sales hrd rekrutmen recruitment lapor bantuan ppdb tu bendahara keuangan umum kepegawaian surat mail email webmaster postmaster puskesmas desa kelurahan kecamatan pemkot pemkab pemda diskominfo kominfo dinkes dinsos dukcapil disdukcapil bkpsdm bpbd rsud humaspemkot media press pers protokol callcenter'.split(
    ' ',
  ),
);
const EXAMPLE_LOCAL = new Set(['nama', 'namaanda', 'nama.anda', 'user', 'username', 'email', 'contoh', 'example', 'xxx', 'abc', 'test', 'namakamu', 'akun']);

function isLocalC(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isLabelC(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

export function scanEmails(ctx: RuleContext, out: RawFinding[]): void {
  const L = ctx.lower;
  const hasAt = L.indexOf('@') >= 0;
  const hasToken = L.indexOf('at]') >= 0 || L.indexOf('at)') >= 0 || L.indexOf('at}') >= 0 || L.indexOf('@]') >= 0 || L.indexOf('@)') >= 0;
  if (!hasAt && !hasToken) return;
  let lastEnd = 0;
  // plain '@'
  if (hasAt) {
    for (let i = L.indexOf('@'); i >= 0; i = L.indexOf('@', i + 1)) {
      if (i < lastEnd) continue;
      // "[@]" / "(@)" are tokens, handled below
      const pc = i > 0 ? L.charCodeAt(i - 1) : 0;
      if (pc === 91 || pc === 40 || pc === 123) continue;
      const end = tryEmail(ctx, i, i + 1, false, out);
      if (end > 0) lastEnd = end;
    }
  }
  if (hasToken) {
    AT_TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AT_TOKEN.exec(L)) !== null) {
      if (m.index < lastEnd) continue;
      const end = tryEmail(ctx, m.index, m.index + m[0].length, true, out);
      if (end > 0) lastEnd = end;
    }
  }
}

/** Try an address around the at-sign (or token) [atS, atE). Returns the end offset when one was emitted. */
function tryEmail(ctx: RuleContext, atS: number, atE: number, token: boolean, out: RawFinding[]): number {
  const L = ctx.lower;
  const n = L.length;
  // local part
  let ls = atS;
  if (token && ls > 0 && L.charCodeAt(ls - 1) === 32) ls--;
  const localEnd = ls;
  while (ls > 0 && localEnd - ls < MAX_LOCAL && isLocalC(L.charCodeAt(ls - 1))) ls--;
  while (ls < localEnd && (L.charCodeAt(ls) === 46 || L.charCodeAt(ls) === 45)) ls++; // no leading dot
  if (ls >= localEnd) return 0;
  if (ls > 0 && (L.charCodeAt(ls - 1) === 47 || L.charCodeAt(ls - 1) === 58)) return 0; // URL user-info
  const local = L.slice(ls, localEnd);
  // domain: labels joined by '.' or a dot-token
  let p = atE;
  if (token && p < n && L.charCodeAt(p) === 32) p++;
  const labels: string[] = [];
  let domEnd = p;
  while (p < n && p - atE < MAX_DOMAIN) {
    const ls2 = p;
    while (p < n && p - ls2 < 63 && isLabelC(L.charCodeAt(p))) p++;
    if (p === ls2) break;
    labels.push(L.slice(ls2, p));
    domEnd = p;
    if (p < n && L.charCodeAt(p) === 46 && p + 1 < n && isLabelC(L.charCodeAt(p + 1))) {
      p++;
      continue;
    }
    if (token || L.charCodeAt(p) === 32 || L.charCodeAt(p) === 91 || L.charCodeAt(p) === 40) {
      const m = DOT_TOKEN.exec(L.slice(p, p + 8));
      if (m && p + m[0].length < n && isLabelC(L.charCodeAt(p + m[0].length))) {
        p += m[0].length;
        continue;
      }
    }
    break;
  }
  if (labels.length < 2) return 0;
  const tld = labels[labels.length - 1];
  if (tld.length < 2 || !/^[a-z]+$/.test(tld)) return 0;
  const domain = labels.join('.');
  const localTrim = trimEndWhile(local, '.-');
  if (!localTrim) return 0;

  let conf: number;
  if (EXAMPLE_DOMAIN.test(domain) || EXAMPLE_LOCAL.has(localTrim)) conf = 0.1;
  else if (INSTITUTIONAL.test(domain)) {
    // the office's own mail (*.go.id, *.ac.id …) is published on purpose: no finding at all
    return domEnd;
  } else {
    const role = isRoleLocal(localTrim);
    const free = FREE_MAIL.has(domain);
    if (free) conf = role ? 0.4 : 0.85;
    else if (role) return domEnd; // humas@, pengaduan@ … on the office's own domain
    else conf = 0.6;
  }
  const f = piiFinding(ctx, 'email', ls, domEnd, conf, maskEmail(localTrim, domain));
  if (f) out.push(f);
  return domEnd;
}

function isRoleLocal(local: string): boolean {
  if (ROLE_WORDS.has(local)) return true;
  const parts = local.split(/[._+\-\d]+/);
  for (const p of parts) if (p && ROLE_WORDS.has(p)) return true;
  return false;
}

/** For tests. */
export const EMAIL_REGEXES: RegExp[] = [AT_TOKEN, DOT_TOKEN, INSTITUTIONAL, EXAMPLE_DOMAIN];
