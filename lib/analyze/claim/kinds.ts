/** Unverified-claim finding kinds (claim.<kind>). Severity moves with confidence (./detect.ts). */
import { defineKinds } from '../kind';
import type { VerifiedFact } from '../types';
import { claimMsg, contradictMsg, type ClaimKind } from './messages';

const msg = (kind: ClaimKind) => (part: string, extra?: { suggestion?: string }) => claimMsg(kind, part, extra);

export const claimKinds = defineKinds<ClaimKind>('claim', {
  statistic: { severity: 'warning', message: msg('statistic'), fix: 'none', switchable: true },
  comparative: { severity: 'warning', message: msg('comparative'), fix: 'none', switchable: true },
  causal: { severity: 'warning', message: msg('causal'), fix: 'none', switchable: true },
  hearsay: { severity: 'warning', message: msg('hearsay'), fix: 'none', switchable: true },
  share_bait: { severity: 'warning', message: msg('share_bait'), fix: 'none', switchable: true },
  absolute: { severity: 'warning', message: msg('absolute'), fix: 'rewrite', switchable: true },
  health: { severity: 'danger', message: msg('health'), fix: 'none', switchable: true },
  policy: { severity: 'warning', message: msg('policy'), fix: 'none', switchable: true },
  contradicts_fact: { severity: 'warning', message: (part: string, fact: VerifiedFact) => contradictMsg(part, fact), fix: 'none', switchable: true },
  unverified: { severity: 'warning', message: msg('unverified'), fix: 'none', switchable: true },
});
