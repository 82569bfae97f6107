// Logement d'utilité publique (social housing), Wallonia — research §21.1. Household income
// categories (annual net taxable income) for candidates registering in a given year. The
// categories rise every year (2022 → 2023 → 2024), so each series is dated to its year and an
// expired one still proves that an income below it is below the current one.
import { parameter, type Parameter } from './parameter';

const ROMANPAIS =
  'http://www.romanpais.be/getattachment/1d2d7f3e-2305-4c15-a391-c06a91c20934/Comment-s-inscrire-comme-candidat-locataire--.aspx';
const LOGIS_SOCIAL_LIEGE = 'http://www.logissocialdeliege.be/attribution-du-logement/';
const UVCW = 'https://www.uvcw.be/logement/focus/art-7904';

function series(id: string, values: { year: number; value: number; source: string; note?: string }[]): Parameter {
  return parameter({
    id,
    unit: 'EUR',
    per: 'year',
    direction: 'up',
    maxYearlyRise: 0.12,
    checkedOn: '2026-11-22',
    values: values.map(({ year, value, source, note }) => ({
      validFrom: `${year}-01-01`,
      validUntil: `${year}-12-31`,
      value,
      verified: true,
      source,
      ...(note ? { note } : {}),
    })),
  });
}

/** Category 1, "revenus précaires". The 2022 figure was not found. */
export const WAL_PRECARIOUS_SINGLE = series('wal-social-housing.precarious-single', [
  { year: 2023, value: 15_500, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 17_000, source: ROMANPAIS, note: 'Categories at 01/01/2024.' },
]);

export const WAL_PRECARIOUS_SEVERAL = series('wal-social-housing.precarious-several', [
  { year: 2023, value: 21_200, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 23_200, source: ROMANPAIS, note: 'Categories at 01/01/2024.' },
]);

/** Category 2, "revenus modestes". The 2022 figure was not found. */
export const WAL_MODEST_SINGLE = series('wal-social-housing.modest-single', [
  { year: 2023, value: 31_100, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 34_100, source: ROMANPAIS, note: 'Categories at 01/01/2024.' },
]);

export const WAL_MODEST_SEVERAL = series('wal-social-housing.modest-several', [
  { year: 2023, value: 38_800, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 42_600, source: ROMANPAIS, note: 'Categories at 01/01/2024.' },
]);

/** Category 3, "revenus moyens": the admission ceiling. */
export const WAL_AVERAGE_SINGLE = series('wal-social-housing.average-single', [
  { year: 2022, value: 45_100, source: UVCW },
  { year: 2023, value: 48_200, source: LOGIS_SOCIAL_LIEGE },
  {
    year: 2024,
    value: 52_800,
    source: ROMANPAIS,
    note: 'The same page also prints 42 800 € as the ceiling for a single person; the 2022→2024 series supports 52 800 €.',
  },
]);

export const WAL_AVERAGE_SEVERAL = series('wal-social-housing.average-several', [
  { year: 2022, value: 54_500, source: UVCW },
  { year: 2023, value: 58_300, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 63_900, source: ROMANPAIS, note: 'Categories at 01/01/2024.' },
]);

/** Added to every category ceiling per dependent child. */
export const WAL_PER_CHILD = series('wal-social-housing.per-child', [
  { year: 2022, value: 2_700, source: UVCW },
  { year: 2023, value: 2_900, source: LOGIS_SOCIAL_LIEGE },
  { year: 2024, value: 3_200, source: ROMANPAIS },
]);

/**
 * The other single-person ceiling the 2024 page prints ("42.800 € pour une personne seule").
 * Probably a typo for 52 800 €, but read in the source: between the two, only the housing
 * company can say.
 */
export const WAL_SINGLE_PRINTED_CEILING = series('wal-social-housing.single-printed-ceiling', [
  { year: 2024, value: 42_800, source: ROMANPAIS, note: 'Inconsistent with the 52 800 € line of the same page.' },
]);
