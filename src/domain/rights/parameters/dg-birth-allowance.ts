// Geburtsprämie, German-speaking Community — research §14.
import { parameter } from './parameter';

/** Per child. Undated source, likely the 2019 level: indicative only, never estimated. */
export const DG_BIRTH_ALLOWANCE = parameter({
  id: 'dg-birth-allowance.amount',
  unit: 'EUR',
  per: 'once',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2019-01-01',
      value: 1_144,
      verified: false,
      source: 'https://freie.be',
      note: 'Undated (freie.be), likely the 2019 level; the research gives no page address beyond the site.',
    },
  ],
});
