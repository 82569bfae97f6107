// Réductions du précompte immobilier, Brussels — research §29. For the occupant: 10 % per
// child with at least two children, 20 % per person with a disability, 25 % for a modest
// dwelling. Always on request. Percentages of a tax the profile does not give: no amount.
import { all, any, toConfirm, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  BRU_PROPERTY_TAX_MIN_CHILDREN,
  BRU_PROPERTY_TAX_MODEST_CADASTRAL_INCOME,
  BRU_PROPERTY_TAX_MODEST_SHARE,
  BRU_PROPERTY_TAX_PER_CHILD_SHARE,
  BRU_PROPERTY_TAX_PER_DISABLED_SHARE,
} from '../parameters/bru-property-tax-reduction';
import { disabledMember, enoughChildren, modestDwelling, occupant } from './property-tax-shared';

function percent(context: RuleContext, parameter: Parameters<RuleContext['valueOf']>[0]): number | undefined {
  const value = context.valueOf(parameter)?.value;
  return value === undefined ? undefined : Math.round(value * 100);
}

function withShare(check: Check, key: string, share: number | undefined): Check {
  if (check.verdict !== 'yes' || share === undefined) return check;
  return { ...check, reasons: [...check.reasons, reason(key, { percent: share })] };
}

function modestRoute(context: RuleContext): Check {
  const limit = context.valueOf(BRU_PROPERTY_TAX_MODEST_CADASTRAL_INCOME);
  if (!limit) return toConfirm(reason('figure.unknownForDate'));
  return withShare(modestDwelling(context.facts, limit.value), 'propertyTax.modestShare', percent(context, BRU_PROPERTY_TAX_MODEST_SHARE));
}

export const bruPropertyTaxReduction: RightDefinition = {
  id: 'bru-property-tax-reduction',
  level: 'brussels',
  provider: 'regional-tax-administration',
  automatic: false,
  officialNames: { fr: 'Réduction du précompte immobilier', nl: 'Vermindering van de onroerende voorheffing', de: 'Ermäßigung des Immobiliensteuervorabzugs (Brüssel)' },
  worthAsking: ['propertyTax.onFirstJanuary', 'propertyTax.bruModestDomiciled', 'propertyTax.tenantAsksLandlord'],
  claim: { documents: ['id-card', 'household-composition', 'property-tax-bill'], steps: 3 },
  sources: [
    'https://www.fisc-assist.be/new-flashes/reduction-du-precompte-immobilier-en-wallonie-et-a-bruxelles',
    'https://crm.snpc-nems.be/fr/content/la-r%C3%A9duction-du-pr%C3%A9compte-immobilier-profite-t-elle-au-bailleur-ou-au-locataire',
    'https://moneytalk.levif.be/finance-et-bourse/comment-beneficier-d-une-reduction-du-precompte-immobilier/article-normal-1574937.html',
  ],
  research: 'reg-precompte-immobilier',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    return {
      check: all(
        () => facts.regionIs('brussels'),
        () => occupant(facts),
        () =>
          any(
            () => withShare(enoughChildren(context, BRU_PROPERTY_TAX_MIN_CHILDREN), 'propertyTax.perChildShare', percent(context, BRU_PROPERTY_TAX_PER_CHILD_SHARE)),
            () => withShare(disabledMember(facts.members), 'propertyTax.perDisabledShare', percent(context, BRU_PROPERTY_TAX_PER_DISABLED_SHARE)),
            () => modestRoute(context),
          ),
      ),
    };
  },
};
