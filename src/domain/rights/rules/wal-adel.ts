// Allocation de déménagement et de loyer (ADeL), Wallonia — research §20.3. A moving
// allowance and a rent allowance for a household that leaves an unfit, overcrowded or
// unsuitable dwelling (or an under-occupied social one) for a suitable rented home, or that
// leaves homelessness. The profile only shows homelessness; the other situations are asked.
import { all, any, unknown, yes, type Check } from '../engine/check';
import { incomeYear } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { taxableIncome } from '../engine/income';
import { cents, once, perMonth, type Money } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  ADEL_CEILING_PER_DEPENDANT,
  ADEL_CEILING_SEVERAL,
  ADEL_CEILING_SINGLE,
  ADEL_DEBT_MEDIATION_RIS_SHARE,
  ADEL_INCREASE_PER_DEPENDANT,
  ADEL_MOVING_ALLOWANCE,
  ADEL_RENT_ALLOWANCE_MAX,
} from '../parameters/wal-adel';
import { incomeBelow, incomeWithin, risShareCheck, sumCeiling } from './housing-income';
import { addCounts, dependentChildren, membersWithDisability, tenureOf, walloonHousingRegion, walNotOwner } from './housing-shared';

function dependants(facts: HouseholdFacts) {
  return addCounts(dependentChildren(facts), membersWithDisability(facts.members));
}

function situation({ facts }: RuleContext): Check {
  const tenure = tenureOf(facts);
  if (tenure === undefined) return unknown(['household.housing.tenure']);
  if (tenure === 'homeless') return yes(reason('adel.homeless'));
  return unknown([], reason('adel.situationToCheck'));
}

/** Globally taxable income of two years before the request, below the ceiling. */
function incomeRoute(context: RuleContext): Check {
  const { facts } = context;
  const counted = dependants(facts);
  const base = facts.size === 1 ? ADEL_CEILING_SINGLE : ADEL_CEILING_SEVERAL;
  const ceiling = (count: number) => sumCeiling(context, base, [{ parameter: ADEL_CEILING_PER_DEPENDANT, count }]);
  const lookup = taxableIncome(facts, 'net-taxable', facts.members, { year: incomeYear(context, 2) });
  return incomeWithin(lookup, ceiling(counted.sure), ceiling(counted.sure + counted.maybe), counted, incomeBelow);
}

/** In an agreed debt mediation: monthly resources up to 120 % of the RIS of the category. */
function debtMediationRoute(context: RuleContext): Check {
  const mediation = context.facts.anyMemberHasStatus('debt-mediation');
  if (mediation.verdict !== 'yes') return mediation;
  return all(mediation, risShareCheck(context, ADEL_DEBT_MEDIATION_RIS_SHARE));
}

/** 400 € for the move and up to 100 € a month of rent, each 20 % more per dependant. */
function amounts(context: RuleContext): { estimate: Money; reason: Reason } | undefined {
  const moving = context.valueOf(ADEL_MOVING_ALLOWANCE);
  const rent = context.valueOf(ADEL_RENT_ALLOWANCE_MAX);
  const increase = context.valueOf(ADEL_INCREASE_PER_DEPENDANT);
  if (!moving || !rent || !increase) return undefined;
  const factor = 1 + increase.value * dependants(context.facts).sure;
  const estimate = once(cents(moving.value * factor));
  if (tenureOf(context.facts) === 'homeless') {
    return { estimate, reason: reason('adel.amountsHomeless', { moving: estimate, rent: perMonth(rent.value) }) };
  }
  return { estimate, reason: reason('adel.amounts', { moving: estimate, rent: perMonth(cents(rent.value * factor)) }) };
}

export const walAdel: RightDefinition = {
  id: 'wal-adel',
  level: 'wallonia',
  provider: 'regional-housing-administration',
  automatic: false,
  officialNames: { fr: 'Allocation de déménagement et de loyer (ADeL)', nl: 'Verhuis- en huurtoelage (ADeL, Wallonië)', de: 'Umzugs- und Mietbeihilfe (ADeL, Wallonie)' },
  worthAsking: ['adel.situations', 'adel.incomeFell', 'adel.newHomeSuitable'],
  claim: { documents: ['id-card', 'rent-contract', 'household-composition', 'tax-assessment'], steps: 3 },
  sources: [
    'https://lampspw.wallonie.be/dgo4/site_logement/aides/aide?aide=adel&loc=1',
    'https://luttepauvrete.valid.wallonie.be/actualites/nouvelle-brochure-informative-pour-lallocation-de-demenagement-et-de-loyer',
  ],
  research: 'wal-adel',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => walloonHousingRegion(facts),
      () => situation(context),
      () => facts.ageAtLeast(facts.self, 18),
      () => walNotOwner(facts, { homeOwnerExcluded: false }),
      () => any(() => incomeRoute(context), () => debtMediationRoute(context)),
    );
    const money = amounts(context);
    if (!money || check.verdict === 'no') return { check };
    return { check: { ...check, reasons: [...check.reasons, money.reason] }, estimate: money.estimate };
  },
};
