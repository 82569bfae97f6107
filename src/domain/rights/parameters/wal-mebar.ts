// Subvention MEBAR (energy works for low-income households), Wallonia — research §24.
import { parameter } from './parameter';

const ENERGIE_WALLONIE =
  'https://energie.wallonie.be/fr/subvention-energie-pour-les-menages-a-revenu-modeste-operation-mebar-ii.html?IDC=6369&IDD=130089';
const HENRY =
  'https://henry.wallonie.be/home/communiques-de-presse/presses/energie--du-nouveau-concernant-les-aides-pour-les-menages-a-bas-revenus-mebar.html';

/**
 * Income up to the RIS of the household's category plus 30 % "since autumn 2022" (before:
 * plus 20 %). The exact day of the change was not found, so nothing is said before 2023.
 */
export const MEBAR_RIS_SHARE = parameter({
  id: 'wal-mebar.ris-share',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 1.3, verified: true, source: HENRY, note: 'RIS + 30 % since autumn 2022; the day of the change is not known.' }],
});

export const MEBAR_MAX = parameter({
  id: 'wal-mebar.max',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 2_000, verified: true, source: ENERGIE_WALLONIE, note: 'Per intervention; again after 5 years.' }],
});

export const MEBAR_RENEWAL_YEARS = parameter({
  id: 'wal-mebar.renewal-years',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 5, verified: true, source: ENERGIE_WALLONIE }],
});
