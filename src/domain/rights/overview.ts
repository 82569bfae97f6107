// "My rights" as the person sees them: what they already receive, what they asked for, what
// they are probably entitled to, what a few more answers would settle, and what is not for
// them now — with the estimated monthly total of rights not claimed yet.
import type { ClaimState } from '../claims';
import type { RightResult } from './engine/evaluate';
import { toMonthly } from './engine/money';

export type OverviewGroup = 'receiving' | 'asked' | 'eligible' | 'maybe' | 'not-eligible' | 'declined';

export interface RightCard {
  result: RightResult;
  claim?: ClaimState;
  group: OverviewGroup;
}

export interface RightsOverview {
  groups: Record<OverviewGroup, RightCard[]>;
  /** Estimated monthly total of the rights probably due and not yet claimed (one-off amounts aside). */
  unclaimedMonthly: number;
}

function groupOf(result: RightResult, claim: ClaimState | undefined): OverviewGroup {
  if (result.receiving || claim?.status === 'receiving') return 'receiving';
  if (claim?.status === 'asked') return 'asked';
  if (claim?.status === 'not-for-me' || claim?.status === 'refused') return 'declined';
  if (result.status === 'eligible') return 'eligible';
  return result.status === 'maybe' ? 'maybe' : 'not-eligible';
}

export function rightsOverview(results: readonly RightResult[], claims: readonly ClaimState[]): RightsOverview {
  const byRight = new Map(claims.map((claim) => [claim.rightId, claim]));
  const groups: RightsOverview['groups'] = { receiving: [], asked: [], eligible: [], maybe: [], 'not-eligible': [], declined: [] };
  let unclaimedMonthly = 0;
  for (const result of results) {
    const claim = byRight.get(result.id);
    const group = groupOf(result, claim);
    groups[group].push({ result, group, ...(claim ? { claim } : {}) });
    if (group === 'eligible' && result.estimate && result.estimate.per !== 'once') unclaimedMonthly += toMonthly(result.estimate);
  }
  // Rights that pay come first in each group, the largest first.
  const worth = (card: RightCard) => (card.result.estimate && card.result.estimate.per !== 'once' ? toMonthly(card.result.estimate) : 0);
  for (const list of Object.values(groups)) list.sort((a, b) => worth(b) - worth(a));
  return { groups, unclaimedMonthly: Math.round(unclaimedMonthly * 100) / 100 };
}
