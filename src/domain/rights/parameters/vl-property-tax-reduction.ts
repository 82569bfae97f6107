// Vermindering onroerende voorheffing, Flanders — research §29. The amount varies by
// province and commune, so none is given.
import { parameter } from './parameter';

/**
 * The research dates these rules by its sources, the oldest of July 2022 (moneytalk.levif.be);
 * they are older, but no start date was read: before it the app says nothing.
 */
const IN_FORCE_BY = '2022-07-01';

/** Children with family allowances (Groeipakket) needed; one child with a disability is enough. */
export const VL_PROPERTY_TAX_MIN_CHILDREN = parameter({
  id: 'vl-property-tax-reduction.min-children',
  unit: 'people',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_BY, value: 2, verified: true, source: 'https://aide-sociale.be/reduction-precompte-immobilier' }],
});
