// Sociale huurwoning, Flanders — research §21.3. Indexed income limits of the candidate
// tenant and their partner, by year of registration.
import { parameter, type Parameter } from './parameter';

const WIL = 'https://wil.be/nl/kandidaat-huurders/inschrijven/kom-ik-in-aanmerking';
/** The research reads these limits across four housing companies' pages (wil.be, nieuwdak.be, lindenhof-wonen.be, arkwonen.be). */
const SOURCES_NOTE = 'Also on nieuwdak.be, lindenhof-wonen.be and arkwonen.be (research §21.3).';

function limit(id: string, value2023: number, value2024: number): Parameter {
  return parameter({
    id,
    unit: 'EUR',
    per: 'year',
    direction: 'up',
    maxYearlyRise: 0.12,
    checkedOn: '2026-11-22',
    values: [
      { validFrom: '2023-01-01', validUntil: '2023-12-31', value: value2023, verified: true, source: WIL, note: SOURCES_NOTE },
      { validFrom: '2024-01-01', validUntil: '2024-12-31', value: value2024, verified: true, source: WIL, note: `Indexed limits 2024. ${SOURCES_NOTE}` },
    ],
  });
}

/** Alleenstaande zonder personen ten laste. */
export const VL_SINGLE = limit('vl-social-housing.single', 28_105, 29_515);

/** Alleenstaande persoon met een handicap. */
export const VL_SINGLE_DISABLED = limit('vl-social-housing.single-disabled', 30_460, 31_987);

/** Anderen (couples, families, people living together). */
export const VL_OTHERS = limit('vl-social-housing.others', 42_156, 44_270);

/** Per persoon ten laste (dependent child, or a recognised severely disabled person). */
export const VL_PER_DEPENDANT = limit('vl-social-housing.per-dependant', 2_356, 2_475);

/** The income is that of the most recent assessment, at most this many years old. */
export const VL_INCOME_MAX_AGE = parameter({
  id: 'vl-social-housing.income-max-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2023-01-01', value: 3, verified: true, source: WIL }],
});
