// Aide juridique de deuxième ligne (pro deo) — research §17. Net monthly income thresholds of
// the bar's legal aid office (BAJ), revised each September (index-linked since 09/2024).
import { parameter } from './parameter';

const TRIBUNAUX = 'https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance';
const SEPTEMBER_2025 = { validFrom: '2025-09-01', validUntil: '2026-08-31', verified: true, source: TRIBUNAUX } as const;

/** Isolated person: a lawyer totally free up to this net monthly income. */
export const LEGAL_AID_ISOLATED_TOTALLY_FREE = parameter({
  id: 'be-legal-aid.isolated-totally-free',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ ...SEPTEMBER_2025, value: 1_612, note: 'Requests from 01/09/2025; revised each September.' }],
});

/** Isolated person: partly free above the totally-free threshold and up to this amount. */
export const LEGAL_AID_ISOLATED_PARTLY_FREE = parameter({
  id: 'be-legal-aid.isolated-partly-free',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ ...SEPTEMBER_2025, value: 1_920 }],
});

/** Person with a family in charge, or living with others: totally free up to this household income. */
export const LEGAL_AID_HOUSEHOLD_TOTALLY_FREE = parameter({
  id: 'be-legal-aid.household-totally-free',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ ...SEPTEMBER_2025, value: 1_920 }],
});

export const LEGAL_AID_HOUSEHOLD_PARTLY_FREE = parameter({
  id: 'be-legal-aid.household-partly-free',
  unit: 'EUR',
  per: 'month',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ ...SEPTEMBER_2025, value: 2_226 }],
});

/**
 * Deducted from the household income per dependant: 20 % of the revenu d'intégration
 * (L'Avenir 22/08/2022). Which RIS amount is the base is not confirmed; rules take the family
 * amount, the most generous reading, and only ever use it to answer "to confirm".
 */
export const LEGAL_AID_DEDUCTION_SHARE_OF_RIS = parameter({
  id: 'be-legal-aid.deduction-share-of-ris',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2022-09-01',
      value: 0.2,
      verified: false,
      source: 'https://www.lavenir.net/actu/belgique/2022/08/22/les-dossiers-pro-deo-en-hausse-de-9-depuis-lassouplissement-du-seuil-dacces-2LGZPVNHUJE7XO3GANIXHBHNHY/',
      sourceDate: '2022-08-22',
      note: 'UNVERIFIED today: 259,18 € in the 2021-22 rules (esenca.be); 20 % × 1 776,07 € = 355,21 € if the family RIS is the base.',
    },
  ],
});
