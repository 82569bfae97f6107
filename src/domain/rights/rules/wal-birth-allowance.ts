// Allocation de naissance, Wallonia — research §14. The amount's date is not known: shown as
// indicative, never estimated.
import { LE_LIGUEUR } from '../parameters/birth-allowances';
import { WAL_BIRTH_ALLOWANCE } from '../parameters/wal-birth-allowance';
import { birthAllowance } from './birth-allowance-shared';

export const walBirthAllowance = birthAllowance({
  id: 'wal-birth-allowance',
  level: 'wallonia',
  region: 'wallonia',
  provider: 'family-allowance-fund',
  officialNames: { fr: 'Allocation de naissance', nl: 'Geboortepremie', de: 'Geburtsprämie' },
  sources: [LE_LIGUEUR],
  amount: WAL_BIRTH_ALLOWANCE,
});
