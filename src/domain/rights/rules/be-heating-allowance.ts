// Allocation de chauffage (Fonds social chauffage) / verwarmingstoelage — research §6.
// For heating oil, lamp petroleum or bulk propane only. Three ways in: a person living alone
// with BIM (or a household where everyone has BIM) without income check; a low income; or
// debt mediation.
import { all, any, no, unknown, yes, type Check } from '../engine/check';
import { ceilingOf, incomeYear, isCeiling } from '../engine/ceilings';
import { incomeAtMost, taxableIncome } from '../engine/income';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { HEATING_CEILING, HEATING_PER_DEPENDANT } from '../parameters/be-heating-allowance';

const COVERED_FUELS = new Set(['heating-oil', 'bulk-propane']);

function coveredFuel({ facts }: RuleContext): Check {
  const heating = facts.household.housing?.heating;
  if (heating === undefined) return unknown(['household.housing.heating']);
  return COVERED_FUELS.has(heating)
    ? yes(reason('heating.fuelCovered', { fuel: heating }))
    : no(reason('heating.fuelNotCovered', { fuel: heating }));
}

/** Category 1: someone living alone (children allowed) with BIM, or everyone in the household with BIM. */
function bimRoute(context: RuleContext): Check {
  const { facts } = context;
  const selfHasBim = any(facts.hasStatus(facts.self, 'bim'), () => context.right('be-bim'));
  if (facts.livesWithoutOtherAdults) return all(selfHasBim, yes(reason('heating.livesAlone')));
  return all(...facts.members.map((member) => facts.hasStatus(member, 'bim')), yes(reason('heating.everyoneBim')));
}

/**
 * Category 2: gross taxable household income, plus an amount per dependant. A dependant is a
 * child, or another adult with (nearly) no income; an adult whose income is not known yet may
 * be one: decided without them, and "maybe" if only counting them would let the household in.
 */
function incomeRoute(context: RuleContext): Check {
  const { facts } = context;
  const withoutIncome = facts.otherAdults.filter((m) => m.member.incomes !== undefined && m.member.incomes.length === 0);
  const incomeUnknown = facts.otherAdults.filter((m) => m.member.incomes === undefined);
  const known = facts.children.length + withoutIncome.length;
  const income = taxableIncome(facts, 'gross-taxable', facts.members, { year: incomeYear(context, 1) });
  const strict = ceilingOf(context, HEATING_CEILING, { parameter: HEATING_PER_DEPENDANT, count: known });
  if (!isCeiling(strict)) return strict;
  const check = incomeAtMost(income, strict, { people: facts.size });
  if (check.verdict === 'yes' || incomeUnknown.length === 0) return check;
  const generous = ceilingOf(context, HEATING_CEILING, { parameter: HEATING_PER_DEPENDANT, count: known + incomeUnknown.length });
  if (!isCeiling(generous)) return check;
  const loose = incomeAtMost(income, generous, { people: facts.size });
  if (loose.verdict === 'no') return check;
  return unknown([...incomeUnknown.map((m) => m.path('incomes')), ...loose.missing], ...loose.reasons);
}

/** Category 3: collective debt settlement or debt mediation. */
function debtRoute({ facts }: RuleContext): Check {
  return facts.anyMemberHasStatus('debt-mediation');
}

export const heatingAllowance: RightDefinition = {
  id: 'be-heating-allowance',
  level: 'federal',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Allocation de chauffage (Fonds social chauffage)', nl: 'Verwarmingstoelage (Sociaal Verwarmingsfonds)', de: 'Heizkostenzuschuss' },
  worthAsking: ['heating.within60Days', 'heating.mainHeating'],
  claim: { documents: ['id-card', 'delivery-note', 'income-proofs'], steps: 3 },
  sources: [
    'https://cpasconnect.be/actualites/actualite/720858527752530596',
    'https://mc.be/en-marche/vos-droits/consommation/une-allocation-pour-se-chauffer',
    'https://www.mi-is.be/fr/fonds-social-mazout',
  ],
  research: 'be-allocation-chauffage',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({
    check: all(
      () => coveredFuel(context),
      () =>
        any(
          () => bimRoute(context),
          () => incomeRoute(context),
          () => debtRoute(context),
        ),
    ),
  }),
};
