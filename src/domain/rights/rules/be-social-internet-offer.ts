// Offre internet sociale / sociaal internetaanbod — research §18. Since 1 March 2024, fixed
// internet for at most 19 € a month, for households where someone belongs to a category: CPAS
// income support (cat. 1), a DG HAN disability allowance (2A), APA or the Flemish care budget
// for elderly people (2B), a child with at least 4 points in pillar 1 (2C). BIM alone is not a
// category. Not automatic: the household asks an operator, who checks.
import { any, no, toConfirm, unknown, withReason, type Check } from '../engine/check';
import { perMonth } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { SOCIAL_INTERNET_MAX_PRICE } from '../parameters/be-social-internet-offer';

/** Categories 1 and 2A, for someone who already receives the benefit. */
function receivesBenefit({ facts }: RuleContext): Check {
  return any(
    facts.anyMemberReceives('integration-income'),
    facts.anyMemberReceives('social-aid'),
    facts.anyMemberReceives('disability-allowance'),
  );
}

/**
 * Category 2B. APA and the Flemish care budget need a recognised loss of autonomy of 7 points
 * or more (research §11): only for such a member can the regional right open the offer.
 */
function elderlyCare(context: RuleContext): Check {
  const needsCare = context.facts.anyMemberHasStatus('autonomy-points-7');
  if (needsCare.verdict === 'no') return no();
  const care = any(
    context.right('wal-apa'),
    context.right('bru-apa'),
    context.right('vl-care-budget-elderly'),
    context.right('dg-apa'),
  );
  if (care.verdict === 'unknown' && needsCare.verdict === 'unknown') {
    return unknown([...needsCare.missing, ...care.missing], ...care.reasons);
  }
  return care;
}

/** Category 2C: the profile says "recognised disability", not the points of pillar 1. */
function childWithSupplement({ facts }: RuleContext): Check {
  if (facts.children.length === 0) return no();
  const disability = facts.anyMemberHasStatus('disability-recognised', facts.children);
  if (disability.verdict === 'yes') return unknown([], reason('internet.childPointsToCheck'));
  return disability.verdict === 'unknown' ? disability : no();
}

/** GRAPA may be a category, but the research could not read it in the source (§18). */
function grapaToConfirm(context: RuleContext): Check {
  const grapa = any(context.facts.anyMemberReceives('grapa'), () => context.right('be-grapa'));
  if (grapa.verdict === 'yes') return toConfirm(reason('internet.grapaToConfirm'));
  return grapa.verdict === 'unknown' ? grapa : no();
}

export const socialInternetOffer: RightDefinition = {
  id: 'be-social-internet-offer',
  level: 'federal',
  provider: 'telecom-operator',
  automatic: false,
  officialNames: { fr: 'Offre Internet sociale', nl: 'Sociaal internetaanbod', de: 'Soziales Internetangebot' },
  worthAsking: ['internet.onePerHousehold', 'internet.domiciledInBelgium', 'internet.otherCategories'],
  claim: { documents: ['id-card'], steps: 3 },
  sources: [
    'https://ibpt.be/consommateurs/tarif-social',
    'https://economie.fgov.be/fr/themes/line/telecommunications/offre-internet-sociale/questions-frequentes-sur',
  ],
  research: 'be-offre-internet-sociale',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const price = context.valueOf(SOCIAL_INTERNET_MAX_PRICE);
    if (!price) return { check: no(reason('internet.notYetInForce')) };
    const check = any(
      () => receivesBenefit(context),
      () =>
        any(
          context.right('be-integration-income'),
          context.right('be-equivalent-social-aid'),
          context.right('be-disability-allowance'),
        ),
      () => elderlyCare(context),
      () => childWithSupplement(context),
      () => grapaToConfirm(context),
    );
    if (check.verdict === 'yes') {
      return { check: withReason(check, reason('internet.maxPrice', { price: perMonth(price.value) }), reason('internet.askOperator')) };
    }
    if (check.verdict === 'no' && facts.knownStatus('bim')) return { check: no(...check.reasons, reason('internet.bimAloneNotEnough')) };
    return { check };
  },
};
