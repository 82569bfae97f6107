// Parcours d'intégration des primo-arrivants (Wallonia) — research §25.1.
import { parameter } from './parameter';

const ACTION_SOCIALE = 'http://actionsociale.wallonie.be/node/146';
const BX1 = 'https://bx1.be/categories/news/deux-mille-parcours-dintegration-obligatoires-acheves-en-wallonie-et-a-bruxelles';

/**
 * The research gives no start date for the Walloon obligation; its sources describe it as in
 * force in 2024 (obligated completions counted that year). Before that day the rule says the
 * figures are not known rather than guess.
 */
const IN_FORCE_FROM = '2024-01-01';
const NOTE = 'In force in 2024 according to the sources; the day the obligation started was not researched.';

/** The obligation starts at 18. */
export const WAL_INTEGRATION_MIN_AGE = parameter({
  id: 'wal-integration-course.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_FROM, value: 18, verified: true, source: ACTION_SOCIALE, note: NOTE }],
});

/** "18 to 65": the obligation is for people under 65. */
export const WAL_INTEGRATION_AGE_LIMIT = parameter({
  id: 'wal-integration-course.age-limit',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_FROM, value: 65, verified: true, source: BX1, note: `${NOTE} Read as "under 65".` }],
});

/** Newcomers: legal stay in Belgium of less than 3 years (with a residence title of more than 3 months). */
export const WAL_NEWCOMER_YEARS = parameter({
  id: 'wal-integration-course.newcomer-years',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_FROM, value: 3, verified: true, source: ACTION_SOCIALE, note: NOTE }],
});

/** Time to complete the pathway, from ordering the residence title (can be extended). */
export const WAL_COMPLETION_MONTHS = parameter({
  id: 'wal-integration-course.completion-months',
  unit: 'months',
  checkedOn: '2026-11-22',
  values: [{ validFrom: IN_FORCE_FROM, value: 18, verified: true, source: ACTION_SOCIALE, note: NOTE }],
});
