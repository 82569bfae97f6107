// Every dated figure of the catalogue, for what needs them all: the notice planner (figures
// changing on a known date) and `npm run catalogue:check`.
import type { Parameter } from './parameter';
import * as m_be_bim from './be-bim';
import * as m_be_grapa from './be-grapa';
import * as m_be_heating_allowance from './be-heating-allowance';
import * as m_be_income_guarantee_allowance from './be-income-guarantee-allowance';
import * as m_be_integration_income from './be-integration-income';
import * as m_be_legal_aid from './be-legal-aid';
import * as m_be_maf_social from './be-maf-social';
import * as m_be_social_internet_offer from './be-social-internet-offer';
import * as m_be_transport_reduction from './be-transport-reduction';
import * as m_birth_allowances from './birth-allowances';
import * as m_bru_apa from './bru-apa';
import * as m_bru_birth_allowance from './bru-birth-allowance';
import * as m_bru_family_allowance_social_supplement from './bru-family-allowance-social-supplement';
import * as m_bru_integration_course from './bru-integration-course';
import * as m_bru_property_tax_reduction from './bru-property-tax-reduction';
import * as m_bru_rent_allowance from './bru-rent-allowance';
import * as m_bru_social_housing from './bru-social-housing';
import * as m_bru_social_water from './bru-social-water';
import * as m_dg_apa from './dg-apa';
import * as m_dg_birth_allowance from './dg-birth-allowance';
import * as m_dg_family_allowance_social_supplement from './dg-family-allowance-social-supplement';
import * as m_family_allowances from './family-allowances';
import * as m_fwb_article_27 from './fwb-article-27';
import * as m_fwb_study_allowance from './fwb-study-allowance';
import * as m_vl_birth_allowance from './vl-birth-allowance';
import * as m_vl_care_budget_elderly from './vl-care-budget-elderly';
import * as m_vl_groeipakket_social_supplement from './vl-groeipakket-social-supplement';
import * as m_vl_integration_course from './vl-integration-course';
import * as m_vl_property_tax_reduction from './vl-property-tax-reduction';
import * as m_vl_school_allowance from './vl-school-allowance';
import * as m_vl_social_housing from './vl-social-housing';
import * as m_wal_adel from './wal-adel';
import * as m_wal_apa from './wal-apa';
import * as m_wal_birth_allowance from './wal-birth-allowance';
import * as m_wal_family_allowance_social_supplement from './wal-family-allowance-social-supplement';
import * as m_wal_integration_course from './wal-integration-course';
import * as m_wal_mebar from './wal-mebar';
import * as m_wal_property_tax_reduction from './wal-property-tax-reduction';
import * as m_wal_rent_allowance from './wal-rent-allowance';
import * as m_wal_social_housing from './wal-social-housing';
import * as m_wal_social_water_fund from './wal-social-water-fund';

function parametersOf(module: Record<string, unknown>): Parameter[] {
  return Object.values(module).filter(
    (value): value is Parameter => typeof value === 'object' && value !== null && 'values' in value && 'checkedOn' in value && 'unit' in value,
  );
}

export const ALL_PARAMETERS: readonly Parameter[] = [
  ...parametersOf(m_be_bim),
  ...parametersOf(m_be_grapa),
  ...parametersOf(m_be_heating_allowance),
  ...parametersOf(m_be_income_guarantee_allowance),
  ...parametersOf(m_be_integration_income),
  ...parametersOf(m_be_legal_aid),
  ...parametersOf(m_be_maf_social),
  ...parametersOf(m_be_social_internet_offer),
  ...parametersOf(m_be_transport_reduction),
  ...parametersOf(m_birth_allowances),
  ...parametersOf(m_bru_apa),
  ...parametersOf(m_bru_birth_allowance),
  ...parametersOf(m_bru_family_allowance_social_supplement),
  ...parametersOf(m_bru_integration_course),
  ...parametersOf(m_bru_property_tax_reduction),
  ...parametersOf(m_bru_rent_allowance),
  ...parametersOf(m_bru_social_housing),
  ...parametersOf(m_bru_social_water),
  ...parametersOf(m_dg_apa),
  ...parametersOf(m_dg_birth_allowance),
  ...parametersOf(m_dg_family_allowance_social_supplement),
  ...parametersOf(m_family_allowances),
  ...parametersOf(m_fwb_article_27),
  ...parametersOf(m_fwb_study_allowance),
  ...parametersOf(m_vl_birth_allowance),
  ...parametersOf(m_vl_care_budget_elderly),
  ...parametersOf(m_vl_groeipakket_social_supplement),
  ...parametersOf(m_vl_integration_course),
  ...parametersOf(m_vl_property_tax_reduction),
  ...parametersOf(m_vl_school_allowance),
  ...parametersOf(m_vl_social_housing),
  ...parametersOf(m_wal_adel),
  ...parametersOf(m_wal_apa),
  ...parametersOf(m_wal_birth_allowance),
  ...parametersOf(m_wal_family_allowance_social_supplement),
  ...parametersOf(m_wal_integration_course),
  ...parametersOf(m_wal_mebar),
  ...parametersOf(m_wal_property_tax_reduction),
  ...parametersOf(m_wal_rent_allowance),
  ...parametersOf(m_wal_social_housing),
  ...parametersOf(m_wal_social_water_fund),
];
