// Supplément social des allocations familiales, Brussels — research §13.2. Thresholds of
// household gross taxable income (the research does not say of which year), a cadastral-income
// limit, and amounts per child and month.
import { parameter } from './parameter';

const DROITS_QUOTIDIENS =
  'https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles';

/** Below it ("less than"): the higher supplement. */
export const BRU_LOWER_THRESHOLD = parameter({
  id: 'bru-family-allowance-social-supplement.lower-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2023-11-01', validUntil: '2024-04-30', value: 37_868.01, verified: true, source: DROITS_QUOTIDIENS, note: 'Previous values, from 01/11/2023.' },
    { validFrom: '2024-05-01', value: 38_625.31, verified: true, source: DROITS_QUOTIDIENS, note: 'Indexed 01/05/2024.' },
  ],
});

/** Up to it: the lower supplement (for a household of one child aged 0–11, that is 0 €). */
export const BRU_UPPER_THRESHOLD = parameter({
  id: 'bru-family-allowance-social-supplement.upper-threshold',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2023-11-01', validUntil: '2024-04-30', value: 54_969.69, verified: true, source: DROITS_QUOTIDIENS, note: 'Previous values, from 01/11/2023.' },
    { validFrom: '2024-05-01', value: 56_068.99, verified: true, source: DROITS_QUOTIDIENS, note: 'Indexed 01/05/2024.' },
  ],
});

/** Total non-indexed cadastral income of the household must be less than this (rule from November 2023). */
export const BRU_CADASTRAL_INCOME_LIMIT = parameter({
  id: 'bru-family-allowance-social-supplement.cadastral-income-limit',
  unit: 'EUR',
  per: 'year',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-11-01', value: 2_000, verified: true, source: DROITS_QUOTIDIENS, note: 'Cadastral income at 1 January of the previous year, not indexed.' }],
});

interface CoupleOrSingle {
  couple: number;
  singleParent: number;
}

/**
 * Supplement per child and month, indexed 01/05/2024, by the number of children, each child's
 * age bracket (0–11 or 12–24) and the income tier. The source table is partly garbled: only
 * its legible cells are here. A household of one child aged 12–24 is not legible — UNVERIFIED.
 */
export const BRU_AMOUNTS: {
  id: string;
  checkedOn: string;
  validFrom: string;
  source: string;
  olderFrom: number;
  lowerTier: Record<'one' | 'two' | 'threeOrMore', { younger: CoupleOrSingle; older?: CoupleOrSingle }>;
  upperTier: Record<'one' | 'two' | 'threeOrMore', { younger: number; older?: number }>;
} = {
  id: 'bru-family-allowance-social-supplement.amounts',
  checkedOn: '2026-11-22',
  validFrom: '2024-05-01',
  source: DROITS_QUOTIDIENS,
  olderFrom: 12,
  lowerTier: {
    one: { younger: { couple: 48.76, singleParent: 60.95 } },
    two: { younger: { couple: 85.33, singleParent: 97.52 }, older: { couple: 97.52, singleParent: 109.71 } },
    threeOrMore: { younger: { couple: 134.09, singleParent: 158.47 }, older: { couple: 146.28, singleParent: 170.66 } },
  },
  upperTier: {
    one: { younger: 0 },
    two: { younger: 30.48, older: 30.48 },
    threeOrMore: { younger: 87.77, older: 87.77 },
  },
};
