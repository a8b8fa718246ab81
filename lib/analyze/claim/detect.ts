/**
 * Sentence-level detection of check-worthy claims: the orchestrator. One pass of each cue lexicon
 * over the folded text (./cues.ts), figures and sources once per post, then per sentence: verified
 * facts, each kind's decider (./deciders/, one file per kind), provenance (./relay.ts: in the office's
 * own voice only what it relays from others stays), a named source (a quiet note), sensitivity.
 */
import type { RawFinding, RuleContext } from '../types';
import { sentenceIndexAt } from '../text/fold';
import { memoLast } from '../text/memo';
import { pickMain, toRaw, type Candidate } from './candidate';
import { bucketCues, NO_CUES, type Hit } from './cues';
import { compileFacts, judgeFacts, type FactMatcher } from './facts';
import { ASSERTION_DECIDERS, LAST_DECIDER, QUESTION_DECIDERS } from './deciders';
import { contradictMsg, matchMsg, sourcedMsg } from './messages';
import { gateByProvenance, ProvenanceScorer } from './learned-provenance';
import { isOfficialNotice } from './notice';
import { scanNumbers, type NumberHit } from './numbers';
import { OFFICE_VOICE, officeVoiceScore, reportMark } from './provenance';
import { DEBUNK_POST_RE, keepRelayed, relaysOthers } from './relay';
import { readSentence, type SentenceView } from './sentence';
import { findLinks, findSources, type SourceHit } from './sources';

const compiledFacts = memoLast(compileFacts);
function factsOf(ctx: RuleContext): FactMatcher[] {
  return compiledFacts(ctx.settings.verifiedFacts);
}

/** Trusted sources given by name (BPS), not by domain. */
const trustedNames = memoLast((t: string[] | undefined): string[] =>
  (t || []).filter((s) => typeof s === 'string' && s.trim() && !s.includes('.')).map((s) => s.trim().toLowerCase()),
);
function trustedNamesOf(ctx: RuleContext): string[] {
  return trustedNames(ctx.settings.trustedSources);
}

/** A figure that matches or contradicts the office's verified facts: a card of its own. */
function judgeVerifiedFacts(v: SentenceView, facts: FactMatcher[], out: RawFinding[]): void {
  if (!facts.length || !v.nums.length) return;
  for (const j of judgeFacts(facts, v.lower, v.s.start, v.s.end, v.nums)) {
    const part = v.text.slice(j.hit.start, j.hit.end);
    if (j.kind === 'contradict') {
      out.push({
        rule: 'claim.contradicts_fact',
        category: 'claim',
        severity: 'warning',
        start: j.hit.start,
        end: j.hit.end,
        msg: contradictMsg(part, j.matcher.fact),
        confidence: 0.9,
        value: part,
      });
    } else {
      v.factMatched = true;
      out.push({
        rule: 'claim.statistic',
        category: 'claim',
        severity: 'info',
        start: j.hit.start,
        end: j.hit.end,
        msg: matchMsg(part, j.matcher.fact),
        confidence: 0.3,
        value: part,
      });
    }
  }
}

export function detectClaims(ctx: RuleContext): RawFinding[] {
  const { text, lower, sentences } = ctx;
  let notice: boolean | undefined;
  const officialNotice = () => (notice ??= isOfficialNotice(lower));
  let voiceScore: number | undefined;
  // only ever compared with 1 and OFFICE_VOICE: counting stops there
  const voice = () => (voiceScore ??= officeVoiceScore(lower, OFFICE_VOICE));
  let report: boolean | undefined;
  // for the learned gate only: the voice marks, or −1 for a post with none but the mark of a report
  const gateVoice = () => (voice() > 0 ? voice() : (report ??= reportMark(text, lower)) ? -1 : 0);
  const out: RawFinding[] = [];
  const n = sentences.length;
  if (n === 0) return out;

  // ---- cues, bucketed by sentence ----
  const { buckets, triggers } = bucketCues(lower, sentences);

  // ---- figures, links, sources ----
  const links = findLinks(lower, ctx.settings.trustedSources || []);
  const sources = findSources(text, lower, links, trustedNamesOf(ctx), triggers);
  const skip: Hit[] = [...links, ...sources.filter((s) => s.kind === 'law')];
  if (skip.length > 1) skip.sort((x, y) => x.start - y.start);
  // a figure starts at most 4 characters before its first digit ("rp. 5"): no need to read the text before
  const firstDigit = lower.search(/\d/);
  const nums = firstDigit >= 0 ? scanNumbers(lower, Math.max(0, firstDigit - 4), lower.length, skip) : [];
  const numBuckets: NumberHit[][] = new Array(n);
  for (const h of nums) {
    const si = sentenceIndexAt(sentences, h.start);
    if (si < 0) continue;
    (numBuckets[si] ??= []).push(h);
  }

  // a source counts for its own sentence and its neighbours; in a short post, for all of it
  const sourceFor: (SourceHit | undefined)[] = new Array(n);
  const global = n <= 3;
  for (const s of sources) {
    const si = sentenceIndexAt(sentences, s.start);
    // a regulation cited anywhere ("sesuai Permendesa No. 7 Tahun 2023") is the source of the rules the post lists
    if (global || s.kind === 'law') {
      for (let i = 0; i < n; i++) sourceFor[i] ??= s;
    } else if (si >= 0) {
      for (let i = Math.max(0, si - 1); i <= Math.min(n - 1, si + 1); i++) sourceFor[i] ??= s;
    }
  }

  // in a post that debunks, the rumour it quotes and its own verdicts are the correction, not a relay
  const debunkPost = DEBUNK_POST_RE.test(lower);
  const facts = factsOf(ctx);
  const sensitivity = ctx.settings.sensitivity;
  const post = { text, lower, debunkPost, officialNotice, voice };
  let scorer: ProvenanceScorer | undefined;
  const provenance = () => (scorer ??= new ProvenanceScorer(text, lower));

  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    const v = readSentence(post, s, buckets[i] ?? NO_CUES, numBuckets[i] ?? []);
    const cands: Candidate[] = [];

    // ---- verified facts first: a contradiction is always worth a warning ----
    judgeVerifiedFacts(v, facts, out);

    // ---- each kind of claim ----
    for (const decide of v.question ? QUESTION_DECIDERS : ASSERTION_DECIDERS) decide(v, cands);
    LAST_DECIDER(v, cands);

    if (debunkPost) {
      // the rumour quoted to be corrected, and the firm verdict on it, are the debunk itself
      for (const c of cands) {
        if (c.kind !== 'share_bait' && c.severity !== 'info') {
          c.severity = 'info';
          c.confidence = 0.3;
        }
      }
    }
    let external: boolean | undefined;
    const relayed = () => (external ??= relaysOthers(v));
    if (cands.length && voice() > 0) {
      // ---- provenance: the office speaking first-hand is its own source ----
      keepRelayed(cands, voice(), relayed());
    }
    // ---- and the learned provenance model agrees that it is relayed (./learned-provenance.ts) ----
    gateByProvenance(cands, provenance, s.start, s.end, relayed, gateVoice);
    if (!cands.length) continue;

    // ---- a named source in or next to the claim turns it into a quiet note ----
    const src = sourceFor[i];
    if (src) {
      const main = pickMain(cands);
      out.push({
        rule: `claim.${main.kind}`,
        category: 'claim',
        severity: 'info',
        start: main.start,
        end: main.end,
        msg: sourcedMsg(main.part, src.label),
        confidence: 0.2,
      });
      continue;
    }

    // sensitivity: 'low' keeps only the strongest kinds loud
    if (sensitivity === 'low')
      for (const c of cands)
        if (c.severity === 'warning' && (c.kind === 'causal' || c.kind === 'comparative' || c.kind === 'unverified' || c.confidence < 0.7)) c.severity = 'info';

    const main = pickMain(cands);
    out.push(toRaw(main, v.debunk && main.kind === 'hearsay'));
    // an absolute gets its own card when it carries a fix and is not the main finding
    for (const c of cands) {
      if (c === main) continue;
      if (c.kind === 'absolute' && c.suggestion !== undefined && c.severity !== 'info') out.push(toRaw(c, false));
    }
  }
  return out;
}
