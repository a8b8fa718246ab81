/**
 * Adversarial inputs (issue 17): texts made of one repeated piece, the kind a paste or a bot produces.
 * analyze() must stay linear on every family and finish 100,000 characters in ≤ 100 ms.
 * Times are CPU time (process.cpuUsage), best of N, so other work on the machine barely moves them.
 */
import { analyze } from '../lib/analyze/index';

export const ADVERSARIAL: Record<string, string> = {
  'repeated 🖕': '🖕',
  'repeated 🖕 + space': '🖕 ',
  'mocking emoji': '🖕🙄🤡 ',
  'one digit': '7',
  'short numbers': '12345 ',
  'long digit runs': '3204110609870003 ',
  'phone numbers': '0812-3456-7890 ',
  dates: '12-05-1990 ',
  'dates in words': 'lahir 12 Mei 1990, ',
  insults: 'goblok ',
  'aimed insults': 'dasar bangsat! ',
  'full-width digits': '１２３４５６７８９０ ',
  '"a.n. rek" runs': 'a.n. rek ',
  'account holders': 'a.n. Budi rek BCA 1234567890 ',
  'one letter': 'a',
  dots: '....',
  'exclamations': '!!!! ',
  'all caps': 'ANJIIING ',
  'caps orders': 'JANGAN BACA INI!!! ',
  promises: 'akan kami perbaiki paling lambat Jumat depan. ',
  rumours: 'katanya viral sebarkan! ',
  hashtags: '#2024GantiPresiden ',
  'ticket names': 'Pilih Budi–Sari pemilu ',
  'blank lines': 'Pak\n\n',
  'lone surrogates': '\ud83d',
  links: 'wa.me/6281234567890 http://www.a.go.id ',
  addresses: 'Jl. Merdeka No. 5 RT 02/RW 03 ',
  'quoted words': '"bego" ',
  mixed: 'Pak, NIK 3204110609870003 katanya sudah viral, sebarkan! Akan kami cek besok. Dasar g0bl0k. ',
};

const NOW = new Date('2026-11-22T02:00:00Z');

export function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/**
 * CPU milliseconds of one analyze() call, best of `runs` (after one warm-up call). Every call gets a
 * new string (a leading space more), so no cache of the last text makes it look cheap.
 */
export function cpuMs(text: string, runs = 3): number {
  analyze(' ' + text, { now: NOW });
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = ' '.repeat(i + 2) + text;
    const c0 = process.cpuUsage();
    analyze(t, { now: NOW });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

export interface AdversarialRow {
  family: string;
  ms10k: number;
  ms100k: number;
  growth: number;
}

export function benchAdversarial(runs = 3): AdversarialRow[] {
  return Object.entries(ADVERSARIAL).map(([family, unit]) => {
    const ms10k = cpuMs(fill(unit, 10_000), runs);
    const ms100k = cpuMs(fill(unit, 100_000), runs);
    return { family, ms10k, ms100k, growth: ms100k / Math.max(ms10k, 0.5) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchAdversarial();
  for (const r of rows) console.log(`${r.family.padEnd(22)} 10k ${r.ms10k.toFixed(1).padStart(7)} ms   100k ${r.ms100k.toFixed(1).padStart(7)} ms   ×${r.growth.toFixed(1)}`);
  const worst = rows.reduce((a, b) => (b.ms100k > a.ms100k ? b : a));
  console.log(`worst: ${worst.family} ${worst.ms100k.toFixed(1)} ms`);
}
