/**
 * The plumbing every Saring date parser shares: a chrono-node Parser from a regex and a function that
 * resolves it against the writer's LOCAL calendar date, with Saring's tags (precision, past, deadline).
 */
import type { Parser, ParsingResult } from 'chrono-node/id';
import { compare, localDateOf, type LocalDate } from './calendar';

export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Ctx = Parameters<Parser['pattern']>[0];
export type Today = LocalDate & { hour: number };

export interface Out {
  date: LocalDate;
  precision: Precision;
  past?: boolean;
  deadline?: boolean;
  tag?: string;
}

export const L = '(?<![\\p{L}\\p{N}])';
export const R = '(?![\\p{L}\\p{N}])';

const todays = new WeakMap<object, Today>();
export function todayOf(ctx: Ctx): Today {
  let t = todays.get(ctx);
  if (!t) {
    const ref = ctx.reference;
    t = localDateOf(ref.instant, typeof ref.timezoneOffset === 'number' ? ref.timezoneOffset : 420);
    todays.set(ctx, t);
  }
  return t;
}

export function make(source: string, fn: (m: RegExpExecArray, today: Today, ctx: Ctx) => Out | null): Parser {
  const re = new RegExp(`${L}(?:${source})${R}`, 'iu');
  return {
    pattern: () => re,
    extract(ctx, match) {
      let out: Out | null;
      try {
        out = fn(match as RegExpExecArray, todayOf(ctx), ctx);
      } catch {
        return null;
      }
      if (!out) return null;
      const r: ParsingResult = ctx.createParsingResult(match.index ?? 0, match[0], { year: out.date.y, month: out.date.m, day: out.date.d });
      r.addTag(`saring:p:${out.precision}`);
      if (out.past) r.addTag('saring:past');
      if (out.deadline) r.addTag('saring:deadline');
      if (out.tag) r.addTag(out.tag);
      return r;
    },
  };
}

export const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
export const isPast = (x: LocalDate, today: LocalDate) => compare(x, today) < 0;

