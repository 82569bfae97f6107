// Allocation loyer / huurtoelage, Brussels — research §20.2 (AGRBC 15/07/2021, in force
// 10/10/2021). For social-housing candidates with enough priority titles, renting privately.
import { parameter, type Parameter } from './parameter';

const SOCIALENERGIE = 'https://socialenergie.be/fr/logement/aides-au-relogement/allocation-loyer';
const FEBUL = 'https://www.febul.be/2023/06/01/allocation-loyer-outil-sous-exploite/';

/** Priority titles on the social-housing waiting list. */
export const BRU_RENT_ALLOWANCE_PRIORITY_TITLES = parameter({
  id: 'bru-rent-allowance.priority-titles',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-10-10', value: 6, verified: true, source: SOCIALENERGIE }],
});

export const BRU_RENT_ALLOWANCE_PRIORITY_TITLES_SINGLE_PARENT = parameter({
  id: 'bru-rent-allowance.priority-titles-single-parent',
  unit: 'points',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2021-10-10', value: 2, verified: true, source: SOCIALENERGIE }],
});

/**
 * Income ceilings: the revenu d'intégration of the category (the BIM ceiling for a single
 * parent), per year. Only the figures of a page updated on 13/07/2022 were found; they rise
 * with RIS and BIM, so later the 2022 figure is only a lower bound (current ones UNVERIFIED).
 */
function ceiling2022(id: string, value: number, note: string): Parameter {
  return parameter({
    id,
    unit: 'EUR',
    per: 'year',
    direction: 'up',
    maxYearlyRise: 0.12,
    checkedOn: '2026-11-22',
    values: [{ validFrom: '2022-07-13', validUntil: '2022-07-13', value, verified: true, source: SOCIALENERGIE, sourceDate: '2022-07-13', note }],
  });
}

export const BRU_RENT_ALLOWANCE_CEILING_SINGLE = ceiling2022('bru-rent-allowance.ceiling-single', 12_293.82, 'Isolé: RIS of a single person.');
export const BRU_RENT_ALLOWANCE_CEILING_SEVERAL = ceiling2022('bru-rent-allowance.ceiling-several', 16_614.44, 'Several persons: RIS with family in charge.');
export const BRU_RENT_ALLOWANCE_CEILING_SINGLE_PARENT = ceiling2022('bru-rent-allowance.ceiling-single-parent', 20_763.88, 'Single parent: the BIM ceiling.');

const AMOUNT_NOTE = 'Amount of 2021, indexed since (2023: about 130–173 € plus 20–43 € per child, febul.be): shown as a 2021 figure, never as an estimate.';

function amount2021(id: string, value: number): Parameter {
  return parameter({
    id,
    unit: 'EUR',
    per: 'month',
    direction: 'up',
    maxYearlyRise: 0.12,
    checkedOn: '2026-11-22',
    values: [{ validFrom: '2021-10-10', validUntil: '2021-12-31', value, verified: true, source: SOCIALENERGIE, note: `${AMOUNT_NOTE} ${FEBUL}` }],
  });
}

export const BRU_RENT_ALLOWANCE_AMOUNT = amount2021('bru-rent-allowance.amount', 160);
export const BRU_RENT_ALLOWANCE_PER_CHILD = amount2021('bru-rent-allowance.per-child', 20);
/** Single parent with an income up to the RIS: 160 € + 40 € per child; between RIS and BIM ceiling: 120 € + 40 €. */
export const BRU_RENT_ALLOWANCE_SINGLE_PARENT_LOWER_AMOUNT = amount2021('bru-rent-allowance.single-parent-lower-amount', 120);
export const BRU_RENT_ALLOWANCE_SINGLE_PARENT_PER_CHILD = amount2021('bru-rent-allowance.single-parent-per-child', 40);
