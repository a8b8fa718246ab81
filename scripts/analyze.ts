/**
 * npm run --silent analyze < cases.jsonl > findings.jsonl   (contract §1)
 * One JSON line out per line in, same order; a bad line gets {id, line, error}; exit 1 if any was bad.
 */
import { createInterface } from 'node:readline';
import { analyze, DEFAULT_TZ_OFFSET_MINUTES } from '../lib/analyze/index';

/** "2026-11-22T09:00:00+07:00" → its offset in minutes east of UTC; Z → 0; none → default. */
export function offsetOf(iso: string): number {
  const m = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i.exec(iso.trim());
  if (!m) return DEFAULT_TZ_OFFSET_MINUTES;
  if (!m[1]) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = false;
  const out: string[] = [];
  const flush = () => {
    if (out.length) {
      process.stdout.write(out.join(''));
      out.length = 0;
    }
  };
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        throw new Error('not valid JSON');
      }
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new Error('a line must be a JSON object');
      const r = rec as Record<string, unknown>;
      id = r.id ?? null;
      if (typeof r.text !== 'string') throw new Error('missing "text" (a string)');
      let now: Date | undefined;
      let tz: number | undefined;
      if (r.now !== undefined && r.now !== null) {
        if (typeof r.now !== 'string' || Number.isNaN(Date.parse(r.now))) throw new Error('"now" is not an ISO date-time');
        now = new Date(r.now);
        tz = offsetOf(r.now);
      }
      const findings = analyze(r.text, { now, tzOffsetMinutes: tz });
      out.push(JSON.stringify({ id, findings }) + '\n');
    } catch (err) {
      bad = true;
      out.push(JSON.stringify({ id, line: lineNo, error: (err as Error).message }) + '\n');
    }
    if (out.length >= 256) flush();
  }
  flush();
  process.exitCode = bad ? 1 : 0;
}

void main();
