// Intervention majorée (BIM) / verhoogde tegemoetkoming — research/rights-be.md §2.
// Automatic for people who receive RIS, equivalent CPAS aid, GRAPA or a disability allowance
// (and for a child with a recognised disability); otherwise on request, after an income check.
import { all, any, no, unknown, yes, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import { ceilingOf, incomeAtMostOrConfirm, incomeYear } from '../engine/ceilings';
import { taxableIncome } from '../engine/income';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  BIM_ANNUAL_CEILING,
  BIM_ANNUAL_PER_PERSON,
  BIM_MONTHLY_REFERENCE_CEILING,
  BIM_MONTHLY_REFERENCE_PER_PERSON,
} from '../parameters/be-bim';

/** People "with an indicator" are assessed on the income of the current month. */
function hasIndicator({ facts }: RuleContext): Check {
  const self = facts.self;
  return any(
    facts.receives(self, 'pension'),
    facts.receives(self, 'sickness-invalidity'),
    facts.receives(self, 'unemployment'),
    facts.hasStatus(self, 'single-parent'),
  );
}

/**
 * Income route. The amount added per person is "per dependant" in one source and "per
 * additional household member" in another: decide on the strict reading, and call the gap
 * between the two readings "to confirm".
 */
function incomeRoute(context: RuleContext): Check {
  const { facts } = context;
  const dependants = facts.children.length;
  const additionalMembers = facts.family.length - 1;
  const annual = taxableIncome(facts, 'gross-taxable', facts.family, { year: incomeYear(context, 1) });
  const annualCheck = incomeAtMostOrConfirm(
    annual,
    ceilingOf(context, BIM_ANNUAL_CEILING, { parameter: BIM_ANNUAL_PER_PERSON, count: dependants }),
    ceilingOf(context, BIM_ANNUAL_CEILING, { parameter: BIM_ANNUAL_PER_PERSON, count: additionalMembers }),
    { people: facts.family.length },
  );
  const monthly = () => {
    const indicator = hasIndicator(context);
    if (indicator.verdict !== 'yes') return indicator.verdict === 'no' ? no() : indicator;
    // Income of the month × 12: today's incomes, not a past tax year.
    const current = taxableIncome(facts, 'gross-taxable', facts.family);
    return incomeAtMostOrConfirm(
      current,
      ceilingOf(context, BIM_MONTHLY_REFERENCE_CEILING, { parameter: BIM_MONTHLY_REFERENCE_PER_PERSON, count: dependants }),
      ceilingOf(context, BIM_MONTHLY_REFERENCE_CEILING, { parameter: BIM_MONTHLY_REFERENCE_PER_PERSON, count: additionalMembers }),
      { people: facts.family.length },
    );
  };
  return any(annualCheck, monthly);
}

/** BIM is a status of health insurance: undocumented people and asylum seekers are not insured with a mutuality. */
function insured({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  if (residence === undefined) return unknown([facts.self.path('residence')]);
  if (residence === 'undocumented' || residence === 'asylum-seeker') return no(reason('bim.notInsured', { residence }));
  return yes();
}

function automaticRoute({ facts }: RuleContext): Check {
  const family = facts.family;
  return any(
    facts.anyMemberReceives('integration-income', family),
    facts.anyMemberReceives('social-aid', family),
    facts.anyMemberReceives('grapa', family),
    facts.anyMemberReceives('disability-allowance', family),
    () => (facts.children.length > 0 ? facts.anyMemberHasStatus('disability-recognised', facts.children) : no()),
  );
}

export const bim: RightDefinition = {
  id: 'be-bim',
  level: 'federal',
  provider: 'mutuality',
  automatic: false,
  officialNames: { fr: 'Intervention majorée (BIM)', nl: 'Verhoogde tegemoetkoming', de: 'Erhöhte Kostenerstattung' },
  worthAsking: ['bim.risThreeMonths', 'bim.newAutomaticGroups'],
  claim: { documents: ['id-card', 'sworn-statement-income', 'income-proofs', 'tax-assessment'], steps: 3 },
  sources: [
    'https://statut-bim.be/pour-qui/',
    'https://mc.be/en-marche/vos-droits/droits-du-patient/beneficier-de-lintervention-majoree',
    'https://www.droitsquotidiens.be/fr/question/qui-peut-recevoir-lintervention-majoree-statut-bim',
  ],
  research: 'be-bim',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.self.member.statuses?.includes('bim') === true,
  evaluate: (context) => {
    const insurance = insured(context);
    if (insurance.verdict === 'no') return { check: insurance };
    const automatic = all(insurance, automaticRoute(context));
    if (automatic.verdict === 'yes') return { check: automatic, automatic: true };
    const viaOtherRight = () =>
      any(
        context.right('be-integration-income'),
        context.right('be-equivalent-social-aid'),
        context.right('be-grapa'),
        context.right('be-disability-allowance'),
        // APA in Wallonia and Brussels and the Flemish care budget give BIM automatically; the
        // German-speaking Community's APA no longer does (no income test there).
        context.right('wal-apa'),
        context.right('bru-apa'),
        context.right('vl-care-budget-elderly'),
      );
    const check = all(insurance, () => any(automatic, () => incomeRoute(context), viaOtherRight));
    // Through a chain the BIM comes on its own once the other right is granted.
    return { check, automatic: check.verdict === 'yes' && check.after.length > 0 };
  },
};
