// Fonds social de l'eau, Wallonia — research §30. For any household that has trouble paying
// its water bill: the CPAS makes a social enquiry and decides the amount, within a yearly
// maximum. Water policy was not transferred to the German-speaking Community: the fund covers
// its municipalities too.
import { all } from '../engine/check';
import { cents, perYear } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { WAL_WATER_FUND_MAX, WAL_WATER_FUND_MEMBERS_IN_BASE, WAL_WATER_FUND_PER_PERSON } from '../parameters/wal-social-water-fund';
import { hasArrears } from './housing-shared';

/** The 2019 maximum for this household, said with its year: it has been indexed since. */
function maximumReason(context: RuleContext): Reason | undefined {
  const max = context.valueOf(WAL_WATER_FUND_MAX);
  const perPerson = context.valueOf(WAL_WATER_FUND_PER_PERSON);
  const inBase = context.valueOf(WAL_WATER_FUND_MEMBERS_IN_BASE);
  if (!max || !perPerson || !inBase) return undefined;
  const amount = max.value + perPerson.value * Math.max(0, context.facts.size - inBase.value);
  return reason('water.walMaximum2019', { amount: perYear(cents(amount)), year: Number(max.validFrom.slice(0, 4)) });
}

export const walSocialWaterFund: RightDefinition = {
  id: 'wal-social-water-fund',
  level: 'wallonia',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Fonds social de l’eau', nl: 'Sociaal Waterfonds (Wallonië)', de: 'Sozialer Wasserfonds' },
  worthAsking: ['water.askEarly'],
  claim: { documents: ['id-card', 'water-bill', 'income-proofs'], steps: 3 },
  sources: [
    'https://www.nassogne.be/ma-commune/social/centre_public_action_sociale_CPAS/le-service-social-general-1/fonds_social_eau',
    'https://www.spge.be/en/social-water-fund.html?IDC=9&IDD=1348',
  ],
  research: 'reg-eau-social',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => facts.regionIs('wallonia', 'german-speaking'),
      () => hasArrears(facts),
    );
    const maximum = check.verdict === 'no' ? undefined : maximumReason(context);
    return { check: maximum ? { ...check, reasons: [...check.reasons, maximum] } : check };
  },
};
