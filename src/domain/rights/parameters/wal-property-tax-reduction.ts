// Réductions du précompte immobilier, Wallonia — research §29. Conditions are those of
// 1 January of the tax year; the reductions must be requested.
import { parameter } from './parameter';

/**
 * The research dates these rules by its sources, the oldest of July 2022 (moneytalk.levif.be);
 * they are older, but no start date was read: before it the app says nothing.
 */
const IN_FORCE_BY = '2022-07-01';

const FISC_ASSIST = 'https://www.fisc-assist.be/new-flashes/reduction-du-precompte-immobilier-en-wallonie-et-a-bruxelles';
const AIDE_SOCIALE = 'https://aide-sociale.be/reduction-precompte-immobilier';

/** Children with family allowances needed for the reduction "pour charge de famille". */
export const WAL_PROPERTY_TAX_MIN_CHILDREN = parameter({
  id: 'wal-property-tax-reduction.min-children',
  unit: 'people',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 2, verified: true, source: FISC_ASSIST }],
});

export const WAL_PROPERTY_TAX_PER_CHILD = parameter({
  id: 'wal-property-tax-reduction.per-child',
  unit: 'EUR',
  per: 'year',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 125, verified: true, source: FISC_ASSIST, note: '62,50 € per parent in equal shared custody.' }],
});

/** Per person with a disability (66 % or more), the spouse included. */
export const WAL_PROPERTY_TAX_PER_DISABLED = parameter({
  id: 'wal-property-tax-reduction.per-disabled',
  unit: 'EUR',
  per: 'year',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 250, verified: true, source: FISC_ASSIST }],
});

/** "Habitation modeste": total non-indexed cadastral income of all Belgian property at most this. */
export const WAL_PROPERTY_TAX_MODEST_CADASTRAL_INCOME = parameter({
  id: 'wal-property-tax-reduction.modest-cadastral-income',
  unit: 'EUR',
  per: 'year',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 745, verified: true, source: AIDE_SOCIALE, note: 'Sole dwelling, occupied by the owner.' }],
});

export const WAL_PROPERTY_TAX_MODEST_SHARE = parameter({
  id: 'wal-property-tax-reduction.modest-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 0.25, verified: true, source: AIDE_SOCIALE }],
});
