// Allocation de naissance, Brussels — research §14.
import { LE_LIGUEUR } from './birth-allowances';
import { parameter } from './parameter';

const UNDATED = 'Date of the amount not stated (research: indicative). validFrom is the start of the Brussels system, not the date of the figure.';

/** First child (twins: the full amount each). Indicative only, never estimated. */
export const BRU_BIRTH_ALLOWANCE_FIRST = parameter({
  id: 'bru-birth-allowance.first-child',
  unit: 'EUR',
  per: 'once',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2020-01-01', value: 1_314.61, verified: false, source: LE_LIGUEUR, note: UNDATED }],
});

/** Each following child. Indicative only, never estimated. */
export const BRU_BIRTH_ALLOWANCE_NEXT = parameter({
  id: 'bru-birth-allowance.next-child',
  unit: 'EUR',
  per: 'once',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2020-01-01', value: 597.55, verified: false, source: LE_LIGUEUR, note: UNDATED }],
});
