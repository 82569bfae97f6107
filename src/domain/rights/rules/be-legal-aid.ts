// Aide juridique de deuxième ligne (pro deo) / juridische tweedelijnsbijstand — research §17.
// A lawyer paid by the State, totally or partly, named by the bar's legal aid office (BAJ).
// Two ways in: a presumption of lacking means (RIS, CPAS aid, GRAPA, disability allowance…),
// whatever the income; or the household's net monthly income under the threshold of its
// situation (isolated, or with a family in charge / living with others).
import { any, no, toConfirm, unknown, withReason, type Check } from '../engine/check';
import { ceilingOf, isCeiling } from '../engine/ceilings';
import { incomeAtMost, monthlyNetIncome, type Ceiling, type IncomeLookup } from '../engine/income';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { RIS_FAMILY } from '../parameters/be-integration-income';
import {
  LEGAL_AID_DEDUCTION_SHARE_OF_RIS,
  LEGAL_AID_HOUSEHOLD_PARTLY_FREE,
  LEGAL_AID_HOUSEHOLD_TOTALLY_FREE,
  LEGAL_AID_ISOLATED_PARTLY_FREE,
  LEGAL_AID_ISOLATED_TOTALLY_FREE,
} from '../parameters/be-legal-aid';

/** Family allowances are not counted in the means of existence (esenca.be). */
const NOT_COUNTED = ['child-benefit'] as const;

/** A route the research could not confirm: at best "to confirm with the office", never a yes. */
function onlyToConfirm(check: Check, why: string): Check {
  if (check.verdict === 'yes') return toConfirm(reason(why));
  return check.verdict === 'unknown' ? unknown(check.missing) : no();
}

/** Presumed without means (rebuttable): people who receive one of these rights. */
function presumptionRoute(context: RuleContext): Check {
  const check = any(
    context.right('be-integration-income'),
    context.right('be-equivalent-social-aid'),
    context.right('be-grapa'),
    context.right('be-disability-allowance'),
  );
  if (check.verdict === 'no') return no();
  return check.verdict === 'yes' ? withReason(check, reason('legalAid.presumedWithoutMeans'), reason('legalAid.totallyFree')) : check;
}

/** Social tenants are presumed too, under conditions the research could not read in full. */
function socialTenantRoute({ facts }: RuleContext): Check {
  const tenure = facts.household.housing?.tenure;
  if (tenure === undefined) return unknown(['household.housing.tenure']);
  return tenure === 'social-rent' ? toConfirm(reason('legalAid.socialTenant')) : no();
}

/** Presumptions named by some sources but not confirmed by the research (§17). */
function unconfirmedPresumptions({ facts }: RuleContext): Check {
  const self = facts.self;
  const residence = self.member.residence;
  return any(
    () => onlyToConfirm(facts.ageBelow(self, 18), 'legalAid.minorToConfirm'),
    () =>
      residence === undefined
        ? unknown([self.path('residence')])
        : residence === 'asylum-seeker'
          ? toConfirm(reason('legalAid.asylumSeekerToConfirm'))
          : no(),
    () => onlyToConfirm(facts.hasStatus(self, 'debt-mediation'), 'legalAid.debtSettlementToConfirm'),
  );
}

function minus(lookup: IncomeLookup, amount: number): IncomeLookup {
  if ('missing' in lookup) return lookup;
  const { figure } = lookup;
  return { figure: { ...figure, low: Math.max(0, figure.low - amount), high: Math.max(0, figure.high - amount) } };
}

/**
 * Whether the unconfirmed deduction per dependant child could bring the income under a
 * threshold: the deduction is only ever used to turn a "no" into "to confirm".
 */
function deductionCouldHelp(context: RuleContext, income: IncomeLookup, ceiling: Ceiling): boolean | undefined {
  const children = context.facts.children.length;
  if (children === 0) return false;
  const share = context.valueOf(LEGAL_AID_DEDUCTION_SHARE_OF_RIS);
  const ris = context.valueOf(RIS_FAMILY);
  if (!share || !ris) return undefined;
  return incomeAtMost(minus(income, children * share.value * ris.value), ceiling).verdict !== 'no';
}

/** Means test: totally free under the first threshold, partly free up to the second. */
function incomeRoute(context: RuleContext): Check {
  const { facts } = context;
  const isolated = facts.size === 1;
  const totallyFree = ceilingOf(context, isolated ? LEGAL_AID_ISOLATED_TOTALLY_FREE : LEGAL_AID_HOUSEHOLD_TOTALLY_FREE);
  const partlyFree = ceilingOf(context, isolated ? LEGAL_AID_ISOLATED_PARTLY_FREE : LEGAL_AID_HOUSEHOLD_PARTLY_FREE);
  if (!isCeiling(totallyFree)) return totallyFree;
  if (!isCeiling(partlyFree)) return partlyFree;
  // Everyone's income counts: the person's, their partner's and that of any adult living with them.
  const income = monthlyNetIncome(facts.members, { exclude: NOT_COUNTED });
  const situation = reason(isolated ? 'legalAid.isolated' : 'legalAid.household');

  const totally = incomeAtMost(income, totallyFree);
  if (totally.verdict === 'yes') return withReason(totally, situation, reason('legalAid.totallyFree'));
  const partly = incomeAtMost(income, partlyFree);
  if (partly.verdict === 'yes') {
    if (totally.verdict === 'unknown') return withReason(partly, situation, reason('legalAid.atLeastPartlyFree'));
    const more = deductionCouldHelp(context, income, totallyFree) === false ? [] : [reason('legalAid.maybeTotallyWithDeduction')];
    return withReason(partly, situation, reason('legalAid.partlyFree'), ...more);
  }
  if (partly.verdict === 'unknown') return withReason(partly, situation);
  if (deductionCouldHelp(context, income, partlyFree) === false) return withReason(partly, situation);
  return toConfirm(...partly.reasons, situation, reason('legalAid.dependantDeduction', { children: facts.children.length }));
}

export const legalAid: RightDefinition = {
  id: 'be-legal-aid',
  level: 'federal',
  provider: 'legal-aid-office',
  automatic: false,
  officialNames: {
    fr: 'Aide juridique de deuxième ligne (pro deo)',
    nl: 'Juridische tweedelijnsbijstand (pro deo)',
    de: 'Weiterführender juristischer Beistand (Pro Deo)',
  },
  worthAsking: ['legalAid.conflictOfInterest', 'legalAid.courtCosts', 'legalAid.firstLineFree'],
  claim: { documents: ['id-card', 'household-composition', 'income-proofs', 'benefit-decision'], steps: 3 },
  sources: [
    'https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance',
    'https://www.esenca.be/legislations/justice/la-capacite-juridique/l-aide-juridique-de-2e-ligne/les-beneficiaire-de-l-aide-partielle-gratuite/',
    'https://www.deplalaw.be/documents/nieuwsarchief/kl2031330-recht-op-juridische-tweedelijnsbijstand-strikter-beoordeeld.xml?lang=nl',
    'https://www.vlaanderen.be/juridische-tweedelijnsbijstand-pro-deoadvocaat',
  ],
  research: 'be-aide-juridique-2e-ligne',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({
    check: any(
      () => presumptionRoute(context),
      () => incomeRoute(context),
      () => socialTenantRoute(context),
      () => unconfirmedPresumptions(context),
    ),
  }),
};
