// Aide sociale équivalente au revenu d'intégration (ERIS) — research §8. For foreigners in
// the foreigners register, who cannot get the RIS: same amounts, same means test.
import { all, no, unknown, yes, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { risMeansTest } from './ris-means-test';

function residenceGivesEquivalentAid({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  if (residence === undefined) return unknown([facts.self.path('residence')]);
  if (residence === 'residence-permit') return yes(reason('eris.foreignersRegister'));
  if (residence === 'belgian' || residence === 'eu') return no(reason('eris.risInstead'));
  // Asylum seekers get material aid (Fedasil); undocumented people urgent medical aid.
  return no(reason('eris.residenceExcluded', { residence }));
}

export const equivalentSocialAid: RightDefinition = {
  id: 'be-equivalent-social-aid',
  level: 'federal',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Aide sociale équivalente au revenu d’intégration', nl: 'Equivalent leefloon', de: 'Sozialhilfe gleichwertig zum Eingliederungseinkommen' },
  worthAsking: ['ris.availableForWork', 'ris.otherBenefitsFirst'],
  claim: { documents: ['id-card', 'residence-permit', 'bank-card', 'income-proofs', 'rent-contract'], steps: 3 },
  sources: [
    'http://www.ocmw-info-cpas.be/index.php/fiche_FT_fr/laide_sociale_financiere_equivalente_au_revenu_dintegration_sociale_eris_ft',
  ],
  research: 'be-aide-equivalente-ris',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownToReceive('social-aid', [facts.self]),
  evaluate: (context) => {
    const means = risMeansTest(context);
    return {
      check: all(
        () => residenceGivesEquivalentAid(context),
        () => context.facts.ageAtLeast(context.facts.self, 18),
        means.check,
      ),
      ...(means.estimate ? { estimate: means.estimate } : {}),
    };
  },
};
