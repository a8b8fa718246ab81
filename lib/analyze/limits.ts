/**
 * Limits that keep analyze() linear on any input (issue 17).
 * MAX_PER_RULE: no rule id yields more than this many findings; nobody reads the 101st card, and a
 * pasted wall of emoji must not cost seconds. SpanIndex: "does this span overlap one already taken?"
 * in O(log n) instead of a scan over earlier findings.
 */
export const MAX_PER_RULE = 100;

/** Disjoint half-open spans kept sorted; overlap lookup by binary search. */
export class SpanIndex {
  private s: number[] = [];
  private e: number[] = [];

  get size(): number {
    return this.s.length;
  }

  /** first index whose end is after `start` */
  private firstEndingAfter(start: number): number {
    let lo = 0;
    let hi = this.e.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.e[mid] > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** true when [start, end) overlaps a span already added */
  overlaps(start: number, end: number): boolean {
    const n = this.s.length;
    if (n === 0) return false;
    if (this.e[n - 1] <= start) return false; // the common case: left to right
    const i = this.firstEndingAfter(start);
    return i < n && this.s[i] < end;
  }

  /** add a span that overlaps none already added (callers check `overlaps` first) */
  add(start: number, end: number): void {
    const n = this.s.length;
    if (n === 0 || this.e[n - 1] <= start) {
      this.s.push(start);
      this.e.push(end);
      return;
    }
    const i = this.firstEndingAfter(start);
    this.s.splice(i, 0, start);
    this.e.splice(i, 0, end);
  }
}

/**
 * Possibly overlapping spans, built once: "does any span overlap [start, end)?" by binary search over
 * the starts and a running maximum of the ends.
 */
export class StaticSpans {
  private starts: number[];
  private maxEnd: number[];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = spans.slice().sort((a, b) => a.start - b.start);
    this.starts = sorted.map((x) => x.start);
    this.maxEnd = [];
    let m = -Infinity;
    for (const x of sorted) this.maxEnd.push((m = Math.max(m, x.end)));
  }

  overlaps(start: number, end: number): boolean {
    // k = number of spans starting before `end`
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > start;
  }
}
