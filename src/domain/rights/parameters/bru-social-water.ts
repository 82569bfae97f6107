// Social water measures, Brussels — research §30: the Vivaqua social fund through the CPAS,
// and the regional intervention for households with a BIM member on 1 January (since 2022).
import { parameter } from './parameter';

const BRUGEL =
  'https://www.brugel.brussels/nl_BE/actualites/sociale-tegemoetkoming-voor-water-in-het-brussels-hoofdstedelijk-gewest-546';

/** 2022 amounts; raised in 2023 (the new formula was not found): shown as 2022 figures only. */
export const BRU_WATER_PER_HOUSEHOLD = parameter({
  id: 'bru-social-water.per-household',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2022-01-01', validUntil: '2022-12-31', value: 6, verified: true, source: BRUGEL }],
});

export const BRU_WATER_PER_PERSON = parameter({
  id: 'bru-social-water.per-person',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2022-01-01', validUntil: '2022-12-31', value: 30, verified: true, source: BRUGEL }],
});

/** The regional intervention started in 2022. */
export const BRU_WATER_INTERVENTION_START = '2022-01-01';
