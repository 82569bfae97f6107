// Allocation de déménagement et de loyer (ADeL), Wallonia — research §20.3. For a 2023
// request, on the 2021 globally taxable income.
import { parameter } from './parameter';

const SPW = 'https://lampspw.wallonie.be/dgo4/site_logement/aides/aide?aide=adel&loc=1';

/** Income must stay below these ("inférieurs à"). */
export const ADEL_CEILING_SINGLE = parameter({
  id: 'wal-adel.ceiling-single',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 15_500, verified: true, source: SPW, note: 'Requests in 2023 (2021 income).' }],
});

export const ADEL_CEILING_SEVERAL = parameter({
  id: 'wal-adel.ceiling-several',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 21_200, verified: true, source: SPW, note: 'Cohabitants, requests in 2023 (2021 income).' }],
});

/** Added per dependent child and per child or adult with a disability. */
export const ADEL_CEILING_PER_DEPENDANT = parameter({
  id: 'wal-adel.ceiling-per-dependant',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 2_900, verified: true, source: SPW }],
});

/** Households in an agreed debt mediation: monthly resources up to this share of the RIS. */
export const ADEL_DEBT_MEDIATION_RIS_SHARE = parameter({
  id: 'wal-adel.debt-mediation-ris-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 1.2, verified: true, source: SPW }],
});

export const ADEL_MOVING_ALLOWANCE = parameter({
  id: 'wal-adel.moving-allowance',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 400, verified: true, source: SPW }],
});

/** Rent allowance: the rent difference, at most this much (a flat amount for a homeless person). */
export const ADEL_RENT_ALLOWANCE_MAX = parameter({
  id: 'wal-adel.rent-allowance-max',
  unit: 'EUR',
  per: 'month',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 100, verified: true, source: SPW }],
});

/** Both amounts rise by this share per dependent child and per person with a disability. */
export const ADEL_INCREASE_PER_DEPENDANT = parameter({
  id: 'wal-adel.increase-per-dependant',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 0.2, verified: true, source: SPW }],
});
