// Tarif social pour l'énergie / sociaal tarief — research §4. Categorical: it follows from a
// benefit (CPAS aid, a disability allowance, APA, GRAPA), never from income alone. BIM alone
// no longer gives it since 1 July 2023.
import { any, no, unknown, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';

/** Category 4 (gas only): social-housing tenants heated by a collective gas boiler. */
function socialHousingGas({ facts }: RuleContext): Check {
  const housing = facts.household.housing;
  if (housing?.tenure === undefined) return unknown(['household.housing.tenure']);
  if (housing.tenure !== 'social-rent') return no();
  if (housing.heating === undefined) return unknown(['household.housing.heating']);
  if (housing.heating !== 'natural-gas') return no();
  // Whether the boiler is collective is not in the profile: the office knows.
  return unknown([], reason('energy.collectiveBoiler'));
}

export const socialEnergyTariff: RightDefinition = {
  id: 'be-social-energy-tariff',
  level: 'federal',
  provider: 'spf-economie',
  automatic: true,
  officialNames: { fr: 'Tarif social pour l’énergie', nl: 'Sociaal tarief voor energie', de: 'Sozialtarif für Energie' },
  worthAsking: ['energy.notSecondHome'],
  claim: { documents: ['id-card', 'benefit-decision'], steps: 2, phone: '0800 120 33' },
  sources: [
    'https://economie.fgov.be/fr/themes/energie/prix-de-lenergie/tarif-social-pour-lenergie/tarif-social-pour-lenergie',
    'https://www.ksz.fgov.be/fr/project/ssh-tarif-social-gaz-et-electricite',
  ],
  research: 'be-tarif-social-energie',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownStatus('social-energy-tariff'),
  evaluate: (context) => {
    const { facts } = context;
    const received = any(
      facts.anyMemberReceives('integration-income'),
      facts.anyMemberReceives('social-aid'),
      facts.anyMemberReceives('disability-allowance'),
      facts.anyMemberReceives('grapa'),
    );
    if (received.verdict === 'yes') return { check: received, automatic: true };
    const check = any(
      received,
      () =>
        any(
          context.right('be-integration-income'),
          context.right('be-equivalent-social-aid'),
          context.right('be-disability-allowance'),
          context.right('be-grapa'),
          context.right('wal-apa'),
          context.right('bru-apa'),
          context.right('dg-apa'),
        ),
      () => socialHousingGas(context),
    );
    if (check.verdict === 'no' && facts.knownStatus('bim')) {
      return { check: no(...check.reasons, reason('energy.bimAloneNotEnough')) };
    }
    return { check: check.verdict === 'yes' ? { ...check, reasons: [...check.reasons, reason('energy.followsFromBenefit')] } : check };
  },
};

