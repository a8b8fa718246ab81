/**
 * ASN political neutrality (SKB 2022): a civil servant's account may not campaign for or against a
 * candidate or party — no "pilih nomor 2", no support or attacks, no campaign hashtags, no requests
 * to like or share campaign content, no candidate hand signs. Neutral election information passes
 * ("Lokasi TPS bisa dicek…", "ASN dilarang…"). The election's own candidates, parties, slogans and
 * hashtags come from settings.neutralityTerms.
 */
import type { RawFinding, Rule, RuleContext } from '../types';
import { memoLast } from '../text/memo';
import { compile, runPatterns } from '../text/phrases';
import { KIND_HASHTAG, KIND_PUNCT, KIND_WORD, type Tok } from '../text/tokens';
import { isWordCode } from '../text/words';
import { NEUTRALITY_PATTERNS, type NeutralityPattern } from './patterns';
import { NEUTRALITY_MESSAGES as MSG } from './messages';
import { MAX_PER_RULE, SpanIndex } from '../limits';

const PATTERNS = compile<NeutralityPattern>(NEUTRALITY_PATTERNS);

/** Regulatory or reporting sentences: neutral information about the rules, not a campaign. */
const GUARD = new Set(
  ('dilarang larangan melanggar pelanggaran ditertibkan menertibkan penertiban bawaslu sanksi mengimbau diimbau imbauan netralitas netral laporkan dugaan ' +
    'aturan sesuai regulasi prohibited banned').split(
    ' ',
  ),
);
/** Words of support or a call to act, used with candidate names and the office's own terms. */
const SUPPORT = new Set(
  ('pilih pilihlah coblos dukung mendukung dukunglah menangkan memenangkan kawal unggul menang jagoan relawan pemenangan gabung ayo yuk mari follow ikuti ' +
    'like share retweet repost sebarkan ramaikan vote support win deserves lanjutkan terbaik hebat hidup jaya 👍 ✌').split(
    ' ',
  ),
);

/** Words that place a post in an election: without one, a pair of capitalised words is a menu path or a place. */
const ELECTION = new Set(
  ('pemilu pilkada pilpres pileg pilgub pilbup pilwalkot pilkades pemilihan paslon capres cawapres cagub cawagub cabup cawabup cawalkot calon kandidat ' +
    'kampanye relawan pemenangan coblos nyoblos tps dpt partai koalisi periode menang memenangkan menangkan election candidate campaign vote').split(
    ' ',
  ),
);

/**
 * Per-run token index, built once: each token's sentence (bounded by . ! ?), and running counts of
 * GUARD and SUPPORT words, so a hit's sentence and "any guard word in it" are lookups, not walks.
 */
/** Built on the first question asked of it: most posts have no phrase, ticket or watched term to check. */
class TokIndex {
  private sentA: Int32Array | null = null;
  private sentB!: Int32Array;
  private guard!: Int32Array;
  private support!: Int32Array;
  constructor(private readonly toks: Tok[]) {}
  private build(): Int32Array {
    const toks = this.toks;
    const n = toks.length;
    const sentA = (this.sentA = new Int32Array(n));
    const sentB = (this.sentB = new Int32Array(n));
    const guard = (this.guard = new Int32Array(n + 1));
    const support = (this.support = new Int32Array(n + 1));
    let a = 0;
    for (let t = 0; t < n; t++) {
      if (t > 0 && isEnd(toks[t - 1])) a = t;
      sentA[t] = a;
      const tk = toks[t];
      guard[t + 1] = guard[t] + (GUARD.has(tk.n) || GUARD.has(tk.w) ? 1 : 0);
      support[t + 1] = support[t] + (SUPPORT.has(tk.n) || SUPPORT.has(tk.w) ? 1 : 0);
    }
    let b = n - 1;
    for (let t = n - 1; t >= 0; t--) {
      if (t + 1 < n && isEnd(toks[t + 1])) b = t;
      sentB[t] = b;
    }
    return sentA;
  }
  sentenceOf(t: number): [number, number] {
    const sentA = this.sentA ?? this.build();
    return [sentA[t], this.sentB[t]];
  }
  /** any GUARD (or SUPPORT) word among tokens a..b */
  anyGuard(a: number, b: number): boolean {
    if (!this.sentA) this.build();
    return this.guard[b + 1] - this.guard[a] > 0;
  }
  anySupport(a: number, b: number): boolean {
    if (!this.sentA) this.build();
    return this.support[b + 1] - this.support[a] > 0;
  }
}

function isEnd(tk: Tok): boolean {
  return tk.k === KIND_PUNCT && (tk.w === '.' || tk.w === '!' || tk.w === '?');
}

/** The sentence ending at token b is a question. */
function isQuestion(toks: Tok[], b: number): boolean {
  const next = toks[b + 1];
  return next !== undefined && next.k === KIND_PUNCT && next.w === '?';
}

/** index of the first token with s >= pos (or e > pos when byEnd), -1 when none: binary search */
function tokenAt(toks: Tok[], pos: number, byEnd: boolean): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byEnd ? toks[mid].e > pos : toks[mid].s >= pos)) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/** one finding per place across these rules (an index, not a scan), at most MAX_PER_RULE per rule */
interface Taken {
  spans: SpanIndex;
  count: Map<string, number>;
}
function add(out: RawFinding[], taken: Taken, rule: string, start: number, end: number, text: string, severity: 'warning' | 'info' = 'warning'): void {
  const n = taken.count.get(rule) ?? 0;
  if (n >= MAX_PER_RULE || taken.spans.overlaps(start, end)) return;
  taken.spans.add(start, end);
  taken.count.set(rule, n + 1);
  out.push({ rule, category: 'neutrality', severity, start, end, msg: MSG[rule](text.slice(start, end)) });
}

/** Paired names of a candidate ticket: "Budi–Sari", "Hendra-Wati". Common pairs (days, places) are not names. */
const PAIR = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,})\s?[–—-]\s?(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu;
const NOT_NAMES = new Set(
  ('senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember ' +
    'jawa bali sumatra sumatera kalimantan sulawesi papua jakarta bogor bandung depok bekasi tangerang surabaya medan sabang merauke utara selatan barat ' +
      'timur tengah ' +
    'pusat daerah kota kabupaten provinsi desa kelurahan kecamatan pagi siang sore malam').split(' '),
);

const CAMPAIGN_TAG = new RegExp('(?:pilih|dukung|menang|coblos|lanjut|periode|gantipresiden|tetap|paslon|capres|cagub|cabup|nomor|presiden20|' +
  'for ?president|for ?presiden)', 'i');
const COMMON_SEGMENTS = new Set(
  ('lawan kita jaga hadapi membangun bangun pulih bisa sehat kuat maju covid indonesia lindungi cegah perangi warga rakyat masyarakat pemuda anak guru ' +
    'negeri bangsa semua lebih baik hebat bersih hijau aman damai').split(
    ' ',
  ),
);

function campaignHashtag(tag: string, amplified: boolean): boolean {
  const body = tag.slice(1);
  if (/\d{4}\s?(?:ganti|tetap)/i.test(body) || /(?:ganti|tetap)\s?presiden/i.test(body) || /\d\s?periode/i.test(body)) return true;
  if (!amplified) return false;
  if (CAMPAIGN_TAG.test(body)) return true;
  // #KotaBersamaBudiSari: "Bersama"/"For" followed by names, not by common words
  const segs = body.split(/(?=[A-Z])/);
  const i = segs.findIndex((s) => /^(?:bersama|for|untuk|with)$/i.test(s));
  if (i < 0 || i === segs.length - 1) return false;
  const rest = segs.slice(i + 1);
  return rest.every((s) => /^[A-Z][a-z]{2,}$/.test(s) && !COMMON_SEGMENTS.has(s.toLowerCase()));
}

const termsOf = memoLast((list: string[]): string[] =>
  list
    .filter((t) => typeof t === 'string')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length >= 2),
);

function run(ctx: RuleContext): RawFinding[] {
  const { text, lower } = ctx;
  const view = ctx.tokens;
  const toks = view.toks;
  const out: RawFinding[] = [];
  const taken: Taken = { spans: new SpanIndex(), count: new Map() };
  const ix = new TokIndex(toks);

  // 1. phrases
  let postGuarded: boolean | null = null;
  for (const h of runPatterns(PATTERNS, toks, view)) {
    const [a, b] = ix.sentenceOf(h.a);
    if (h.def.rule !== 'neutrality.hand_sign' && ix.anyGuard(a, b)) continue;
    // a question about the rules answered in the same post ("ASN boleh ikut kampanye? Nggak boleh! ASN wajib netral")
    if (h.def.rule !== 'neutrality.hand_sign' && isQuestion(toks, b) && (postGuarded ??= ix.anyGuard(0, toks.length - 1))) continue;
    add(out, taken, h.def.rule, toks[h.a].s, toks[h.b].e, text);
  }

  // 2. campaign hashtags
  let amplified = false;
  for (const t of toks)
    if (t.k === KIND_WORD && (t.w === 'trending' || t.w === 'tagar' || t.w === 'ramaikan' || t.w === 'gaungkan' || t.w === 'hashtag' || t.w === 'trend')) {
      amplified = true;
      break;
    }
  for (let t = 0; t < toks.length; t++) {
    if (toks[t].k !== KIND_HASHTAG) continue;
    const tag = text.slice(toks[t].s, toks[t].e);
    if (campaignHashtag(tag, amplified)) add(out, taken, 'neutrality.hashtag', toks[t].s, toks[t].e, text);
  }

  // 3. a ticket's paired names with support ("Pilih Ratna–Joko!", "gabung relawan Hendra–Wati")
  if ((text.includes('–') || text.includes('-') || text.includes('—')) && toks.some((t) => ELECTION.has(t.n) || ELECTION.has(t.w))) {
    PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PAIR.exec(text))) {
      if (NOT_NAMES.has(m[1].toLowerCase()) || NOT_NAMES.has(m[2].toLowerCase())) continue;
      const t = tokenAt(toks, m.index, false);
      if (t < 0) continue;
      const [a, b] = ix.sentenceOf(t);
      if (ix.anyGuard(a, b)) continue;
      if (ix.anySupport(a, b) || ix.anySupport(Math.max(0, a - 12), a)) add(out, taken, 'neutrality.candidate_support', m.index, m.index + m[0].length, text);
    }
  }

  // 4. the office's list of candidates, parties, slogans and hashtags
  const terms = ctx.settings.neutralityTerms?.length ? termsOf(ctx.settings.neutralityTerms) : null;
  if (terms) {
    for (const term of terms) {
      let from = 0;
      let i: number;
      while ((i = lower.indexOf(term, from)) >= 0) {
        from = i + term.length;
        const before = i > 0 ? lower.charCodeAt(i - 1) : 32;
        const after = from < lower.length ? lower.charCodeAt(from) : 32;
        if ((isWordCode(before) && term[0] !== '#') || isWordCode(after)) continue;
        const t = tokenAt(toks, i, true);
        const [a, b] = t >= 0 ? ix.sentenceOf(t) : [0, toks.length - 1];
        const guarded = t >= 0 && ix.anyGuard(a, b);
        const backed = term[0] === '#' || (t >= 0 && ix.anySupport(a, b));
        add(out, taken, 'neutrality.' + (backed && !guarded ? 'term' : 'mention'), i, from, text, backed && !guarded ? 'warning' : 'info');
      }
    }
  }
  return out;
}

export const neutralityRules: Rule[] = [{ id: 'neutrality', category: 'neutrality', run }];
