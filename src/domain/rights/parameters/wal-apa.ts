// Allocation pour l'aide aux personnes âgées (APA), Wallonia — research §11 (reg-apa).
// Regional since 1 January 2021, managed by the mutualities under AVIQ's control.
import { parameter } from './parameter';

const DROITS_QUOTIDIENS =
  'https://www.droitsquotidiens.be/fr/question/quelles-conditions-ai-je-droit-lallocation-pour-laide-aux-personnes-agees-apa-wallonie?o=8240';

export const WAL_APA_MIN_AGE = parameter({
  id: 'wal-apa.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 65, verified: true, source: DROITS_QUOTIDIENS }],
});

/**
 * Loss of autonomy on the medico-social scale. The profile records it as the status
 * "autonomy-points-7": should this figure change, the status must change with it.
 */
export const WAL_APA_MIN_AUTONOMY_POINTS = parameter({
  id: 'wal-apa.min-autonomy-points',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-01-01', value: 7, verified: true, source: DROITS_QUOTIDIENS }],
});
