import type { Finding, Severity } from '@/lib/analyze/types';

export interface Segment {
  start: number;
  end: number;
  /** the strongest severity among the findings covering this piece, or null for plain text */
  severity: Severity | null;
  /** indexes into the findings array */
  findings: number[];
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, danger: 3 };

/** Cut the text into pieces at every finding edge; overlapping findings share a piece. */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  findings.forEach((f) => {
    if (f.end > f.start) {
      cuts.add(Math.max(0, Math.min(text.length, f.start)));
      cuts.add(Math.max(0, Math.min(text.length, f.end)));
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering: number[] = [];
    let sev: Severity | null = null;
    findings.forEach((f, k) => {
      if (f.start <= start && f.end >= end && f.end > f.start) {
        covering.push(k);
        if (!sev || RANK[f.severity] > RANK[sev]) sev = f.severity;
      }
    });
    const prev = out[out.length - 1];
    if (prev && prev.severity === null && sev === null) prev.end = end;
    else out.push({ start, end, severity: sev, findings: covering });
  }
  return out;
}
