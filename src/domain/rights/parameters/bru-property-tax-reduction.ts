// Réductions du précompte immobilier, Brussels — research §29. On request.
import { parameter } from './parameter';

/**
 * The research dates these rules by its sources, the oldest of July 2022 (moneytalk.levif.be);
 * they are older, but no start date was read: before it the app says nothing.
 */
const IN_FORCE_BY = '2022-07-01';

const FISC_ASSIST = 'https://www.fisc-assist.be/new-flashes/reduction-du-precompte-immobilier-en-wallonie-et-a-bruxelles';
const MONEYTALK = 'https://moneytalk.levif.be/finance-et-bourse/comment-beneficier-d-une-reduction-du-precompte-immobilier/article-normal-1574937.html';

export const BRU_PROPERTY_TAX_MIN_CHILDREN = parameter({
  id: 'bru-property-tax-reduction.min-children',
  unit: 'people',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 2, verified: true, source: FISC_ASSIST }],
});

export const BRU_PROPERTY_TAX_PER_CHILD_SHARE = parameter({
  id: 'bru-property-tax-reduction.per-child-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 0.1, verified: true, source: FISC_ASSIST }],
});

export const BRU_PROPERTY_TAX_PER_DISABLED_SHARE = parameter({
  id: 'bru-property-tax-reduction.per-disabled-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 0.2, verified: true, source: FISC_ASSIST }],
});

/** Modest dwelling: cadastral income at most this (sole dwelling in Brussels, domiciled there). */
export const BRU_PROPERTY_TAX_MODEST_CADASTRAL_INCOME = parameter({
  id: 'bru-property-tax-reduction.modest-cadastral-income',
  unit: 'EUR',
  per: 'year',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 745, verified: true, source: MONEYTALK }],
});

export const BRU_PROPERTY_TAX_MODEST_SHARE = parameter({
  id: 'bru-property-tax-reduction.modest-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 0.25, verified: true, source: MONEYTALK }],
});
