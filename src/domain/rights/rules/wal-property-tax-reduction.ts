// Réductions du précompte immobilier, Wallonia — research §29. For the occupant: 125 € per
// child with at least two children (or with a person with a disability in the household),
// 250 € per person with a disability, 25 % for a modest dwelling. Always on request.
// Regional taxes were not transferred to the German-speaking Community: the same rules apply
// there (SPW Fiscalité office in Eupen).
import { all, any, toConfirm, type Check } from '../engine/check';
import { cents, perYear, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  WAL_PROPERTY_TAX_MIN_CHILDREN,
  WAL_PROPERTY_TAX_MODEST_CADASTRAL_INCOME,
  WAL_PROPERTY_TAX_MODEST_SHARE,
  WAL_PROPERTY_TAX_PER_CHILD,
  WAL_PROPERTY_TAX_PER_DISABLED,
} from '../parameters/wal-property-tax-reduction';
import { dependentChildren, membersWithDisability } from './housing-shared';
import { disabledMember, enoughChildren, modestDwelling, occupant } from './property-tax-shared';

function modestRoute(context: RuleContext): Check {
  const limit = context.valueOf(WAL_PROPERTY_TAX_MODEST_CADASTRAL_INCOME);
  const share = context.valueOf(WAL_PROPERTY_TAX_MODEST_SHARE);
  if (!limit || !share) return toConfirm(reason('figure.unknownForDate'));
  const check = modestDwelling(context.facts, limit.value);
  return check.verdict === 'yes' ? { ...check, reasons: [...check.reasons, reason('propertyTax.modestShare', { percent: share.value * 100 })] } : check;
}

/**
 * What the family and disability reductions are worth on the household's sure facts: 125 € per
 * child without a disability once the reduction opens, 250 € per person with a disability. The
 * reduction never exceeds the tax itself, so this is an upper bound.
 */
function familyAmount(context: RuleContext): Money | undefined {
  const { facts } = context;
  const min = context.valueOf(WAL_PROPERTY_TAX_MIN_CHILDREN);
  const perChild = context.valueOf(WAL_PROPERTY_TAX_PER_CHILD);
  const perDisabled = context.valueOf(WAL_PROPERTY_TAX_PER_DISABLED);
  if (!min || !perChild || !perDisabled) return undefined;
  const children = dependentChildren(facts).sure;
  const disabled = membersWithDisability(facts.members).sure;
  const disabledChildren = membersWithDisability(facts.children).sure;
  const opens = children >= min.value || disabled > 0;
  const amount = (opens ? perChild.value * Math.max(0, children - disabledChildren) : 0) + perDisabled.value * disabled;
  return amount > 0 ? perYear(cents(amount)) : undefined;
}

export const walPropertyTaxReduction: RightDefinition = {
  id: 'wal-property-tax-reduction',
  level: 'wallonia',
  provider: 'regional-tax-administration',
  automatic: false,
  officialNames: {
    fr: 'Réduction du précompte immobilier',
    nl: 'Vermindering van de onroerende voorheffing (Wallonië)',
    de: 'Ermäßigung des Immobiliensteuervorabzugs',
  },
  worthAsking: ['propertyTax.onFirstJanuary', 'propertyTax.walSharedCustody', 'propertyTax.walOtherDependants', 'propertyTax.tenantAsksLandlord'],
  claim: { documents: ['id-card', 'household-composition', 'property-tax-bill'], steps: 3 },
  sources: [
    'https://www.fisc-assist.be/new-flashes/reduction-du-precompte-immobilier-en-wallonie-et-a-bruxelles',
    'https://crm.snpc-nems.be/fr/content/la-r%C3%A9duction-du-pr%C3%A9compte-immobilier-profite-t-elle-au-bailleur-ou-au-locataire',
    'https://aide-sociale.be/reduction-precompte-immobilier',
    'https://www.wallonie.be/de/demarches/ermassigung-des-immobiliensteuervorabzugs-beantragen',
  ],
  research: 'reg-precompte-immobilier',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => facts.regionIs('wallonia', 'german-speaking'),
      () => occupant(facts),
      () =>
        any(
          () => enoughChildren(context, WAL_PROPERTY_TAX_MIN_CHILDREN),
          () => disabledMember(facts.members),
          () => modestRoute(context),
        ),
    );
    const amount = familyAmount(context);
    if (!amount || check.verdict === 'no') return { check };
    return { check: { ...check, reasons: [...check.reasons, reason('propertyTax.walAmount', { amount })] }, estimate: amount };
  },
};
