// What the four allowances for elderly people needing care share (research §11, reg-apa):
// 65 or older, a recognised loss of autonomy of at least 7 points, in the region that pays
// it. Income limits exist in Wallonia, Brussels and Flanders, but their figures were not
// found: there the answer is at best "to confirm with the office".
import type { Region } from '../../profile';
import { all, no, toConfirm, type Check } from '../engine/check';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import { anyMember } from './members-shared';

export interface ApaFigures {
  minAge: Parameter;
  /** Held in the profile as the status "autonomy-points-7". */
  minAutonomyPoints: Parameter;
}

/**
 * Anyone in the household but the children may be the older person who needs care: the
 * person, their partner, or a parent living with them.
 */
function olderMembers(facts: HouseholdFacts): MemberFacts[] {
  return facts.members.filter((m) => m.member.relation !== 'child');
}

function needsCare(facts: HouseholdFacts, member: MemberFacts, minAge: number, points: number): Check {
  return all(
    () => facts.ageAtLeast(member, minAge),
    () => {
      const autonomy = facts.hasStatus(member, 'autonomy-points-7');
      // Without a recognition yet, the loss of autonomy is assessed when the allowance is asked.
      return autonomy.verdict === 'no' ? no(...autonomy.reasons, reason('apa.assessedOnRequest', { points })) : autonomy;
    },
  );
}

/** Region, age and loss of autonomy; the income condition is the region's own. */
export function apaCheck(context: RuleContext, region: Region, figures: ApaFigures, income: () => Check): Check {
  const { facts } = context;
  return all(
    facts.regionIs(region),
    () => {
      const minAge = context.valueOf(figures.minAge);
      const points = context.valueOf(figures.minAutonomyPoints);
      if (!minAge || !points) return toConfirm(reason('figure.unknownForDate'));
      return anyMember(olderMembers(facts), (member) => needsCare(facts, member, minAge.value, points.value));
    },
    income,
  );
}

/** Wallonia, Brussels, Flanders: household income (with the partner's) under limits not found. */
export function incomeLimitsToConfirm(): Check {
  return toConfirm(reason('apa.incomeToConfirm'));
}
