// Figures shared by the four regional birth allowances — research §14.
import { parameter } from './parameter';

export const LE_LIGUEUR = 'https://leligueur.be/article/prime-de-naissance-allocations-familiales';

/** The allowance can be asked up to five years after the birth. */
export const BIRTH_CLAIM_YEARS = parameter({
  id: 'birth-allowances.claim-years',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-01-01', value: 5, verified: true, source: LE_LIGUEUR, note: 'validFrom is the start of the regional systems.' }],
});
