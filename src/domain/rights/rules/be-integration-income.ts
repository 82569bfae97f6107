// Revenu d'intégration (RIS) / leefloon — research §7. A residual right granted by the CPAS
// after a social enquiry: the household's resources are topped up to the amount of its
// category. For Belgians, EU citizens and foreigners in the population register.
import { all, any, no, unknown, yes, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { risMeansTest } from './ris-means-test';
import { PENSION_AGE } from '../parameters/be-grapa';

function residenceAllowsRis({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  if (residence === undefined) return unknown([facts.self.path('residence')]);
  if (residence === 'belgian' || residence === 'eu') return yes();
  // The population register gives the RIS, the foreigners register the equivalent aid: the
  // profile does not say which, the CPAS does.
  if (residence === 'residence-permit') return unknown([], reason('ris.registerDecides'));
  return no(reason('ris.residenceExcluded', { residence }));
}

/** 18 or older; a minor only when emancipated by marriage, pregnant or with a child in charge. */
function ageAllowsRis({ facts }: RuleContext): Check {
  return any(
    facts.ageAtLeast(facts.self, 18),
    () => facts.hasStatus(facts.self, 'pregnant'),
    () => (facts.children.length > 0 ? yes(reason('ris.minorWithChild')) : no()),
  );
}

/**
 * The RIS is residual: from the pension age the GRAPA takes its place (the pension service
 * examines it for RIS recipients reaching that age; the CPAS may advance it while it waits).
 * Not made to depend on the GRAPA's own answer, which follows income: a higher income must
 * never open the RIS.
 */
function grapaFirst(context: RuleContext): Check {
  const { self } = context.facts;
  const pensionAge = context.valueOf(PENSION_AGE);
  if (self.age === undefined) return unknown([self.path('birthDate')]);
  if (!pensionAge || self.age < pensionAge.value) return yes();
  return no(reason('ris.grapaFirst'));
}

export const integrationIncome: RightDefinition = {
  id: 'be-integration-income',
  level: 'federal',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Revenu d’intégration sociale (RIS)', nl: 'Leefloon', de: 'Eingliederungseinkommen' },
  worthAsking: ['ris.availableForWork', 'ris.otherBenefitsFirst', 'ris.livesInBelgium'],
  claim: { documents: ['id-card', 'bank-card', 'income-proofs', 'rent-contract', 'household-composition'], steps: 3 },
  sources: [
    'https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale',
    'https://primabook.mi-is.be/fr/droit-lintegration-sociale/les-ayants-droits-et-le-montant-du-revenu-dintegration',
  ],
  research: 'be-ris',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownToReceive('integration-income', [facts.self]),
  evaluate: (context) => {
    const means = risMeansTest(context);
    return {
      check: all(
        () => residenceAllowsRis(context),
        () => ageAllowsRis(context),
        means.check,
        () => grapaFirst(context),
      ),
      ...(means.estimate ? { estimate: means.estimate } : {}),
    };
  },
};
