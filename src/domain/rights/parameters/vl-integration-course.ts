// Inburgeringstraject (Flanders) — research §25.3. Paid since 1 September 2023.
import { parameter } from './parameter';

const VVSG = 'https://www.vvsg.be/nieuws/inburgeringstraject-vanaf-1-september-betalend-webinar-15-juni';
const AGENTSCHAP =
  'https://www.integratie-inburgering.be/nl/wat-kunnen-we-voor-jou-doen/inburgeringstraject-en-cursus-maatschappelijke-ori%C3%ABntatie/inburgeringstraject';

/**
 * Who counts as a newcomer in Flanders is not in the research (§25.3 says "certain
 * newcomers"). The catalogue uses the target the research gives for Wallonia and Brussels
 * (18 to 65, less than 3 years), unverified for Flanders: the rule says "eligible" only
 * inside it and "to confirm with the Agentschap" outside it, never "no" because of it.
 */
const NOT_FOR_FLANDERS =
  'Target of the Walloon and Brussels pathways (§25.1–25.2); §25.3 gives no figure for Flanders. Dated from the paid regime (01/09/2023), the one the research describes.';

export const VL_INTEGRATION_MIN_AGE = parameter({
  id: 'vl-integration-course.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-09-01', value: 18, verified: false, source: AGENTSCHAP, note: NOT_FOR_FLANDERS }],
});

export const VL_INTEGRATION_AGE_LIMIT = parameter({
  id: 'vl-integration-course.age-limit',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-09-01', value: 65, verified: false, source: AGENTSCHAP, note: NOT_FOR_FLANDERS }],
});

export const VL_NEWCOMER_YEARS = parameter({
  id: 'vl-integration-course.newcomer-years',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-09-01', value: 3, verified: false, source: AGENTSCHAP, note: NOT_FOR_FLANDERS }],
});

/** Maatschappelijke oriëntatie: lessons and test together, at most. */
export const VL_CIVICS_FEE_MAX = parameter({
  id: 'vl-integration-course.civics-fee-max',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-09-01', value: 180, verified: true, source: VVSG, note: 'Guidance, work and participation trajectories stay free.' }],
});

/** Dutch as a second language (NT2, level A2): lessons and test together, at most. */
export const VL_DUTCH_FEE_MAX = parameter({
  id: 'vl-integration-course.dutch-fee-max',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2023-09-01',
      value: 180,
      verified: true,
      source: VVSG,
      note: 'Constitutional Court 20/07/2023: obliged newcomers may use the ordinary NT2 fee exemptions.',
    },
  ],
});
