// Parcours d'accueil (BAPA) / inburgering in Brussels — research §25.2. Mandatory since
// 1 June 2022 for people aged 18 to 65 registering for the first time in the foreigners
// register of a Brussels commune, legal stay of less than 3 years.
import { parameter } from './parameter';

const RTL = 'https://m.rtl.be/info/1379097';
const BX1 = 'https://bx1.be/categories/news/deux-mille-parcours-dintegration-obligatoires-acheves-en-wallonie-et-a-bruxelles';
const MANDATORY_FROM = '2022-06-01';

export const BRU_INTEGRATION_MIN_AGE = parameter({
  id: 'bru-integration-course.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: MANDATORY_FROM, value: 18, verified: true, source: RTL }],
});

/** "18 to 65": the obligation is for people under 65. */
export const BRU_INTEGRATION_AGE_LIMIT = parameter({
  id: 'bru-integration-course.age-limit',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: MANDATORY_FROM, value: 65, verified: true, source: RTL, note: 'Read as "under 65".' }],
});

export const BRU_NEWCOMER_YEARS = parameter({
  id: 'bru-integration-course.newcomer-years',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: MANDATORY_FROM, value: 3, verified: true, source: RTL }],
});

/** Time to register at a reception office after receiving the residence title. */
export const BRU_REGISTRATION_MONTHS = parameter({
  id: 'bru-integration-course.registration-months',
  unit: 'months',
  checkedOn: '2026-11-22',
  values: [{ validFrom: MANDATORY_FROM, value: 6, verified: true, source: BX1 }],
});

/** Time to complete the course. */
export const BRU_COMPLETION_MONTHS = parameter({
  id: 'bru-integration-course.completion-months',
  unit: 'months',
  checkedOn: '2026-11-22',
  values: [{ validFrom: MANDATORY_FROM, value: 18, verified: true, source: BX1 }],
});
