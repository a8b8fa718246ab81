/**
 * Aggregate figures for the tone and neutrality layers (issue #14), in process (no CLI spawn):
 *   node --import tsx scripts/eval-learned.ts [--sens normal|high|low] [--sets blind,tune,dev,ibrohim,real,posts]
 * Prints only counts and rates per set and per kind — never individual cases (the blind split is scored only).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze/index';
import type { AnalyzerSettings } from '../lib/analyze/types';

const ROOT = join(import.meta.dirname, '..');
const SHARED = process.env.SARING_SHARED ?? join(ROOT, '../shared/eval');
const args = process.argv.slice(2);
const opt = (n: string, d: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const sens = opt('--sens', 'normal') as AnalyzerSettings['sensitivity'];
const want = new Set(opt('--sets', 'blind,tune,dev,ibrohim,real,posts').split(','));
const asJson = args.includes('--json');
const NOW = new Date('2026-11-22T09:00:00+07:00');
type Row = Record<string, unknown> & { text: string };
const rows = (p: string): Row[] =>
  existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row) : [];
const loud = (text: string, cat: string) =>
  analyze(text, { now: NOW, settings: { sensitivity: sens } as AnalyzerSettings }).some(
    (f) => f.category === cat && (f.severity === 'warning' || f.severity === 'danger'),
  );
const out: Record<string, unknown> = { sensitivity: sens };
const f3 = (x: number) => Math.round(x * 1000) / 1000;

function binary(name: string, rs: Row[], label: string, cat: string): void {
  let tp = 0, fp = 0, fn = 0;
  const kinds: Record<string, { n: number; hit: number }> = {};
  for (const r of rs) {
    const y = r[label] === true;
    const p = loud(r.text, cat);
    if (p && y) tp++;
    else if (p) fp++;
    else if (y) fn++;
    const k = String(r.kind ?? (y ? 'pos' : 'neg'));
    (kinds[k] ??= { n: 0, hit: 0 }).n++;
    if (p) kinds[k].hit++;
  }
  const P = tp + fp ? tp / (tp + fp) : 1, R = tp + fn ? tp / (tp + fn) : 1;
  out[name] = { P: f3(P), R: f3(R), F1: f3(P + R ? (2 * P * R) / (P + R) : 0), tp, fp, fn, kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, `${v.hit}/${v.n}`])) };
}
function alarms(name: string, rs: Row[]): void {
  let t = 0, n = 0;
  for (const r of rs) {
    const tn = loud(r.text, 'tone'), nn = loud(r.text, 'neutrality');
    if (tn) t++;
    if (nn) n++;
  }
  out[name] = { texts: rs.length, tone: t, neutrality: n, pct: f3((100 * (t + n)) / Math.max(1, rs.length)) };
}

const C = join(ROOT, 'tests/fixtures/corpus');
// "blind" = the first writers' blind split (the figures before 2026-12-06); "blind4" = the fourth writer's;
// "blind5a" / "blind5b" = the two writers of 2026-12-06 morning; "blindAll" = all together (the same for tune)
const WRITERS = ['4', '5a', '5b'];
for (const s of ['blind', 'tune']) {
  if (!want.has(s)) continue;
  const t1 = rows(join(C, s, 'tone.jsonl'));
  const n1 = rows(join(C, s, 'neutrality.jsonl'));
  binary(`${s}.tone`, t1, 'tone', 'tone');
  binary(`${s}.neutrality`, n1, 'neutrality', 'neutrality');
  const allT = [...t1], allN = [...n1];
  for (const w of WRITERS) {
    const tw = rows(join(C, s, `tone${w}.jsonl`)), nw = rows(join(C, s, `neutrality${w}.jsonl`));
    if (tw.length) binary(`${s}${w}.tone`, tw, 'tone', 'tone');
    if (nw.length) binary(`${s}${w}.neutrality`, nw, 'neutrality', 'neutrality');
    allT.push(...tw);
    allN.push(...nw);
  }
  if (allT.length > t1.length) binary(`${s}All.tone`, allT, 'tone', 'tone');
  if (allN.length > n1.length) binary(`${s}All.neutrality`, allN, 'neutrality', 'neutrality');
}
if (want.has('dev')) {
  binary('dev.tone', rows(join(SHARED, 'dev/tone.jsonl')), 'tone', 'tone');
  binary('dev.neutrality', rows(join(SHARED, 'dev/neutrality.jsonl')), 'neutrality', 'neutrality');
}
if (want.has('ibrohim')) {
  const ib = rows(join(SHARED, 'real/ibrohim2019-tone.jsonl'));
  for (const sp of ['dev', 'test']) {
    binary(`ibrohim.${sp}.abusive`, ib.filter((r) => r.split === sp).map((r) => ({ ...r, kind: undefined })), 'abusive', 'tone');
    delete (out[`ibrohim.${sp}.abusive`] as Record<string, unknown>).kinds;
  }
}
if (want.has('real')) alarms('real.official', rows(join(SHARED, 'real/official-posts.jsonl')));
if (want.has('posts')) {
  const P = join(ROOT, 'tests/fixtures/official-posts');
  alarms('posts.tune', ['clean', 'wide-tune', 'wide2-tune', 'relays-tune'].flatMap((f) => rows(join(P, f + '.jsonl'))));
  alarms('posts.blind', ['wide-blind', 'wide2-blind', 'relays-blind'].flatMap((f) => rows(join(P, f + '.jsonl'))));
}
if (asJson) console.log(JSON.stringify(out));
else for (const [k, v] of Object.entries(out)) console.log(k.padEnd(22), JSON.stringify(v));
