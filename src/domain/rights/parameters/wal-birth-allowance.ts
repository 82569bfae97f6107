// Allocation de naissance, Wallonia — research §14.
import { LE_LIGUEUR } from './birth-allowances';
import { parameter } from './parameter';

/** Per child. The source states no date: indicative only, never estimated. */
export const WAL_BIRTH_ALLOWANCE = parameter({
  id: 'wal-birth-allowance.amount',
  unit: 'EUR',
  per: 'once',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2020-01-01',
      value: 1_314.61,
      verified: false,
      source: LE_LIGUEUR,
      note: 'Date of the amount not stated (research: indicative). validFrom is the start of the Walloon system, not the date of the figure.',
    },
  ],
});
