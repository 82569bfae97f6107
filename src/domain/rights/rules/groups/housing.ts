// Housing: social housing, rent allowances, moving aid, energy works, property tax and water.
import type { RightDefinition } from '../../engine/rule';
import { walSocialHousing } from '../wal-social-housing';
import { bruSocialHousing } from '../bru-social-housing';
import { vlSocialHousing } from '../vl-social-housing';
import { walRentAllowance } from '../wal-rent-allowance';
import { bruRentAllowance } from '../bru-rent-allowance';
import { walAdel } from '../wal-adel';
import { walMebar } from '../wal-mebar';
import { walPropertyTaxReduction } from '../wal-property-tax-reduction';
import { bruPropertyTaxReduction } from '../bru-property-tax-reduction';
import { vlPropertyTaxReduction } from '../vl-property-tax-reduction';
import { walSocialWaterFund } from '../wal-social-water-fund';
import { bruSocialWater } from '../bru-social-water';

export const HOUSING: readonly RightDefinition[] = [
  walSocialHousing,
  bruSocialHousing,
  vlSocialHousing,
  walRentAllowance,
  bruRentAllowance,
  walAdel,
  walMebar,
  walPropertyTaxReduction,
  bruPropertyTaxReduction,
  vlPropertyTaxReduction,
  walSocialWaterFund,
  bruSocialWater,
];
