// Figures shared by the regional family-allowance systems — research §13.
import { parameter } from './parameter';

/**
 * Family allowances are paid for a child up to the age of 24: the last age bracket of the
 * Walloon base amounts is 18–24, that of the Brussels supplement table 12–24. From 18 they
 * continue only under conditions (studies…), which the funds check.
 */
export const CHILD_AGE_LIMIT = parameter({
  id: 'family-allowances.child-age-limit',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2019-01-01',
      value: 25,
      verified: true,
      source: 'https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles',
      note: 'Allowances stop at 25: the oldest bracket of the tables is 18–24 (Wallonia) or 12–24 (Brussels). validFrom is the start of the regional systems.',
    },
  ],
});
