// Sozialzuschlag of the Kindergeld, German-speaking Community — research §13.4. The amount is
// known; the income threshold is UNVERIFIED, so no parameter holds it.
import { parameter } from './parameter';

export const DG_SOCIAL_SUPPLEMENT = parameter({
  id: 'dg-family-allowance-social-supplement.amount',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2023-07-01',
      value: 86.59,
      verified: true,
      source: 'https://www.droitsquotidiens.be/fr/question/quelles-allocations-familiales-pour-les-enfants-domicilies-en-communaute-germanophone?o=8127',
      note: 'Indexed 01/07/2023. The source does not say whether it is per child or per family: shown, not estimated.',
    },
  ],
});
