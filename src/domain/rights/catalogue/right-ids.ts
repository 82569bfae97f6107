// The stable ids of the rights, in catalogue order (../shared/contract/profile.md). An id
// never changes meaning; a retired right keeps its id.
export const RIGHT_IDS = [
  'be-bim',
  'be-maf-social',
  'be-social-energy-tariff',
  'be-heating-allowance',
  'be-integration-income',
  'be-equivalent-social-aid',
  'be-grapa',
  'be-disability-allowance',
  'be-legal-aid',
  'be-social-internet-offer',
  'be-debt-mediation',
  'be-urgent-medical-aid',
  'be-transport-reduction',
  'be-income-guarantee-allowance',
  'wal-family-allowance-social-supplement',
  'bru-family-allowance-social-supplement',
  'vl-groeipakket-social-supplement',
  'dg-family-allowance-social-supplement',
  'wal-birth-allowance',
  'bru-birth-allowance',
  'vl-birth-allowance',
  'dg-birth-allowance',
  'fwb-study-allowance',
  'vl-school-allowance',
  'wal-social-housing',
  'bru-social-housing',
  'vl-social-housing',
  'wal-rent-allowance',
  'bru-rent-allowance',
  'wal-adel',
  'wal-integration-course',
  'bru-integration-course',
  'vl-integration-course',
  'wal-mebar',
  'wal-apa',
  'bru-apa',
  'vl-care-budget-elderly',
  'dg-apa',
  'fwb-article-27',
  'wal-property-tax-reduction',
  'bru-property-tax-reduction',
  'vl-property-tax-reduction',
  'wal-social-water-fund',
  'bru-social-water',
] as const;

export type RightId = (typeof RIGHT_IDS)[number];

export function isRightId(id: string): id is RightId {
  return (RIGHT_IDS as readonly string[]).includes(id);
}
