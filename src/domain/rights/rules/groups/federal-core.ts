// Federal rights around health insurance, energy and the CPAS minimum incomes.
import type { RightDefinition } from '../../engine/rule';
import { bim } from '../be-bim';
import { mafSocial } from '../be-maf-social';
import { socialEnergyTariff } from '../be-social-energy-tariff';
import { heatingAllowance } from '../be-heating-allowance';
import { integrationIncome } from '../be-integration-income';
import { equivalentSocialAid } from '../be-equivalent-social-aid';
import { grapa } from '../be-grapa';
import { disabilityAllowance } from '../be-disability-allowance';

export const FEDERAL_CORE: readonly RightDefinition[] = [
  bim,
  mafSocial,
  socialEnergyTariff,
  heatingAllowance,
  integrationIncome,
  equivalentSocialAid,
  grapa,
  disabilityAllowance,
];
