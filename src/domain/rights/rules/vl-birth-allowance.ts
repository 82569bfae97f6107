// Startbedrag of the Groeipakket, Flanders — research §14. The one birth allowance whose
// amount is dated (September 2023): estimated as a one-off.
import { LE_LIGUEUR } from '../parameters/birth-allowances';
import { VL_BIRTH_ALLOWANCE } from '../parameters/vl-birth-allowance';
import { birthAllowance } from './birth-allowance-shared';

export const vlBirthAllowance = birthAllowance({
  id: 'vl-birth-allowance',
  level: 'flanders',
  region: 'flanders',
  provider: 'family-allowance-fund',
  officialNames: { nl: 'Startbedrag (Groeipakket)', fr: 'Montant de départ (Groeipakket)', de: 'Startbetrag (Groeipakket)' },
  sources: [LE_LIGUEUR, 'https://kidslife.staging.hosted-temp.com/en/node/897'],
  amount: VL_BIRTH_ALLOWANCE,
});
