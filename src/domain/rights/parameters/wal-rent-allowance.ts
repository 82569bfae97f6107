// Allocation loyer (allocation d'attente), Wallonia — research §20.1. For candidates waiting
// for social housing in a private rented home, with a category-1 ("précaire") income.
import { parameter } from './parameter';

const MC = 'https://mc.be/en-marche/vos-droits/familles/une-aide-financiere-en-attendant-un-logement-social';
const DH =
  'https://www.dhnet.be/dernieres-depeches/2023/03/10/le-gouvernement-wallon-donne-son-feu-vert-definitif-a-loctroi-dune-allocation-loyer-MKIYRCJVL5AZ7IXGCO4COPKDBU/';

/** The allowance exists since 1 January 2023 (decided in March 2023, with retroactive effect). */
export const WAL_RENT_ALLOWANCE_START = '2023-01-01';

/** More than this many months as a social-housing candidate. */
export const WAL_RENT_ALLOWANCE_WAITING_MONTHS = parameter({
  id: 'wal-rent-allowance.waiting-months',
  unit: 'months',
  checkedOn: '2026-11-22',
  values: [{ validFrom: WAL_RENT_ALLOWANCE_START, value: 18, verified: true, source: MC, sourceDate: '2024-09-04' }],
});

const CEILING_NOTE =
  'For a 2023 request (2021 income). The précaire category was raised for 2024 (17 000 € / 23 200 € + 3 200 €): whether the allowance follows it is UNVERIFIED.';

/** Household net taxable income, category 1: one person. */
export const WAL_RENT_ALLOWANCE_CEILING_SINGLE = parameter({
  id: 'wal-rent-allowance.ceiling-single',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 15_500, verified: true, source: MC, sourceDate: '2024-09-04', note: CEILING_NOTE }],
});

export const WAL_RENT_ALLOWANCE_CEILING_SEVERAL = parameter({
  id: 'wal-rent-allowance.ceiling-several',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 21_200, verified: true, source: MC, sourceDate: '2024-09-04', note: CEILING_NOTE }],
});

/** Added per dependent child and per person with a disability. */
export const WAL_RENT_ALLOWANCE_CEILING_PER_DEPENDANT = parameter({
  id: 'wal-rent-allowance.ceiling-per-dependant',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', validUntil: '2023-12-31', value: 2_900, verified: true, source: MC, sourceDate: '2024-09-04', note: CEILING_NOTE }],
});

export const WAL_RENT_ALLOWANCE_BASE = parameter({
  id: 'wal-rent-allowance.base',
  unit: 'EUR',
  per: 'month',
  checkedOn: '2026-11-22',
  values: [{ validFrom: WAL_RENT_ALLOWANCE_START, value: 125, verified: true, source: MC, sourceDate: '2024-09-04' }],
});

/** Per dependent child (equal shared custody included) and per person with a disability. */
export const WAL_RENT_ALLOWANCE_PER_DEPENDANT = parameter({
  id: 'wal-rent-allowance.per-dependant',
  unit: 'EUR',
  per: 'month',
  checkedOn: '2026-11-22',
  values: [{ validFrom: WAL_RENT_ALLOWANCE_START, value: 20, verified: true, source: MC, sourceDate: '2024-09-04' }],
});

export const WAL_RENT_ALLOWANCE_MAX = parameter({
  id: 'wal-rent-allowance.max',
  unit: 'EUR',
  per: 'month',
  checkedOn: '2026-11-22',
  values: [{ validFrom: WAL_RENT_ALLOWANCE_START, value: 185, verified: true, source: MC, sourceDate: '2024-09-04', note: `Also reported by ${DH}` }],
});
