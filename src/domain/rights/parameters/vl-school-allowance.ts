// Schooltoeslag of the Groeipakket, Flanders — research §16. The income thresholds are
// UNVERIFIED, so no parameter holds them. The research lists its §16 sources together without
// saying which page gave which fact; each value names the likeliest one.
import { parameter } from './parameter';

const GROEIPAKKET_FAQ = 'https://www.groeipakket.be/faq/algemeen/verschil-schoolbonus-en-schooltoeslag';

/** From 3 years, in Flemish kindergarten, primary or secondary education. */
export const SCHOOL_ALLOWANCE_MIN_AGE = parameter({
  id: 'vl-school-allowance.min-age',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-09-01', value: 3, verified: true, source: GROEIPAKKET_FAQ, note: 'Part of the Groeipakket since the school year 2019-2020.' }],
});

/** Kleutertoeslag: the children of 3 and 4 enrolled in kindergarten (below this age). Undated amount. */
export const KLEUTERTOESLAG_AGE_LIMIT = parameter({
  id: 'vl-school-allowance.kleutertoeslag-age-limit',
  unit: 'years',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2019-09-01', value: 5, verified: true, source: 'https://www.sint-gregoriuscollege.be/groeipakket/', note: 'For 3- and 4-year-olds.' }],
});

export const KLEUTERTOESLAG = parameter({
  id: 'vl-school-allowance.kleutertoeslag',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2019-09-01',
      value: 132.6,
      verified: false,
      source: 'https://www.sint-gregoriuscollege.be/groeipakket/',
      note: 'Undated (research: kleutertoeslag 132,60 € a year for enrolled and sufficiently present 3- and 4-year-olds); shown as indicative only.',
    },
  ],
});
