/**
 * Unverified claims (issue 5): statistics, comparatives, causes, policy and aid announcements,
 * hearsay, absolutes, share-bait, hoax-style health claims, and figures that contradict the
 * office's verified facts. Ids: claim.<kind>, see ./messages.ts.
 */
import type { Rule } from '../types';
import { detectClaims } from './detect';

export const claimRules: Rule[] = [
  {
    id: 'claim.sentences',
    category: 'claim',
    run: detectClaims,
  },
];
