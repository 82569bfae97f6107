// Garantie de revenus aux personnes âgées (GRAPA) — research §9.
import { parameter } from './parameter';

/** Legal pension age, from which GRAPA can be asked. */
export const PENSION_AGE = parameter({
  id: 'be-grapa.age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '1997-07-01', value: 65, verified: true, source: 'https://mc.be/en-marche/vos-droits/la-grapa-une-aide-sociale-pour-les-personnes-agees' },
    { validFrom: '2025-02-01', value: 66, verified: true, source: 'https://mc.be/en-marche/vos-droits/la-grapa-une-aide-sociale-pour-les-personnes-agees', sourceDate: '2024-10-23' },
    { validFrom: '2030-02-01', value: 67, verified: true, source: 'https://www.plusmagazine.be/fr/droit-argent/la-difference-entre-pension-minimum-et-grapa/' },
  ],
});

const AMOUNTS_SOURCE =
  'https://www.retraiteplus.be/les-aides-financieres/aides-financieres-aux-personnes-agees-maison-repos/grapa/grapa-garantie-revenus-aux-personnes-agees-quels-montants';

/**
 * Only the amounts of 01/08/2022 were found; GRAPA has been indexed since. Below them, a
 * person is surely below today's; above them, only the pension service can say.
 */
export const GRAPA_BASE = parameter({
  id: 'be-grapa.base',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2022-08-01', validUntil: '2022-10-31', value: 912.03, verified: true, source: AMOUNTS_SOURCE, note: 'Cohabitant (base amount), index 162,66.' }],
});

export const GRAPA_SINGLE = parameter({
  id: 'be-grapa.single',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2022-08-01', validUntil: '2022-10-31', value: 1_368.05, verified: true, source: AMOUNTS_SOURCE, note: 'Isolé (base + 50 %).' }],
});
