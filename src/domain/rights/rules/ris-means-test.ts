// The means test shared by the revenu d'intégration and the equivalent CPAS aid: the
// household's monthly resources against the amount for its category (research §7–8).
import { toConfirm, type Check } from '../engine/check';
import { isCeiling } from '../engine/ceilings';
import { incomeAtMost, middle, monthlyNetIncome, type Ceiling } from '../engine/income';
import { cents, perMonth, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import { RIS_COHABITANT, RIS_FAMILY, RIS_SINGLE } from '../parameters/be-integration-income';
import { incomeWithin } from './housing-income';
import { risCategory, type RisCategory } from './ris-category';

export interface MeansTest {
  check: Check;
  estimate?: Money;
}

export function risMeansTest(context: RuleContext): MeansTest {
  const { facts } = context;
  const amountFor = (category: RisCategory): Ceiling | Check => {
    const value = context.valueOf(category === 'single' ? RIS_SINGLE : category === 'family' ? RIS_FAMILY : RIS_COHABITANT);
    if (!value) return toConfirm(reason('figure.unknownForDate'));
    const amount = category === 'couple' ? value.value * 2 : value.value;
    return { amount, per: 'month', verified: value.verified, bound: value.bound };
  };
  // Decided as if a child of unknown age were grown up; where only the family amount would let
  // the household in, "maybe", asking the birth date. Assuming a minor gave a yes that
  // forgetting a birth date could create.
  const strictCategory = risCategory(facts, false);
  const generousCategory = risCategory(facts, true);
  const strict = amountFor(strictCategory);
  const generous = amountFor(generousCategory);
  // The person's and their partner's resources count; family allowances do not.
  const resources = monthlyNetIncome(facts.couple, { exclude: ['child-benefit', 'integration-income', 'social-aid'] });
  const unknownAges = facts.children.filter((child) => child.age === undefined).map((child) => child.path('birthDate'));
  const check = incomeWithin(resources, strict, generous, { missing: unknownAges, reasons: [] }, (lookup, ceiling) =>
    incomeAtMost(lookup, ceiling, { category: ceiling === generous ? generousCategory : strictCategory }),
  );
  const mid = middle(resources);
  const counted = check.verdict === 'yes' || !isCeiling(generous) ? strict : generous;
  if (mid === undefined || !isCeiling(counted)) return { check };
  const estimate = perMonth(cents(Math.max(0, counted.amount - mid)));
  return { check, ...(estimate.amount > 0 ? { estimate } : {}) };
}
