/**
 * The kinds of claim, one decider per file, in the order their candidates are collected. A question
 * only gets the share-bait check; the bare-assertion reading comes last, when no other kind spoke.
 */
import { absolute } from './absolute';
import { causal } from './causal';
import { comparative } from './comparative';
import { health } from './health';
import { hearsay } from './hearsay';
import { policy } from './policy';
import { shareBait } from './share-bait';
import { statistic } from './statistic';
import type { ClaimDecider } from './types';
import { unverified } from './unverified';

export type { ClaimDecider } from './types';
export const QUESTION_DECIDERS: readonly ClaimDecider[] = [shareBait];
export const ASSERTION_DECIDERS: readonly ClaimDecider[] = [shareBait, hearsay, health, policy, statistic, comparative, causal, absolute];
export const LAST_DECIDER: ClaimDecider = unverified;
