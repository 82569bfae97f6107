// Allocation pour l'aide aux personnes âgées (APA) / tegemoetkoming voor hulp aan bejaarden,
// Brussels — research §11 (reg-apa). Regional since 1 January 2021, managed by Iriscare.
import { parameter } from './parameter';

const PARTENAMUT = 'https://www.partenamut.be/fr/faq/allocation-pour-personnes-agees';

export const BRU_APA_MIN_AGE = parameter({
  id: 'bru-apa.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 65, verified: true, source: PARTENAMUT }],
});

/** Recorded in the profile as the status "autonomy-points-7". */
export const BRU_APA_MIN_AUTONOMY_POINTS = parameter({
  id: 'bru-apa.min-autonomy-points',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 7, verified: true, source: PARTENAMUT }],
});
