// Supplément social des allocations familiales, Wallonia — research §13.1. Thresholds of
// household gross taxable income of the year two years before the allocation year (July to
// June); amounts per child and per month.
import { parameter } from './parameter';

const DROITS_QUOTIDIENS =
  'https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-je-vis-seul-avec-mes-enfants-enfant-0';
const MC = 'https://mc.be/en-marche/vos-droits/familles/quelles-allocations-familiales-pour-les-familles-modestes';
const CAMILLE = 'https://camille.be/supplements-sociaux';

/** Children born from this day are in the new Walloon system (other amounts). */
export const NEW_SYSTEM_BIRTH_DATE = '2020-01-01';

/** Below it ("less than"): the higher supplement; the only one for children born before 2020. */
export const WAL_LOWER_THRESHOLD = parameter({
  id: 'wal-family-allowance-social-supplement.lower-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2023-07-01', validUntil: '2024-06-30', value: 31_814.37, verified: true, source: MC, sourceDate: '2024-09-04', note: 'Allocation year July 2023 – June 2024, 2021 income.' },
    { validFrom: '2024-07-01', validUntil: '2025-06-30', value: 33_887.51, verified: true, source: DROITS_QUOTIDIENS, note: '2022 income, hence the allocation year July 2024 – June 2025.' },
  ],
});

/** Up to it: the lower supplement, for children born from 2020. Above it: none. */
export const WAL_UPPER_THRESHOLD = parameter({
  id: 'wal-family-allowance-social-supplement.upper-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2023-07-01', validUntil: '2024-06-30', value: 51_340, verified: true, source: MC, sourceDate: '2024-09-04', note: 'Allocation year July 2023 – June 2024, 2021 income.' },
    { validFrom: '2024-07-01', validUntil: '2025-06-30', value: 54_685.5, verified: true, source: DROITS_QUOTIDIENS, note: '2022 income, hence the allocation year July 2024 – June 2025.' },
  ],
});

/** Child born from 2020, income below the lower threshold, per child and month. */
export const WAL_NEW_LOWER_TIER = parameter({
  id: 'wal-family-allowance-social-supplement.new-lower-tier',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2023-07-01',
      validUntil: '2024-04-30',
      value: 64.44,
      verified: true,
      source: MC,
      sourceDate: '2024-09-04',
      note: 'Given for July 2023 – June 2024; amounts were indexed on 01/05/2024, hence the end on 30/04/2024.',
    },
    { validFrom: '2024-05-01', value: 67.05, verified: true, source: DROITS_QUOTIDIENS, note: 'Indexed 01/05/2024.' },
  ],
});

/** Child born from 2020, income between the two thresholds, per child and month. */
export const WAL_NEW_UPPER_TIER = parameter({
  id: 'wal-family-allowance-social-supplement.new-upper-tier',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-05-01', value: 30.48, verified: true, source: DROITS_QUOTIDIENS, note: 'Indexed 01/05/2024.' }],
});

/** Added for a single parent (only the parent's income counts; no partner at home). */
export const WAL_SINGLE_PARENT_LOWER_TIER_EXTRA = parameter({
  id: 'wal-family-allowance-social-supplement.single-parent-lower-tier-extra',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-05-01', value: 24.38, verified: true, source: DROITS_QUOTIDIENS, note: '67,05 + 24,38 = 91,43 € per child.' }],
});

export const WAL_SINGLE_PARENT_UPPER_TIER_EXTRA = parameter({
  id: 'wal-family-allowance-social-supplement.single-parent-upper-tier-extra',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-05-01', value: 12.19, verified: true, source: DROITS_QUOTIDIENS, note: '30,48 + 12,19 = 42,67 € per child.' }],
});

const OLD_SYSTEM_NOTE = 'Given with the 2022-income threshold (allocation year from July 2024); the page states no date.';

/** Children born before 2020, income below the lower threshold: by rank, eldest first. */
export const WAL_OLD_FIRST_CHILD = parameter({
  id: 'wal-family-allowance-social-supplement.old-first-child',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-07-01', value: 59.45, verified: true, source: CAMILLE, note: OLD_SYSTEM_NOTE }],
});

export const WAL_OLD_SECOND_CHILD = parameter({
  id: 'wal-family-allowance-social-supplement.old-second-child',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-07-01', value: 36.85, verified: true, source: CAMILLE, note: OLD_SYSTEM_NOTE }],
});

export const WAL_OLD_THIRD_CHILD_ON = parameter({
  id: 'wal-family-allowance-social-supplement.old-third-child-on',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-07-01', value: 6.47, verified: true, source: CAMILLE, note: OLD_SYSTEM_NOTE }],
});
