// Allowance for elderly people needing care in the German-speaking Community — research §11
// (reg-apa). Managed by the Ministerium der DG since 1 January 2023, without income condition.
import { parameter } from './parameter';

const MC = 'https://mc.be/fr/avantages-remboursements/allocation-personnes-agees-apa';

export const DG_APA_MIN_AGE = parameter({
  id: 'dg-apa.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 65, verified: true, source: MC }],
});

/** Recorded in the profile as the status "autonomy-points-7". */
export const DG_APA_MIN_AUTONOMY_POINTS = parameter({
  id: 'dg-apa.min-autonomy-points',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 7, verified: true, source: MC }],
});
