// Allocation de remplacement de revenus (ARR) and allocation d'intégration (AI) / IVT and IT —
// research §10. For an adult aged 21 to 64 at the request whose earning capacity is reduced
// to a third or less (ARR) or who has at least 7 points of lost autonomy (AI). The household
// income test exists but its figures were not found: where the medical side holds, the answer
// is "to confirm with the DG Personnes handicapées".
import { all, any, toConfirm, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';

function memberQualifies({ facts }: RuleContext, member: MemberFacts): Check {
  return all(
    () => facts.ageAtLeast(member, 21),
    () => facts.ageBelow(member, 65),
    () => any(facts.hasStatus(member, 'disability-recognised'), facts.hasStatus(member, 'autonomy-points-7')),
  );
}

export const disabilityAllowance: RightDefinition = {
  id: 'be-disability-allowance',
  level: 'federal',
  provider: 'dg-han',
  automatic: false,
  officialNames: {
    fr: 'Allocation de remplacement de revenus et allocation d’intégration',
    nl: 'Inkomensvervangende tegemoetkoming en integratietegemoetkoming',
    de: 'Einkommensersatzbeihilfe und Integrationsbeihilfe',
  },
  worthAsking: ['disability.medicalAssessment'],
  claim: { documents: ['id-card', 'medical-reports', 'income-proofs'], steps: 3, website: 'https://myhandicap.belgium.be' },
  sources: ['https://handicap.belgium.be/fr/contact/faq', 'https://events.chuliege.be/myapp4sep/2023/09/11/demarches-sociales-quelles-aides-possibles-les-demandes-dallocations'],
  research: 'be-arr-ai',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownToReceive('disability-allowance', facts.couple),
  evaluate: (context) => {
    return {
      check: all(
        () => any(...context.facts.couple.map((member) => () => memberQualifies(context, member))),
        toConfirm(reason('disability.incomeTestToConfirm')),
      ),
    };
  },
};
