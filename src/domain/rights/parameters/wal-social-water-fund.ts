// Fonds social de l'eau, Wallonia — research §30. The CPAS decides the amount after a social
// enquiry, within a yearly maximum.
import { parameter } from './parameter';

const NASSOGNE =
  'https://www.nassogne.be/ma-commune/social/centre_public_action_sociale_CPAS/le-service-social-general-1/fonds_social_eau';

/**
 * Yearly maximum per household, as of 1 January 2019. Indexed every year since: an old figure,
 * shown with its year, never as an estimate.
 */
export const WAL_WATER_FUND_MAX = parameter({
  id: 'wal-social-water-fund.max',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', validUntil: '2019-12-31', value: 517, verified: true, source: NASSOGNE }],
});

/** Added per person from the fourth member of the household. */
export const WAL_WATER_FUND_PER_PERSON = parameter({
  id: 'wal-social-water-fund.per-person',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', validUntil: '2019-12-31', value: 103, verified: true, source: NASSOGNE }],
});

/** Household members covered by the base maximum; each further one adds the amount per person. */
export const WAL_WATER_FUND_MEMBERS_IN_BASE = parameter({
  id: 'wal-social-water-fund.members-in-base',
  unit: 'people',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', value: 3, verified: true, source: NASSOGNE }],
});
