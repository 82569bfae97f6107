// Logement social / sociale woning, Brussels — research §21.2. Registration with the social
// housing companies (SISP) up to an income ceiling that depends on who lives in the household
// and how many of them have an income; nobody may own real estate.
import { all, any, toConfirm, unknown, type Check } from '../engine/check';
import { incomeYear } from '../engine/ceilings';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { taxableIncome } from '../engine/income';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import {
  BRU_INCOME_YEARS_BACK,
  BRU_ONE_INCOME,
  BRU_PER_CHILD,
  BRU_PER_DISABLED_ADULT,
  BRU_SEVERAL_INCOMES,
  BRU_SINGLE,
} from '../parameters/bru-social-housing';
import { incomeWithin, sumCeiling } from './housing-income';
import { dependentChildren, membersWithDisability, ownsNoRealEstate, registeredResident, type Count } from './housing-shared';

/** The adults of the household: everyone but the children. */
function adults(facts: HouseholdFacts): MemberFacts[] {
  return facts.members.filter((m) => m.member.relation !== 'child');
}

/**
 * Whose income counts: everyone but the dependent children. A minor child surely is one; an
 * adult child may not be, and then their income counts. A child whose age is not known is
 * counted or not as the caller assumes.
 */
function counted(facts: HouseholdFacts, unknownAgeIsAdult: boolean): MemberFacts[] {
  return facts.members.filter((m) => m.member.relation !== 'child' || (m.age === undefined ? unknownAgeIsAdult : m.age >= 18));
}

/** Members with an income (family allowances are not one); unknown while their incomes are not given. */
function earners(members: readonly MemberFacts[]): Count {
  let sure = 0;
  let maybe = 0;
  const missing: string[] = [];
  for (const adult of members) {
    const incomes = adult.member.incomes;
    if (incomes === undefined) {
      maybe += 1;
      missing.push(adult.path('incomes'));
    } else if (incomes.some((income) => income.kind !== 'child-benefit')) sure += 1;
  }
  return { sure, maybe, missing, reasons: [] };
}

function base(facts: HouseholdFacts, earnerCount: number): Parameter {
  if (facts.size === 1) return BRU_SINGLE;
  return earnerCount >= 2 ? BRU_SEVERAL_INCOMES : BRU_ONE_INCOME;
}

/**
 * The ceiling grows with dependent children (a child with a disability counts twice) and adults
 * with a disability. What the profile does not say for sure is counted only in the generous
 * ceiling; "maybe" when only that one lets the household in.
 */
function incomeCheck(context: RuleContext): Check {
  const asAdults = incomeCheckAssuming(context, true);
  const unknownAges = context.facts.children.filter((child) => child.age === undefined);
  if (asAdults.verdict !== 'no' || unknownAges.length === 0) return asAdults;
  // A child of unknown age whose income puts the household above the ceiling may be a minor,
  // whose income does not count: then only the birth date decides.
  const asMinors = incomeCheckAssuming(context, false);
  if (asMinors.verdict === 'no') return asAdults;
  return unknown([...unknownAges.map((child) => child.path('birthDate')), ...asMinors.missing], ...asMinors.reasons);
}

function incomeCheckAssuming(context: RuleContext, unknownAgeIsAdult: boolean): Check {
  const { facts } = context;
  const yearsBack = context.valueOf(BRU_INCOME_YEARS_BACK);
  if (!yearsBack) return toConfirm(reason('figure.unknownForDate'));
  const members = counted(facts, unknownAgeIsAdult);
  const income = taxableIncome(facts, 'net-taxable', members, { year: incomeYear(context, yearsBack.value) });
  const children = dependentChildren(facts);
  const disabledChildren = membersWithDisability(facts.children);
  const disabledAdults = membersWithDisability(adults(facts));
  const working = earners(members);
  const strict = sumCeiling(context, base(facts, working.sure), [
    { parameter: BRU_PER_CHILD, count: children.sure + disabledChildren.sure },
    { parameter: BRU_PER_DISABLED_ADULT, count: disabledAdults.sure },
  ]);
  const generous = sumCeiling(context, base(facts, working.sure + working.maybe), [
    { parameter: BRU_PER_CHILD, count: children.sure + children.maybe + disabledChildren.sure + disabledChildren.maybe },
    { parameter: BRU_PER_DISABLED_ADULT, count: disabledAdults.sure + disabledAdults.maybe },
  ]);
  const doubt = [children, disabledChildren, disabledAdults, working];
  return incomeWithin(income, strict, generous, { missing: doubt.flatMap((c) => c.missing), reasons: doubt.flatMap((c) => c.reasons) });
}

export const bruSocialHousing: RightDefinition = {
  id: 'bru-social-housing',
  level: 'brussels',
  provider: 'social-housing-company',
  automatic: false,
  officialNames: { fr: 'Logement social', nl: 'Sociale woning', de: 'Sozialwohnung (Brüssel)' },
  worthAsking: ['socialHousing.bruOneRegistration', 'socialHousing.bruRetirementYear'],
  claim: { documents: ['id-card', 'household-composition', 'tax-assessment', 'income-proofs'], steps: 3 },
  sources: ['https://binhome.brussels/candidats', 'https://logementbruxellois.be/?p=25'],
  research: 'bxl-logement-social',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.region === 'brussels' && facts.household.housing?.tenure === 'social-rent',
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => facts.regionIs('brussels'),
      () => facts.ageAtLeast(facts.self, 18),
      // At least one adult in the population or foreigners register.
      () => any(...adults(facts).map((adult) => registeredResident(adult))),
      () => ownsNoRealEstate(facts, { cadastralIncomeCounts: true }),
      () => incomeCheck(context),
    );
    const candidate = facts.household.housing?.onSocialHousingWaitingList === true;
    return { check: candidate && check.verdict !== 'no' ? { ...check, reasons: [...check.reasons, reason('socialHousing.alreadyCandidate')] } : check };
  },
};
