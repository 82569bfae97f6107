// The means test shared by the revenu d'intégration and the equivalent CPAS aid: the
// household's monthly resources against the amount for its category (research §7–8).
import { toConfirm, type Check } from '../engine/check';
import type { HouseholdFacts } from '../engine/facts';
import { incomeAtMost, middle, monthlyNetIncome } from '../engine/income';
import { cents, perMonth, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import { RIS_COHABITANT, RIS_FAMILY, RIS_SINGLE } from '../parameters/be-integration-income';

export type RisCategory = 'cohabitant' | 'single' | 'family' | 'couple';

/**
 * The CPAS decides the category on the facts; from the profile: alone → single; alone with a
 * minor child → family; with a partner → a couple (two cohabitant amounts, or the family
 * amount with children); with other adults → cohabitant.
 */
export function risCategory(facts: HouseholdFacts): RisCategory {
  const minorChild = facts.children.some((child) => child.age === undefined || child.age < 18);
  if (facts.partner) return minorChild ? 'family' : 'couple';
  if (facts.otherAdults.length > 0) return minorChild ? 'family' : 'cohabitant';
  return minorChild ? 'family' : 'single';
}

export interface MeansTest {
  check: Check;
  estimate?: Money;
}

export function risMeansTest(context: RuleContext): MeansTest {
  const { facts } = context;
  const category = risCategory(facts);
  const parameter = category === 'single' ? RIS_SINGLE : category === 'family' ? RIS_FAMILY : RIS_COHABITANT;
  const value = context.valueOf(parameter);
  if (!value) return { check: toConfirm(reason('figure.unknownForDate')) };
  const amount = category === 'couple' ? value.value * 2 : value.value;
  // The person's and their partner's resources count; family allowances do not.
  const counted = facts.couple;
  const resources = monthlyNetIncome(counted, { exclude: ['child-benefit', 'integration-income', 'social-aid'] });
  const check = incomeAtMost(
    resources,
    { amount, per: 'month', verified: value.verified, bound: value.bound },
    { category },
  );
  const mid = middle(resources);
  const estimate = mid === undefined ? undefined : perMonth(cents(Math.max(0, amount - mid)));
  return { check, ...(estimate && estimate.amount > 0 ? { estimate } : {}) };
}
