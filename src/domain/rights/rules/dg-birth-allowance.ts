// Geburtsprämie, German-speaking Community — research §14. Paid by the Ministerium der DG;
// the amount is undated (likely 2019): shown as indicative, never estimated.
import { LE_LIGUEUR } from '../parameters/birth-allowances';
import { DG_BIRTH_ALLOWANCE } from '../parameters/dg-birth-allowance';
import { birthAllowance } from './birth-allowance-shared';

export const dgBirthAllowance = birthAllowance({
  id: 'dg-birth-allowance',
  level: 'german-speaking',
  region: 'german-speaking',
  provider: 'dg-ministry',
  officialNames: { de: 'Geburtsprämie', fr: 'Prime de naissance', nl: 'Geboortepremie' },
  sources: [LE_LIGUEUR, 'https://freie.be'],
  amount: DG_BIRTH_ALLOWANCE,
});
