// Vermindering van de onroerende voorheffing, Flanders — research §29. For the occupant with
// at least two children with family allowances, or a child with a disability. The amount
// varies by province and commune (none is given); some reductions are granted automatically.
import { all, any, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition } from '../engine/rule';
import { VL_PROPERTY_TAX_MIN_CHILDREN } from '../parameters/vl-property-tax-reduction';
import { disabledMember, enoughChildren, occupant } from './property-tax-shared';

export const vlPropertyTaxReduction: RightDefinition = {
  id: 'vl-property-tax-reduction',
  level: 'flanders',
  provider: 'regional-tax-administration',
  automatic: false,
  officialNames: { fr: 'Réduction du précompte immobilier (Flandre)', nl: 'Vermindering van de onroerende voorheffing', de: 'Ermäßigung des Immobiliensteuervorabzugs (Flandern)' },
  worthAsking: ['propertyTax.onFirstJanuary', 'propertyTax.vlAmountVaries', 'propertyTax.vlAskOtherReductions', 'propertyTax.tenantAsksLandlord'],
  claim: { documents: ['id-card', 'household-composition', 'property-tax-bill'], steps: 3 },
  sources: [
    'https://crm.snpc-nems.be/fr/content/la-r%C3%A9duction-du-pr%C3%A9compte-immobilier-profite-t-elle-au-bailleur-ou-au-locataire',
    'https://moneytalk.levif.be/finance-et-bourse/comment-beneficier-d-une-reduction-du-precompte-immobilier/article-normal-1574937.html',
  ],
  research: 'reg-precompte-immobilier',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check: Check = all(
      () => facts.regionIs('flanders'),
      () => occupant(facts),
      () =>
        any(
          () => enoughChildren(context, VL_PROPERTY_TAX_MIN_CHILDREN),
          () => disabledMember(facts.children),
        ),
    );
    // Part of the Flemish reductions come without a request: look at the tax bill first.
    return { check: check.verdict === 'no' ? check : { ...check, reasons: [...check.reasons, reason('propertyTax.vlOftenAutomatic')] } };
  },
};
