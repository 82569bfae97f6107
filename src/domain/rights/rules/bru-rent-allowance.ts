// Allocation loyer / huurtoelage, Brussels — research §20.2. For households on the social
// housing waiting list with enough priority titles, renting privately in Brussels, with an
// income up to the revenu d'intégration (a single parent: up to the BIM ceiling).
// The priority titles are not in the profile, so the answer is at best "maybe".
import { all, unknown, type Check } from '../engine/check';
import { incomeYear, isCeiling } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { incomeAtMost, taxableIncome } from '../engine/income';
import { perMonth } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import {
  BRU_RENT_ALLOWANCE_AMOUNT,
  BRU_RENT_ALLOWANCE_CEILING_SEVERAL,
  BRU_RENT_ALLOWANCE_CEILING_SINGLE,
  BRU_RENT_ALLOWANCE_CEILING_SINGLE_PARENT,
  BRU_RENT_ALLOWANCE_PER_CHILD,
  BRU_RENT_ALLOWANCE_PRIORITY_TITLES,
  BRU_RENT_ALLOWANCE_PRIORITY_TITLES_SINGLE_PARENT,
  BRU_RENT_ALLOWANCE_SINGLE_PARENT_LOWER_AMOUNT,
  BRU_RENT_ALLOWANCE_SINGLE_PARENT_PER_CHILD,
} from '../parameters/bru-rent-allowance';
import { latestAssessmentYear, sumCeiling } from './housing-income';
import { onWaitingList, rentsPrivately } from './housing-shared';

/** A parent living alone with their children. */
function singleParent(facts: HouseholdFacts): boolean {
  return facts.children.length > 0 && facts.livesWithoutOtherAdults;
}

/**
 * The research does not say which income is measured: the yearly net taxable income is used,
 * the lowest of the usual measures, so that a "no" holds whichever the office uses. Only the
 * 2022 ceilings were found; since they rise with RIS and BIM, they prove an income below them
 * is below today's, and above them the office decides.
 */
function incomeCheck(context: RuleContext): Check {
  const { facts } = context;
  const parameter = facts.size === 1 ? BRU_RENT_ALLOWANCE_CEILING_SINGLE : singleParent(facts) ? BRU_RENT_ALLOWANCE_CEILING_SINGLE_PARENT : BRU_RENT_ALLOWANCE_CEILING_SEVERAL;
  const ceiling = sumCeiling(context, parameter);
  if (!isCeiling(ceiling)) return ceiling;
  // Nor which year: the most recent tax assessment given, else an estimate from today's incomes.
  const year = latestAssessmentYear(facts, incomeYear(context, 0));
  return incomeAtMost(taxableIncome(facts, 'net-taxable', facts.members, year === undefined ? {} : { year }), ceiling);
}

function priorityTitles(context: RuleContext): Check {
  const titles = context.valueOf(BRU_RENT_ALLOWANCE_PRIORITY_TITLES)?.value;
  const singleParentTitles = context.valueOf(BRU_RENT_ALLOWANCE_PRIORITY_TITLES_SINGLE_PARENT)?.value;
  if (titles === undefined || singleParentTitles === undefined) return { ...unknown([], reason('figure.unknownForDate')), unverified: true };
  return unknown([], reason('rentAllowance.bruPriorityTitles', { titles, singleParentTitles }));
}

/** The 2021 amounts, indexed since: told as such, never as an estimate. */
function amountReason(context: RuleContext): Reason | undefined {
  const ofParameter = (parameter: Parameter) => context.valueOf(parameter)?.value;
  if (singleParent(context.facts)) {
    const amount = ofParameter(BRU_RENT_ALLOWANCE_AMOUNT);
    const lower = ofParameter(BRU_RENT_ALLOWANCE_SINGLE_PARENT_LOWER_AMOUNT);
    const perChild = ofParameter(BRU_RENT_ALLOWANCE_SINGLE_PARENT_PER_CHILD);
    if (amount === undefined || lower === undefined || perChild === undefined) return undefined;
    return reason('rentAllowance.bruAmount2021SingleParent', { amount: perMonth(amount), lower: perMonth(lower), perChild: perMonth(perChild) });
  }
  const amount = ofParameter(BRU_RENT_ALLOWANCE_AMOUNT);
  const perChild = ofParameter(BRU_RENT_ALLOWANCE_PER_CHILD);
  if (amount === undefined || perChild === undefined) return undefined;
  return reason('rentAllowance.bruAmount2021', { amount: perMonth(amount), perChild: perMonth(perChild) });
}

export const bruRentAllowance: RightDefinition = {
  id: 'bru-rent-allowance',
  level: 'brussels',
  provider: 'regional-housing-administration',
  automatic: false,
  officialNames: { fr: 'Allocation loyer', nl: 'Huurtoelage', de: 'Mietbeihilfe (Brüssel)' },
  worthAsking: ['rentAllowance.bruLease', 'rentAllowance.bruLandlordNotFamily', 'rentAllowance.bruDuration'],
  claim: { documents: ['id-card', 'rent-contract', 'household-composition', 'income-proofs'], steps: 3, phone: '0800 40 400' },
  sources: [
    'https://socialenergie.be/fr/logement/aides-au-relogement/allocation-loyer',
    'https://socialenergie.be/fr/une-nouvelle-allocation-loyer-pour-les-locataires-precaires',
    'https://www.febul.be/2023/06/01/allocation-loyer-outil-sous-exploite/',
    'https://koecoon.com/lallocation-loyer/',
  ],
  research: 'bxl-allocation-loyer',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => facts.regionIs('brussels'),
      () => rentsPrivately(facts),
      () => onWaitingList(facts),
      () => incomeCheck(context),
      () => priorityTitles(context),
    );
    const amount = check.verdict === 'no' ? undefined : amountReason(context);
    return { check: amount ? { ...check, reasons: [...check.reasons, amount] } : check };
  },
};
