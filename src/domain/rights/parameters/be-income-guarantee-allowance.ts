// Allocation de garantie de revenus (AGR) / inkomensgarantie-uitkering (IGU) — research §28.
// ONEM sheet T70, updated 01/04/2024.
import { parameter } from './parameter';

const ONEM_T70 = 'https://www.onem.be/citoyens/travail-a-temps-partiel/avez-vous-droit-a-l-allocation-de-garantie-de-revenus-';

/** The gross monthly wage (average, and of the month) must stay strictly below this amount. */
export const AGR_GROSS_WAGE_LIMIT = parameter({
  id: 'be-income-guarantee-allowance.gross-wage-limit',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2024-04-01',
      value: 2_029.88,
      verified: true,
      source: ONEM_T70,
      sourceDate: '2024-04-01',
      note: 'Indexed; the sheet gives no end date. Re-check before each release.',
    },
  ],
});

/** The contractual schedule may be at most this share of a full-time one (4/5). */
export const AGR_MAX_WORK_FRACTION = parameter({
  id: 'be-income-guarantee-allowance.max-work-fraction',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-04-01', value: 0.8, verified: true, source: ONEM_T70, sourceDate: '2024-04-01' }],
});
