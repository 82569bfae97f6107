// Logement social / sociale woning, Brussels — research §21.2. Admission ceilings on the
// household's net taxable income (dependent children's income left out) of the year N-3.
import { parameter, type Parameter } from './parameter';

const BINHOME = 'https://binhome.brussels/candidats';

function ceiling2024(id: string, value: number, note?: string): Parameter {
  return parameter({
    id,
    unit: 'EUR',
    per: 'year',
    direction: 'up',
    maxYearlyRise: 0.12,
    checkedOn: '2026-11-22',
    values: [{ validFrom: '2024-01-01', validUntil: '2024-12-31', value, verified: true, source: BINHOME, ...(note ? { note } : {}) }],
  });
}

export const BRU_SINGLE = ceiling2024('bru-social-housing.single', 27_499.1, 'Single person, registrations in 2024.');
export const BRU_ONE_INCOME = ceiling2024('bru-social-housing.one-income', 30_554.58, 'Household with one income.');
export const BRU_SEVERAL_INCOMES = ceiling2024('bru-social-housing.several-incomes', 34_919.57, 'Household with several incomes.');

/** Per dependent child; a child with a disability counts as two (the source prints "2.2618,96"). */
export const BRU_PER_CHILD = ceiling2024('bru-social-housing.per-child', 2_618.96);

export const BRU_PER_DISABLED_ADULT = ceiling2024('bru-social-housing.per-disabled-adult', 5_237.91);

/** Registration in year N looks at the income of N-3 (inscription 2024 → income 2021). */
export const BRU_INCOME_YEARS_BACK = parameter({
  id: 'bru-social-housing.income-years-back',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-01-01', value: 3, verified: true, source: BINHOME }],
});
