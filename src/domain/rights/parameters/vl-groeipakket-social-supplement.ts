// Sociale toeslag of the Groeipakket, Flanders — research §13.3. The sources disagree on the
// income thresholds (they are of different, undated years): the rule uses only the lowest
// figure (below it: surely under every version) and the highest (above it: surely over).
// Not used: KidsLife's lower tier limit 36 325,76 €, MyFamily's large-family limit
// 63 672,48 €, and KidsLife's amounts (70,50 / 35,70 / 103,62 / 81,54 € per child), undated.
import { parameter } from './parameter';

const KIDSLIFE = 'https://www.kidslife.be/fr/allocations-familiales/allocation-majore/supplements-sociaux/flandre';
const MYFAMILY = 'https://www.myfamily.be/sociale-toeslagen/';
const UNDATED = 'Undated source; validFrom is the start of the Groeipakket, not the date of the figure.';

/** Children born from this day are in the Groeipakket's new system. */
export const GROEIPAKKET_NEW_SYSTEM_BIRTH_DATE = '2019-01-01';

/** From this number of children, the higher limit applies (with at least one child born from 2019). */
export const GROEIPAKKET_LARGE_FAMILY = 3;

/** The lowest of the published limits (MyFamily): an income below it is below every version. */
export const GROEIPAKKET_LOWEST_THRESHOLD = parameter({
  id: 'vl-groeipakket-social-supplement.lowest-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', value: 32_238.01, verified: true, source: MYFAMILY, note: UNDATED }],
});

/** The highest limit published for one or two children (KidsLife, newest structure). */
export const GROEIPAKKET_HIGHEST_THRESHOLD = parameter({
  id: 'vl-groeipakket-social-supplement.highest-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', value: 42_380.06, verified: true, source: KIDSLIFE, note: UNDATED }],
});

/** The highest limit published for three children or more, one of them born from 2019 (KidsLife). */
export const GROEIPAKKET_HIGHEST_THRESHOLD_LARGE_FAMILY = parameter({
  id: 'vl-groeipakket-social-supplement.highest-threshold-large-family',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', value: 68_329.61, verified: true, source: KIDSLIFE, note: UNDATED }],
});
