// Reduced train fares with BIM (SNCB / NMBS) — research §23. Bus, tram and metro companies
// (STIB, TEC, De Lijn) have their own BIM fares, whose prices the research could not confirm.
import { parameter } from './parameter';

/** Reduction on a 2nd-class train ticket for a person with BIM. */
export const SNCB_BIM_REDUCTION = parameter({
  id: 'be-transport-reduction.sncb-reduction',
  unit: 'ratio',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2024-01-01',
      validUntil: '2025-10-14',
      value: 0.5,
      verified: true,
      source: 'https://www.belgiantrain.be/en/tickets-and-railcards/overview-discount/preferential-reimbursement-ticket',
      note: 'Carte Intervention majorée, any destination, until the fare reform of 15/10/2025. Its start was not researched: 2024-01-01 is only the earliest day the catalogue evaluates.',
    },
    {
      validFrom: '2025-10-15',
      value: 0.4,
      verified: true,
      source: 'https://bx1.be/categories/news/la-sncb-annonce-sa-plus-grande-reforme-tarifaire-des-30-dernieres-annees-voici-ce-qui-va-changer/',
      sourceDate: '2025-10-06',
      note: 'New fare system: a systematic 40 % reduction in 2nd class for BIM, as for people under 26 and over 65.',
    },
  ],
});

/** From the fare reform: with the Train+ card, a single journey costs at most this much. */
export const SNCB_TRAIN_PLUS_SINGLE_JOURNEY_CAP = parameter({
  id: 'be-transport-reduction.train-plus-single-journey-cap',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2025-10-15',
      value: 5.5,
      verified: true,
      source: 'https://bx1.be/categories/news/la-sncb-annonce-sa-plus-grande-reforme-tarifaire-des-30-dernieres-annees-voici-ce-qui-va-changer/',
      sourceDate: '2025-10-06',
    },
  ],
});
