// Zorgbudget voor ouderen met een zorgnood (Flanders) — research §11 (reg-apa). Regional
// since 1 January 2021, paid by the zorgkassen.
import { parameter } from './parameter';

const ZORGKAS = 'https://www.vlaamsezorgkas.be/zorgbudgetten';
const MANTELZORGHUB = 'https://www.mantelzorghub.be/databank/zorgbudget-voor-ouder-met-een-zorgnood';

export const VL_CARE_BUDGET_MIN_AGE = parameter({
  id: 'vl-care-budget-elderly.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 65, verified: true, source: ZORGKAS }],
});

/** Recorded in the profile as the status "autonomy-points-7". */
export const VL_CARE_BUDGET_MIN_AUTONOMY_POINTS = parameter({
  id: 'vl-care-budget-elderly.min-autonomy-points',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 7, verified: true, source: ZORGKAS }],
});

/**
 * The monthly maximum. Two sources disagree: 594 € after the 2 % indexation of 1 March 2020,
 * and 583 € on an undated page. Neither is used as an estimate (the amount also depends on
 * the care needed and on income); the reason quotes both, as the research does.
 */
export const VL_CARE_BUDGET_MAX = parameter({
  id: 'vl-care-budget-elderly.max',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2020-03-01',
      value: 594,
      verified: false,
      source: ZORGKAS,
      note: 'After the 2 % indexation of 01/03/2020; contradicted by another page (583 €); indexed since.',
    },
  ],
});

export const VL_CARE_BUDGET_MAX_OTHER_SOURCE = parameter({
  id: 'vl-care-budget-elderly.max-other-source',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2020-03-01',
      value: 583,
      verified: false,
      source: MANTELZORGHUB,
      note: 'Undated page; dated like the figure it contradicts so that both are quoted together.',
    },
  ],
});
