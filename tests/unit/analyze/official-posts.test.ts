/**
 * False alarms on an office's everyday posts, and recall on posts that do need a source.
 * tests/fixtures/official-posts/ holds 150 ordinary official posts (service hours, closures, outages,
 * weather, events, disaster updates by the office's own staff, greetings, sourced figures, polite
 * replies) and 60 that carry a claim needing a source. They were written for Saring by someone who
 * had not read the rules, as a check on how the rules generalise; half of the clean posts were used
 * while tuning the claim rules, the other half only to measure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';

const NOW = new Date('2026-12-03T01:00:00Z');
const load = (name: string) =>
  readFileSync(resolve(process.cwd(), 'tests/fixtures/official-posts', name), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string; kind: string });
const alerts = (text: string) => analyze(text, { now: NOW }).filter((f) => f.severity !== 'info');

describe('an office’s everyday posts', () => {
  const clean = load('clean.jsonl');
  it('never raise a personal-data, tone or neutrality alert', () => {
    const noisy = clean.filter((p) => alerts(p.text).some((f) => f.category !== 'claim' && f.category !== 'commitment'));
    expect(noisy.map((p) => p.id)).toEqual([]);
  });
  it('rarely raise a claim alert (at most one post in five)', () => {
    const flagged = clean.filter((p) => alerts(p.text).some((f) => f.category === 'claim'));
    expect(flagged.length / clean.length).toBeLessThanOrEqual(0.2);
  });
});

describe('posts that need a source before an office shares them', () => {
  it('raise a claim alert (at least 95 %)', () => {
    const claims = load('claims.jsonl');
    const caught = claims.filter((p) => alerts(p.text).some((f) => f.category === 'claim'));
    expect(caught.length / claims.length).toBeGreaterThanOrEqual(0.95);
  });
});
