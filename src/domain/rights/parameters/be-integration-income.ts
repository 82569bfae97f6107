// Revenu d'intégration (RIS / leefloon), monthly amounts by category — research §7. Other
// rules (equivalent social aid, MEBAR, the Brussels rent allowance) measure against them.
import { parameter } from './parameter';

const SOURCE = 'https://cpassivryrance.be/revenu-d-int%C3%A9gration/le-montant-du-ri-au-01-08-2022';

export const RIS_COHABITANT = parameter({
  id: 'be-integration-income.cohabitant',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2025-02-01', value: 876.13, verified: true, source: SOURCE }],
});

export const RIS_SINGLE = parameter({
  id: 'be-integration-income.single',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2025-02-01', value: 1_314.2, verified: true, source: SOURCE }],
});

export const RIS_FAMILY = parameter({
  id: 'be-integration-income.family',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2025-02-01', value: 1_776.07, verified: true, source: SOURCE }],
});
