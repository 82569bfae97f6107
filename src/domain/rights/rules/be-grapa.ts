// Garantie de revenus aux personnes âgées (GRAPA) / inkomensgarantie voor ouderen (IGO) —
// research §9. From the legal pension age, for people whose household resources are low;
// resources of the people living together are shared out between them.
import { all, no, toConfirm, unknown, yes, type Check } from '../engine/check';
import { incomeAtMost, middle, monthlyNetIncome } from '../engine/income';
import { cents, perMonth } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { GRAPA_BASE, GRAPA_SINGLE, PENSION_AGE } from '../parameters/be-grapa';

function residenceAllowsGrapa({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  if (residence === undefined) return unknown([facts.self.path('residence')]);
  if (residence === 'belgian' || residence === 'eu') return yes();
  // Refugees, stateless people and some long-term residents qualify: the pension service decides.
  if (residence === 'residence-permit') return unknown([], reason('grapa.nationalityDecides'));
  return no(reason('grapa.residenceExcluded', { residence }));
}

/**
 * "Isolé" for GRAPA also covers someone living only with their children or other relatives in
 * direct line; a partner or another adult makes the person a cohabitant.
 */
function livesAsSingle({ facts }: RuleContext): boolean {
  return !facts.partner && facts.otherAdults.every((adult) => adult.member.relation === 'parent');
}

export const grapa: RightDefinition = {
  id: 'be-grapa',
  level: 'federal',
  provider: 'pension-service',
  automatic: false,
  officialNames: { fr: 'Garantie de revenus aux personnes âgées (GRAPA)', nl: 'Inkomensgarantie voor ouderen (IGO)', de: 'Einkommensgarantie für Betagte (EGB)' },
  worthAsking: ['grapa.daysAbroad', 'grapa.propertyCounted'],
  claim: { documents: ['id-card', 'bank-card', 'income-proofs'], steps: 2, website: 'https://www.mypension.be' },
  sources: ['https://www.sfpd.fgov.be/fr/droit-a-la-pension/grapa', 'https://mc.be/en-marche/vos-droits/la-grapa-une-aide-sociale-pour-les-personnes-agees'],
  research: 'be-grapa',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownToReceive('grapa', [facts.self]),
  evaluate: (context) => {
    const { facts } = context;
    const age = context.valueOf(PENSION_AGE);
    const single = livesAsSingle(context);
    const amount = context.valueOf(single ? GRAPA_SINGLE : GRAPA_BASE);
    if (!age || !amount) return { check: toConfirm(reason('figure.unknownForDate')) };
    // A couple's resources are shared between the two: each half is compared with the base amount.
    const sharers = single ? [facts.self] : facts.couple;
    const resources = monthlyNetIncome(sharers, { exclude: ['grapa', 'child-benefit'] });
    const perPerson =
      'figure' in resources
        ? { figure: { ...resources.figure, low: resources.figure.low / sharers.length, high: resources.figure.high / sharers.length } }
        : resources;
    const mid = middle(perPerson);
    const estimate = mid === undefined ? undefined : perMonth(cents(Math.max(0, amount.value - mid)));
    return {
      check: all(
        () => facts.ageAtLeast(facts.self, age.value),
        () => residenceAllowsGrapa(context),
        () =>
          incomeAtMost(perPerson, {
            amount: amount.value,
            per: 'month',
            verified: amount.verified,
            bound: amount.bound,
          }),
      ),
      ...(estimate && estimate.amount > 0 ? { estimate } : {}),
    };
  },
};

