// Allocation de chauffage (Fonds social chauffage) — research §6.
import { parameter } from './parameter';

const SOURCE = 'https://cpasconnect.be/actualites/actualite/720858527752530596';

/** Category 2: household gross taxable income, per year. */
export const HEATING_CEILING = parameter({
  id: 'be-heating-allowance.ceiling',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2024-05-01', validUntil: '2025-01-31', value: 24_328.19, verified: true, source: SOURCE, note: 'Requests from 01/05/2024.' },
    { validFrom: '2025-02-01', value: 24_814.75, verified: true, source: SOURCE, note: 'Requests from 01/02/2025.' },
  ],
});

export const HEATING_PER_DEPENDANT = parameter({
  id: 'be-heating-allowance.per-dependant',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2024-05-01', validUntil: '2025-01-31', value: 4_501.81, verified: true, source: SOURCE },
    { validFrom: '2025-02-01', value: 4_591.85, verified: true, source: SOURCE },
  ],
});
