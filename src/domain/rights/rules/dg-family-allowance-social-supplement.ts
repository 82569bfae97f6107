// Sozialzuschlag of the Kindergeld, German-speaking Community — research §13.4. Paid by the
// Ministerium der DG on top of the Kindergeld of children living in the nine German-speaking
// municipalities, for low-income families. The income threshold is UNVERIFIED: a family with
// children is told to confirm with the Ministerium; the amount is shown, not estimated.
import { all, toConfirm, withReason } from '../engine/check';
import { perMonth } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition } from '../engine/rule';
import { DG_SOCIAL_SUPPLEMENT } from '../parameters/dg-family-allowance-social-supplement';
import { entitledChildren } from './family-allowance-shared';

export const dgFamilyAllowanceSocialSupplement: RightDefinition = {
  id: 'dg-family-allowance-social-supplement',
  level: 'german-speaking',
  provider: 'dg-ministry',
  automatic: false,
  officialNames: {
    de: 'Sozialzuschlag (Kindergeld)',
    fr: 'Supplément social (allocations familiales en Communauté germanophone)',
    nl: 'Sociale toeslag (kinderbijslag Duitstalige Gemeenschap)',
  },
  worthAsking: ['familyAllowance.over18', 'dgFamilySupplement.askMinistry', 'dgFamilySupplement.largeFamily'],
  claim: { documents: ['tax-assessment', 'income-proofs'], steps: 2 },
  sources: ['https://www.droitsquotidiens.be/fr/question/quelles-allocations-familiales-pour-les-enfants-domicilies-en-communaute-germanophone?o=8127'],
  research: 'dg-kindergeld-sozialzuschlag',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = all(
      context.facts.regionIs('german-speaking'),
      entitledChildren(context).check,
      toConfirm(reason('dgFamilySupplement.incomeThresholdUnknown')),
    );
    const amount = context.valueOf(DG_SOCIAL_SUPPLEMENT);
    if (check.verdict === 'no' || !amount?.verified) return { check };
    return { check: withReason(check, reason('dgFamilySupplement.amount', { amount: perMonth(amount.value), year: Number(amount.validFrom.slice(0, 4)) })) };
  },
};
