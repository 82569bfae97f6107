// Sociale huurwoning, Flanders — research §21.3. Registration with the woonmaatschappij up
// to an indexed income limit of the future reference tenant and their partner; no (partial)
// ownership of a dwelling or building plot, in Belgium or abroad.
import { all, unknown, type Check } from '../engine/check';
import { incomeYear } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { taxableIncome, type IncomeLookup } from '../engine/income';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { VL_INCOME_MAX_AGE, VL_OTHERS, VL_PER_DEPENDANT, VL_SINGLE, VL_SINGLE_DISABLED } from '../parameters/vl-social-housing';
import { incomeWithin, latestAssessmentYear, sumCeiling } from './housing-income';
import { addCounts, dependentChildren, membersWithDisability, ownsNoRealEstate, registeredResident } from './housing-shared';

/**
 * Taxable income (gezamenlijk en afzonderlijk belastbaar) of the most recent assessment at most
 * three years old, plus the leefloon and the income-replacement allowance (IVT), which are not
 * taxed. The profile's disability allowance may be IVT or the integration allowance (which does
 * not count): it adds between nothing and all of it.
 */
function referenceIncome(context: RuleContext): { lookup: IncomeLookup; exactButForDisability: boolean } {
  const { facts } = context;
  const counted = facts.couple;
  const unknownIncomes = counted.filter((m) => m.member.incomes === undefined).map((m) => m.path('incomes'));
  if (unknownIncomes.length > 0) return { lookup: { missing: unknownIncomes }, exactButForDisability: false };
  const maxAge = context.valueOf(VL_INCOME_MAX_AGE)?.value;
  const thisYear = incomeYear(context, 0);
  const year = latestAssessmentYear(facts, thisYear, maxAge === undefined ? undefined : thisYear - maxAge);
  const taxable = taxableIncome(facts, 'net-taxable', counted, year === undefined ? {} : { year });
  if ('missing' in taxable) return { lookup: taxable, exactButForDisability: false };
  const incomes = counted.flatMap((m) => m.member.incomes ?? []);
  const leefloons = incomes.filter((i) => i.kind === 'integration-income');
  const allowances = incomes.filter((i) => i.kind === 'disability-allowance');
  if (leefloons.length === 0 && allowances.length === 0) return { lookup: taxable, exactButForDisability: false };
  // Today's monthly amounts stand for those of the income year: an estimate, whatever they are.
  const leefloon = leefloons.reduce((sum, i) => sum + i.monthly * 12, 0);
  const disability = allowances.reduce((sum, i) => sum + i.monthly * 12, 0);
  const { figure } = taxable;
  return {
    lookup: { figure: { ...figure, low: figure.low + leefloon, high: figure.high + leefloon + disability, exact: false } },
    exactButForDisability: figure.exact && allowances.length > 0,
  };
}

function ceilings(context: RuleContext, facts: HouseholdFacts) {
  if (facts.size === 1) {
    const disabled = membersWithDisability([facts.self]);
    return {
      strict: sumCeiling(context, disabled.sure > 0 ? VL_SINGLE_DISABLED : VL_SINGLE),
      generous: sumCeiling(context, disabled.sure + disabled.maybe > 0 ? VL_SINGLE_DISABLED : VL_SINGLE),
      doubt: disabled,
    };
  }
  // Personen ten laste: dependent children, and adults recognised as (severely) disabled.
  const dependants = addCounts(dependentChildren(facts), membersWithDisability(facts.members.filter((m) => m.member.relation !== 'child')));
  return {
    strict: sumCeiling(context, VL_OTHERS, [{ parameter: VL_PER_DEPENDANT, count: dependants.sure }]),
    generous: sumCeiling(context, VL_OTHERS, [{ parameter: VL_PER_DEPENDANT, count: dependants.sure + dependants.maybe }]),
    doubt: dependants,
  };
}

function incomeCheck(context: RuleContext): Check {
  const { strict, generous, doubt } = ceilings(context, context.facts);
  const { lookup, exactButForDisability } = referenceIncome(context);
  const check = incomeWithin(lookup, strict, generous, doubt);
  // The tax figure is known: only which part of the disability allowance counts is not.
  if (exactButForDisability && check.verdict === 'unknown' && !check.unverified && check.missing.includes('household.taxableIncome')) {
    return unknown(
      check.missing.filter((path) => path !== 'household.taxableIncome'),
      ...check.reasons,
      reason('socialHousing.vlDisabilityAllowancePart'),
    );
  }
  return check;
}

export const vlSocialHousing: RightDefinition = {
  id: 'vl-social-housing',
  level: 'flanders',
  provider: 'social-housing-company',
  automatic: false,
  officialNames: { fr: 'Logement social (Flandre)', nl: 'Sociale huurwoning', de: 'Sozialwohnung (Flandern)' },
  worthAsking: ['socialHousing.vlDutchA2', 'socialHousing.vlIncomeIndexed'],
  claim: { documents: ['id-card', 'household-composition', 'tax-assessment', 'income-proofs'], steps: 3 },
  sources: [
    'https://wil.be/nl/kandidaat-huurders/inschrijven/kom-ik-in-aanmerking',
    'https://www.nieuwdak.be/ik-wil-huren/ik-wil-me-inschrijven-voor-een-huurwoning/wat-zijn-de-voorwaarden/',
    'https://www.lindenhof-wonen.be/Kandidaat-huurder/Inschrijven/Voorwaarden-om-zich-in-te-schrijven',
    'https://www.arkwonen.be/pagina/kom-ik-in-aanmerking',
  ],
  research: 'vl-sociale-huur',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.region === 'flanders' && facts.household.housing?.tenure === 'social-rent',
  evaluate: (context) => {
    const { facts } = context;
    return {
      check: all(
        () => facts.regionIs('flanders'),
        () => facts.ageAtLeast(facts.self, 18),
        // The population or foreigners register, not the waiting register (asylum seekers).
        () => registeredResident(facts.self),
        () => ownsNoRealEstate(facts, { cadastralIncomeCounts: false }),
        () => incomeCheck(context),
      ),
    };
  },
};
