// Allocation de naissance, Brussels — research §14. A higher amount for the first child; the
// amounts' date is not known: shown as indicative, never estimated.
import { LE_LIGUEUR } from '../parameters/birth-allowances';
import { BRU_BIRTH_ALLOWANCE_FIRST, BRU_BIRTH_ALLOWANCE_NEXT } from '../parameters/bru-birth-allowance';
import { birthAllowance } from './birth-allowance-shared';

export const bruBirthAllowance = birthAllowance({
  id: 'bru-birth-allowance',
  level: 'brussels',
  region: 'brussels',
  provider: 'family-allowance-fund',
  officialNames: { fr: 'Allocation de naissance', nl: 'Geboortepremie', de: 'Geburtsprämie' },
  sources: [LE_LIGUEUR],
  amount: BRU_BIRTH_ALLOWANCE_FIRST,
  nextAmount: BRU_BIRTH_ALLOWANCE_NEXT,
});
