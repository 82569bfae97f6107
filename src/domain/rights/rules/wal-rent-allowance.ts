// Allocation loyer (allocation d'attente), Wallonia — research §20.1. For a household waiting
// for social housing for more than 18 months, renting privately in Wallonia, with a
// category-1 income; asked at the housing company when registering or renewing.
import { all, no, toConfirm, unknown, type Check } from '../engine/check';
import { incomeYear, isCeiling } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { incomeAtMost, taxableIncome } from '../engine/income';
import { cents, perMonth, perYear, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  WAL_RENT_ALLOWANCE_BASE,
  WAL_RENT_ALLOWANCE_CEILING_PER_DEPENDANT,
  WAL_RENT_ALLOWANCE_CEILING_SEVERAL,
  WAL_RENT_ALLOWANCE_CEILING_SINGLE,
  WAL_RENT_ALLOWANCE_MAX,
  WAL_RENT_ALLOWANCE_PER_DEPENDANT,
  WAL_RENT_ALLOWANCE_START,
  WAL_RENT_ALLOWANCE_WAITING_MONTHS,
} from '../parameters/wal-rent-allowance';
import { WAL_PER_CHILD, WAL_PRECARIOUS_SEVERAL, WAL_PRECARIOUS_SINGLE } from '../parameters/wal-social-housing';
import { incomeWithin, sumCeiling } from './housing-income';
import { addCounts, dependentChildren, membersWithDisability, registeredResident, rentsPrivately, waitingLongerThan, walloonHousingRegion, walNotOwner } from './housing-shared';

/** Dependent children and people with a disability each raise the ceiling and the amount. */
function dependants(facts: HouseholdFacts) {
  return addCounts(dependentChildren(facts), membersWithDisability(facts.members));
}

/**
 * The 2023 ceilings (2021 income) are sure. Later ones are not known: the précaire category
 * of social housing was raised for 2024, and whether the allowance follows it is UNVERIFIED.
 * Below the 2023 figures the household is in under either reading; above the raised category
 * in force it is out under either; in between only the office can say.
 */
function incomeCheck(context: RuleContext): Check {
  const { facts } = context;
  const counted = dependants(facts);
  const alone = facts.size === 1;
  const lookup = taxableIncome(facts, 'net-taxable', facts.members, { year: incomeYear(context, 2) });
  const ceiling = (count: number) =>
    sumCeiling(context, alone ? WAL_RENT_ALLOWANCE_CEILING_SINGLE : WAL_RENT_ALLOWANCE_CEILING_SEVERAL, [
      { parameter: WAL_RENT_ALLOWANCE_CEILING_PER_DEPENDANT, count },
    ]);
  const known = incomeWithin(lookup, ceiling(counted.sure), ceiling(counted.sure + counted.maybe), counted);
  if (known.verdict !== 'unknown' || !known.unverified) return known;
  const raised = sumCeiling(context, alone ? WAL_PRECARIOUS_SINGLE : WAL_PRECARIOUS_SEVERAL, [
    { parameter: WAL_PER_CHILD, count: counted.sure + counted.maybe },
  ]);
  const old = ceiling(counted.sure);
  if (!isCeiling(raised) || !isCeiling(old)) return known;
  const underRaised = incomeAtMost(lookup, raised);
  if (underRaised.verdict === 'no') return underRaised;
  return toConfirm(reason('rentAllowance.walCeilingUnverified', { ceiling: perYear(old.amount), raised: perYear(raised.amount) }));
}

/** A Belgian, or a foreigner with a legal stay. */
function legalStay({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  // An asylum seeker's stay is provisional: the office decides.
  if (residence === 'asylum-seeker') return unknown([], reason('housing.asylumSeekerAsk'));
  return registeredResident(facts.self);
}

/** 125 € a month, plus 20 € per dependent child or person with a disability, at most 185 €. */
function amount(context: RuleContext): Money | undefined {
  const base = context.valueOf(WAL_RENT_ALLOWANCE_BASE);
  const extra = context.valueOf(WAL_RENT_ALLOWANCE_PER_DEPENDANT);
  const max = context.valueOf(WAL_RENT_ALLOWANCE_MAX);
  if (!base || !extra || !max) return undefined;
  return perMonth(cents(Math.min(max.value, base.value + extra.value * dependants(context.facts).sure)));
}

export const walRentAllowance: RightDefinition = {
  id: 'wal-rent-allowance',
  level: 'wallonia',
  provider: 'social-housing-company',
  automatic: false,
  officialNames: { fr: 'Allocation loyer (allocation d’attente d’un logement social)', nl: 'Huurtoelage (Wallonië)', de: 'Mietbeihilfe (Wallonie)' },
  worthAsking: ['rentAllowance.walNotWithAdel', 'rentAllowance.walLivesThere'],
  claim: { documents: ['id-card', 'rent-contract', 'household-composition', 'tax-assessment'], steps: 3 },
  sources: [
    'https://mc.be/en-marche/vos-droits/familles/une-aide-financiere-en-attendant-un-logement-social',
    'https://www.dhnet.be/dernieres-depeches/2023/03/10/le-gouvernement-wallon-donne-son-feu-vert-definitif-a-loctroi-dune-allocation-loyer-MKIYRCJVL5AZ7IXGCO4COPKDBU/',
  ],
  research: 'wal-allocation-loyer',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    if (context.asOf < WAL_RENT_ALLOWANCE_START) return { check: no(reason('rentAllowance.walNotYet')) };
    const months = context.valueOf(WAL_RENT_ALLOWANCE_WAITING_MONTHS)?.value;
    const check = all(
      () => walloonHousingRegion(facts),
      () => rentsPrivately(facts),
      () => (months === undefined ? toConfirm(reason('figure.unknownForDate')) : waitingLongerThan(context, months)),
      () => facts.ageAtLeast(facts.self, 18),
      () => legalStay(context),
      () => walNotOwner(facts, { homeOwnerExcluded: true }),
      () => incomeCheck(context),
    );
    const estimate = amount(context);
    return { check, ...(estimate ? { estimate } : {}) };
  },
};
