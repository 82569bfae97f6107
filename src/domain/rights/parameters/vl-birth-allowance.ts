// Startbedrag of the Groeipakket, Flanders — research §14.
import { parameter } from './parameter';

/**
 * Per child, indexed September 2023. Groeipakket amounts are indexed each September (§13.3),
 * so this figure covers a year; after it, it is a floor of the current amount.
 */
export const VL_BIRTH_ALLOWANCE = parameter({
  id: 'vl-birth-allowance.amount',
  unit: 'EUR',
  per: 'once',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2023-09-01',
      validUntil: '2024-08-31',
      value: 1_214.49,
      verified: true,
      source: 'https://kidslife.staging.hosted-temp.com/en/node/897',
      note: 'Indexed September 2023.',
    },
  ],
});
