/**
 * Where a text names its source: a link to a trusted domain, "sumber: …", "menurut <lembaga> …",
 * "berdasarkan data <lembaga>", "sesuai Perda No. …". Vague attributions ("menurut data", "menurut
 * ahli", "kata orang") are not sources.
 */
import { beforeFirst, trimEndWhile } from '../text/trim';

export type SourceKind = 'link' | 'named' | 'law';

export interface SourceHit {
  start: number;
  end: number;
  kind: SourceKind;
  /** the domain, institution or regulation as written */
  label: string;
}

export interface LinkHit {
  start: number;
  end: number;
  host: string;
  trusted: boolean;
}

// A URL, or a bare domain with a known suffix. Linear: character classes with single quantifiers.
const LINK_RE =
  new RegExp('\\b(?:https?:\\/\\/|www\\.)[^\\s<>"\'()]+|\\b[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9][a-z0-9-]{0,62}){0,6}\\.(?:go\\.id|ac\\.id|or\\.id|co\\.id|' +
    'sch\\.id|desa\\.id|mil\\.id|net\\.id|web\\.id|my\\.id|com|org|net|int|gov|edu|info|id|io|co|ly|me|news|tv)\\b(?:\\/[^\\s<>"\'()]*)?', 'g');

/**
 * Where a bare domain's suffix can be: LINK_RE's final "\.(?:…)\b", the same list. A bare domain
 * must end at one of these; a URL starts with "http" or "www.". So LINK_RE can skip straight to
 * the run of [a-z0-9.-] that holds such a suffix (see nextLinkStart).
 */
const SUFFIX_DOT_RE = new RegExp('\\.(?:go\\.id|ac\\.id|or\\.id|co\\.id|sch\\.id|desa\\.id|mil\\.id|net\\.id|web\\.id|my\\.id|com|org|net|int|gov|edu|info|' +
  'id|io|co|ly|me|news|tv)\\b', 'g');
/** If someone edits one list and not the other, skipping is off and LINK_RE reads everything. */
const SUFFIX_IN_SYNC = LINK_RE.source.includes(SUFFIX_DOT_RE.source);

/** cheap pre-check: a URL scheme, www., or a dot between two word characters */
const LINK_GATE_RE = /[a-z0-9]\.[a-z]{2}|https?:|www\./;

/** The host of a link as matched (lower case). */
export function hostOf(link: string): string {
  let s = link.replace(/^https?:\/\//, '');
  const slash = s.search(/[/?#:]/);
  if (slash >= 0) s = s.slice(0, slash);
  s = trimEndWhile(s.replace(/^www\./, ''), '.');
  return s;
}

/** "go.id" trusts dinkes.kotabogor.go.id; "bps.go.id" trusts bps.go.id and www.bps.go.id. */
export function isTrustedHost(host: string, trusted: ReadonlyArray<string>): boolean {
  for (const t0 of trusted) {
    const t = beforeFirst(t0.trim().toLowerCase().replace(/^\*?\.?/, '').replace(/^https?:\/\//, ''), '/');
    if (!t || !t.includes('.')) continue;
    if (host === t || host.endsWith('.' + t)) return true;
  }
  return false;
}

/**
 * The earliest position at or after `from` where LINK_RE can match, or -1: the first "http" or
 * "www.", or the start of the run of [a-z0-9.-] holding the first domain suffix. Starting the
 * global regex there finds the same next link as starting it at `from`: it only skips text
 * that cannot start one. The positions found are kept in `seen` so that each part of the text is
 * searched once however many links it has (linear in the text).
 */
function nextLinkStart(lower: string, from: number, seen: LinkSearch): number {
  if (!SUFFIX_IN_SYNC) return from;
  if (seen.http !== -1 && seen.http < from) seen.http = lower.indexOf('http', from);
  if (seen.www !== -1 && seen.www < from) seen.www = lower.indexOf('www.', from);
  if (seen.suffix !== -1 && seen.suffix < from) {
    SUFFIX_DOT_RE.lastIndex = from;
    const m = SUFFIX_DOT_RE.exec(lower);
    seen.suffix = m === null ? -1 : m.index;
    if (m !== null) {
      let r = m.index;
      while (r > from && isDomainChar(lower.charCodeAt(r - 1))) r--;
      seen.suffixRun = r;
    }
  }
  let at = -1;
  if (seen.http !== -1) at = seen.http;
  if (seen.www !== -1 && (at === -1 || seen.www < at)) at = seen.www;
  if (seen.suffix !== -1) {
    const run = Math.max(seen.suffixRun, from);
    if (at === -1 || run < at) at = run;
  }
  return at;
}

/** Where the next "http", "www." and domain suffix are (-1: none left; -2: not looked yet). */
interface LinkSearch {
  http: number;
  www: number;
  suffix: number;
  /** the start of the run of [a-z0-9.-] that ends in `suffix` */
  suffixRun: number;
}

/** a-z, 0-9, "-" and "." (what a domain is made of) */
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

export function findLinks(lower: string, trusted: ReadonlyArray<string>): LinkHit[] {
  const out: LinkHit[] = [];
  if (!LINK_GATE_RE.test(lower)) return out;
  const seen: LinkSearch = { http: -2, www: -2, suffix: -2, suffixRun: 0 };
  let m: RegExpExecArray | null;
  for (let at = nextLinkStart(lower, 0, seen); at !== -1; at = nextLinkStart(lower, LINK_RE.lastIndex, seen)) {
    LINK_RE.lastIndex = at;
    if ((m = LINK_RE.exec(lower)) === null) break;
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?]/.test(lower[end - 1])) end--;
    const host = hostOf(lower.slice(m.index, end));
    // "Rp48.000" or "3.5" never reach here (they need a letter suffix); skip "a.n" style pieces
    if (!host.includes('.')) continue;
    out.push({ start: m.index, end, host, trusted: isTrustedHost(host, trusted) });
  }
  return out;
}

// "sumber: BPS", "source: …", "(sumber BPS)", "cek: …", "baca: …", "info lengkap: …"
const SUMBER_RE = /(?:sumber|source|sources|referensi|rujukan|dikutip dari|disadur dari|data dari|data)\s?:\s?(?=\S)/y;
// attribution verbs followed by an optional generic document word, then (checked in code) an institution
const ATTRIB_RE =
  new RegExp('(?:menurut|berdasarkan|berdasar|mengutip|merujuk(?: pada| ke)?|mengacu(?: pada| ke)?|sesuai(?: dengan)?|seperti (?:dirilis|diumumkan|' +
    'disampaikan)(?: oleh)?|dirilis oleh|diumumkan oleh|according to|based on|citing|per|as reported by|as announced by|data|rilis|' +
    'laporan)\\s(?:(?:the\\s)?(?:data|rilis|laporan|keterangan|catatan|hasil|survei|survey|siaran pers|pengumuman|informasi|info|publikasi|kajian|' +
    'penelitian|riset|report|data from|figures from|release from|statement from|update from|pernyataan|rekap|rekapitulasi|pantauan|pemantauan|uji lab|' +
    'surat|official)\\s)?(?:(?:resmi|terbaru|terkini|sementara|mingguan|bulanan|tahunan|harian|official|weekly|monthly|latest|the)\\s){0,2}', 'y');
// a numbered regulation: "Perda No. 3 Tahun 2024", "UU 27/2022", "Perpres Nomor 12", "SE MenPAN-RB 137/2018"
const LAW_RE =
  new RegExp('(?:uu|undang-undang|perpu|perppu|perpres|perda|perwal|perwali|perbup|pergub|permen[a-z-]*|peraturan(?: menteri| daerah| wali kota| walikota|' +
    ' bupati| gubernur| presiden| pemerintah)|pp|keppres|kepres|kepmen[a-z-]*|kepgub|kepbup|kepwal|inpres|instruksi presiden|se|surat edaran|pmk|' +
    'kmk)(?:\\s[a-z-]{2,20}){0,3}[\\s-]?(?:(?:no\\.?|nomor|nr\\.?)\\s?\\d{1,4}(?:\\s?(?:\\/|tahun|th\\.?|thn)\\s?(?:19|20)\\d\\d)?|\\d{1,4}\\s?(?:\\/|' +
    'tahun|th\\.?|thn)\\s?(?:19|20)\\d\\d)', 'y');
/** Words that start institutions or official documents (lower case). */
const INSTITUTION_RE =
  new RegExp('^(?:kementerian|kemen[a-z]+|kemenkes|kemensos|kemendagri|kemendikbud|kominfo|komdigi|dinas|dinkes|disdukcapil|dukcapil|disdik|dishub|dinsos|' +
    'bapenda|bappeda|bappenas|badan|bps|bmkg|bpbd|bnpb|bpom|bkn|bpjs|bi|ojk|kpu|kpud|bawaslu|kpk|polri|polda|polres|polsek|kepolisian|tni|kejaksaan|kejari|' +
    'kejati|pengadilan|ma|mk|dpr|dprd|mpr|pemkot|pemkab|pemprov|pemda|pemerintah (?:kota|kabupaten|provinsi|daerah|pusat)|setda|sekretariat|biro|humas|' +
    'ppid|puskesmas|rsud|rumah sakit|pln|pdam|perumda|pertamina|kai|bumn|lipi|brin|ibi|idi|mui|who|unicef|world health|cdc|un|pbb|world bank|bank dunia|' +
    'imf|satgas|gugus tugas|kantor|direktorat|ditjen|dirjen|lembaga|komisi|ombudsman|lapor|sp4n|nasa|city|the city|the ministry|ministry|department|dept|' +
    'office|the office|national|statistics|health office|agency|bureau|bank indonesia|survei kepuasan|panel harga|sensus|susenas|riskesdas|ssgi|ssgbi|sipd|' +
    'perbup|perwal|perwali|perda|pergub|perpres|permen[a-z]*|peraturan|undang-undang|uu|keputusan|surat edaran|juknis|juklak)\\b');
/** A regional office's short name: Disperindag, Diskominfo, Dispora, Disnakertrans (capitalised in the text). */
const DINAS_NAME_RE = /^dis[a-z]{3,14}\b/;
/** Officials whose statement is an attribution: "Menurut Kepala Dinas …", "Menurut Bupati …". */
const OFFICIAL_RE = new RegExp('^(?:kepala|kadis|kadin|sekda|sekretaris|juru bicara|jubir|direktur|dirut|kapolres|kapolda|kapolri|kapolsek|dandim|danrem|' +
  'camat|lurah|kades|bupati|wakil bupati|wali ?kota|wakil wali ?kota|gubernur|wakil gubernur|menteri|presiden|ketua|kabag|kasubag|kabid|plt|pj|' +
  'spokesperson|head|director|minister|mayor|governor|chief|the head)\\b');
/** Attributions that name nobody in particular. */
const VAGUE_AFTER_RE =
  new RegExp('^(?:saya|aku|gue|gua|gw|kami|kita|dia|beliau|mereka|ahli|pakar|para|warga|orang|netizen|sumber|kabar|info|teman|temen|kawan|tetangga|dokter|' +
    'seorang|salah satu|banyak|beberapa|penelitian|riset|studi|peneliti|ilmuwan|experts?|scientists?|studies|research|some|many|people|a |an |my|our|me|us|' +
    'i |we )\\b');

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** All sources named in the text. `text` is the original (for capitalisation), `lower` the folded view. */
export function findSources(
  text: string,
  lower: string,
  links: ReadonlyArray<LinkHit>,
  trustedNames: ReadonlyArray<string>,
  triggers: ReadonlyArray<{ kind: string; start: number }>,
): SourceHit[] {
  const out: SourceHit[] = [];
  let linkAt: Map<number, LinkHit> | undefined;
  for (const l of links) if (l.trusted) out.push({ start: l.start, end: l.end, kind: 'link', label: l.host });
  for (const t of triggers) {
    if (t.kind === 'sumber') {
      SUMBER_RE.lastIndex = t.start;
      const m = SUMBER_RE.exec(lower);
      if (!m) continue;
      const after = m.index + m[0].length;
      const rest = lower.slice(after, after + 40);
      if (VAGUE_AFTER_RE.test(rest)) continue;
      const stop = rest.search(/[)\].;\n]/);
      const end = after + (stop > 0 ? stop : Math.min(rest.length, 30));
      // an untrusted short link alone ("sumber: t.co/x") is not a source
      linkAt ??= new Map(links.map((k) => [k.start, k]));
      const l = linkAt.get(after);
      if (l && !l.trusted) continue;
      out.push({ start: m.index, end, kind: 'named', label: text.slice(after, end).trim() });
    } else if (t.kind === 'attrib') {
      ATTRIB_RE.lastIndex = t.start;
      const m = ATTRIB_RE.exec(lower);
      if (!m) continue;
      const after = m.index + m[0].length;
      const rest = lower.slice(after, after + 48);
      if (VAGUE_AFTER_RE.test(rest)) continue;
      const cue = m[0].trim();
      const bareDocWord = /^(?:data|rilis|laporan)$/.test(cue);
      const c = text.charCodeAt(after);
      // an institution word, an acronym (BPS, BMKG, Dinkes), or a capitalised name
      const acronym = isUpper(c) && after + 1 < text.length && isUpper(text.charCodeAt(after + 1));
      // regional offices go by "Dis…" names: Disperindag, Diskominfo, Disnakertrans
      const inst = INSTITUTION_RE.test(rest) || (isUpper(c) && DINAS_NAME_RE.test(rest));
      const named = !bareDocWord && isUpper(c) && OFFICIAL_RE.test(rest);
      const trustedName = trustedNames.some((nm) => nm && rest.startsWith(nm));
      if (!(acronym || inst || named || trustedName)) continue;
      // "data" / "rilis" / "laporan" on their own only count before an acronym or institution
      if (bareDocWord && !(acronym || inst || trustedName)) continue;
      const stop = rest.search(/[,.;:()\n]|\s(?:bahwa|that|yang|yg|menyebut|menyatakan|said|says)\b/);
      const end = after + (stop > 0 ? stop : Math.min(rest.length, 32));
      out.push({ start: m.index, end, kind: 'named', label: text.slice(after, end).trim() });
    } else if (t.kind === 'lawRef') {
      LAW_RE.lastIndex = t.start;
      const m = LAW_RE.exec(lower);
      if (!m) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'law', label: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return out;
}
