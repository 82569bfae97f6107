// Family rights: the regional social supplements to family allowances, the birth allowances,
// and the allowances for pupils and students.
import type { RightDefinition } from '../../engine/rule';
import { walFamilyAllowanceSocialSupplement } from '../wal-family-allowance-social-supplement';
import { bruFamilyAllowanceSocialSupplement } from '../bru-family-allowance-social-supplement';
import { vlGroeipakketSocialSupplement } from '../vl-groeipakket-social-supplement';
import { dgFamilyAllowanceSocialSupplement } from '../dg-family-allowance-social-supplement';
import { walBirthAllowance } from '../wal-birth-allowance';
import { bruBirthAllowance } from '../bru-birth-allowance';
import { vlBirthAllowance } from '../vl-birth-allowance';
import { dgBirthAllowance } from '../dg-birth-allowance';
import { fwbStudyAllowance } from '../fwb-study-allowance';
import { vlSchoolAllowance } from '../vl-school-allowance';

export const FAMILY: readonly RightDefinition[] = [
  walFamilyAllowanceSocialSupplement,
  bruFamilyAllowanceSocialSupplement,
  vlGroeipakketSocialSupplement,
  dgFamilyAllowanceSocialSupplement,
  walBirthAllowance,
  bruBirthAllowance,
  vlBirthAllowance,
  dgBirthAllowance,
  fwbStudyAllowance,
  vlSchoolAllowance,
];
