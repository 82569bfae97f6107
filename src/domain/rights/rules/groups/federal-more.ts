// Federal rights beyond the core: legal aid, internet, debts, urgent care, transport and the
// allowance for part-time workers.
import type { RightDefinition } from '../../engine/rule';
import { legalAid } from '../be-legal-aid';
import { socialInternetOffer } from '../be-social-internet-offer';
import { debtMediation } from '../be-debt-mediation';
import { urgentMedicalAid } from '../be-urgent-medical-aid';
import { transportReduction } from '../be-transport-reduction';
import { incomeGuaranteeAllowance } from '../be-income-guarantee-allowance';

export const FEDERAL_MORE: readonly RightDefinition[] = [
  legalAid,
  socialInternetOffer,
  debtMediation,
  urgentMedicalAid,
  transportReduction,
  incomeGuaranteeAllowance,
];
