// Intervention majorée (BIM) — research/rights-be.md §2.
import { parameter } from './parameter';

const STATUT_BIM = 'https://statut-bim.be/pour-qui/';

/** Annual reference period: household gross taxable income of the year before the request. */
export const BIM_ANNUAL_CEILING = parameter({
  id: 'be-bim.annual-ceiling',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2024-01-01',
      validUntil: '2024-12-31',
      value: 25_630.67,
      verified: true,
      source: STATUT_BIM,
      note: 'Requests in 2024 (2023 income). The 2025 and 2026 ceilings were not found.',
    },
  ],
});

/**
 * Added per person: statut-bim.be says "per dependant", an older MC page "per additional
 * household member". Rules apply the strict reading and call the gap "to confirm".
 */
export const BIM_ANNUAL_PER_PERSON = parameter({
  id: 'be-bim.annual-per-person',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-01-01', validUntil: '2024-12-31', value: 4_744.94, verified: true, source: STATUT_BIM }],
});

/** Monthly reference period (pensioners, invalids, long unemployed, single parents): income of the month × 12. */
export const BIM_MONTHLY_REFERENCE_CEILING = parameter({
  id: 'be-bim.monthly-reference-ceiling',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2024-01-01',
      validUntil: '2024-12-31',
      value: 27_011,
      verified: true,
      source: 'https://www.unmn-lnz.be/fr/regime-preferentiel',
    },
  ],
});

export const BIM_MONTHLY_REFERENCE_PER_PERSON = parameter({
  id: 'be-bim.monthly-reference-per-person',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-01-01', validUntil: '2024-12-31', value: 5_000.48, verified: true, source: STATUT_BIM }],
});
