// Zorgbudget voor ouderen met een zorgnood (Flanders) — research §11 (reg-apa). For people of
// 65 or more with a loss of autonomy of at least 7 points, whose household income is under
// limits the research could not find: at best "to confirm with the zorgkas". The maximum
// amount is quoted as the sources give it (594 € or 583 € a month in 2020), never estimated.
import { withReason } from '../engine/check';
import { perMonth } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition } from '../engine/rule';
import {
  VL_CARE_BUDGET_MAX,
  VL_CARE_BUDGET_MAX_OTHER_SOURCE,
  VL_CARE_BUDGET_MIN_AGE,
  VL_CARE_BUDGET_MIN_AUTONOMY_POINTS,
} from '../parameters/vl-care-budget-elderly';
import { apaCheck, incomeLimitsToConfirm } from './apa-shared';

export const vlCareBudgetElderly: RightDefinition = {
  id: 'vl-care-budget-elderly',
  level: 'flanders',
  provider: 'care-fund',
  automatic: false,
  officialNames: { nl: 'Zorgbudget voor ouderen met een zorgnood' },
  worthAsking: ['apa.assessment', 'apa.amountVaries'],
  claim: { documents: ['id-card'], steps: 3, phone: '02 553 45 90' },
  sources: ['https://www.vlaamsezorgkas.be/zorgbudgetten', 'https://www.mantelzorghub.be/databank/zorgbudget-voor-ouder-met-een-zorgnood'],
  research: 'reg-apa',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = apaCheck(
      context,
      'flanders',
      { minAge: VL_CARE_BUDGET_MIN_AGE, minAutonomyPoints: VL_CARE_BUDGET_MIN_AUTONOMY_POINTS },
      incomeLimitsToConfirm,
    );
    const max = context.valueOf(VL_CARE_BUDGET_MAX);
    const other = context.valueOf(VL_CARE_BUDGET_MAX_OTHER_SOURCE);
    if (check.verdict === 'no' || !max || !other) return { check };
    const year = Number(max.validFrom.slice(0, 4));
    return { check: withReason(check, reason('apa.flandersMaximum', { max: perMonth(max.value), other: perMonth(other.value), year })) };
  },
};
