// Social water measures, Brussels — research §30. Two ways: the regional social intervention
// for households with a member who has the BIM status on 1 January (Vivaqua writes to them
// and asks for a national number and a bank account), and the Vivaqua social fund, through
// the CPAS, for a household that cannot pay its water bill.
import { all, any, no, type Check } from '../engine/check';
import type { HouseholdFacts } from '../engine/facts';
import { perYear } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { BRU_WATER_INTERVENTION_START, BRU_WATER_PER_HOUSEHOLD, BRU_WATER_PER_PERSON } from '../parameters/bru-social-water';
import { hasArrears } from './housing-shared';

const BIM_ROUTE = 'water.bruBimOnFirstJanuary';

/** Someone with BIM on 1 January; through BIM when it is yet to be asked for (it then counts from the next 1 January). */
function bimRoute(context: RuleContext): Check {
  const { facts } = context;
  if (context.asOf < BRU_WATER_INTERVENTION_START) return no();
  const check = any(facts.anyMemberHasStatus('bim'), () => context.right('be-bim'));
  return check.verdict === 'yes' ? { ...check, reasons: [...check.reasons, reason(BIM_ROUTE)] } : check;
}

function fundRoute(facts: HouseholdFacts): Check {
  const arrears = hasArrears(facts);
  return arrears.verdict === 'yes' ? { ...arrears, reasons: [...arrears.reasons, reason('water.bruSocialFund')] } : arrears;
}

/** The 2022 amounts, raised in 2023 (the new ones were not found): told as 2022 figures. */
function amountReason(context: RuleContext): Reason | undefined {
  const perHousehold = context.valueOf(BRU_WATER_PER_HOUSEHOLD);
  const perPerson = context.valueOf(BRU_WATER_PER_PERSON);
  if (!perHousehold || !perPerson) return undefined;
  return reason('water.bruIntervention2022', { perHousehold: perYear(perHousehold.value), perPerson: perYear(perPerson.value) });
}

export const bruSocialWater: RightDefinition = {
  id: 'bru-social-water',
  level: 'brussels',
  provider: 'water-company',
  automatic: false,
  officialNames: {
    fr: 'Intervention sociale pour l’eau et Fonds social Vivaqua',
    nl: 'Sociale tegemoetkoming voor water en Sociaal Fonds Vivaqua',
    de: 'Sozialer Wasserzuschuss (Brüssel)',
  },
  worthAsking: ['water.bruAnswerVivaqua', 'water.askEarly'],
  claim: { documents: ['id-card', 'water-bill', 'bank-card'], steps: 3 },
  sources: [
    'https://www.vivaqua.be/en/the-social-fund/',
    'https://www.brugel.brussels/nl_BE/actualites/sociale-tegemoetkoming-voor-water-in-het-brussels-hoofdstedelijk-gewest-546',
    'https://www.standaard.be/cnt/dmf20230216_95967839',
  ],
  research: 'reg-eau-social',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => facts.regionIs('brussels'),
      () => any(() => bimRoute(context), () => fundRoute(facts)),
    );
    const throughBim = check.verdict === 'yes' && check.reasons.some((r) => r.key === BIM_ROUTE);
    if (!throughBim) return { check };
    // Vivaqua writes to the household: it only has to answer.
    const amount = amountReason(context);
    return { check: amount ? { ...check, reasons: [...check.reasons, amount] } : check, automatic: true };
  },
};
