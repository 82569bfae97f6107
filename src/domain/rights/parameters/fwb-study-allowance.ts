// Allocation d'études of the French Community (FWB) — research §15. Maximum household income
// for the school year 2024-2025 (2022 income), by number of dependants. The figures for four
// and five dependants look misprinted in the source (UNVERIFIED); "each extra" builds on them.
import { parameter, type Parameter } from './parameter';

const SECONDARY_SOURCE = 'https://jeminforme.be/allocation-detudes-de-lenseignement-secondaire-conditions-montants-recours';
const HIGHER_SOURCE = 'https://www.jeminforme.be/tag/etude/page/4/?print=print-search';
const SCHOOL_YEAR = { validFrom: '2024-07-01', validUntil: '2025-06-30' } as const;

type Level = 'secondary' | 'higher';

function ceiling(level: Level, dependants: number | 'extra', value: number, note?: string): Parameter {
  const verified = note === undefined;
  return parameter({
    id: `fwb-study-allowance.${level}-ceiling.${dependants}`,
    unit: 'EUR',
    per: 'year',
    direction: 'up',
    checkedOn: '2026-11-22',
    values: [
      {
        ...SCHOOL_YEAR,
        value,
        verified,
        source: level === 'secondary' ? SECONDARY_SOURCE : HIGHER_SOURCE,
        ...(level === 'secondary' ? { sourceDate: '2024-05-03' } : {}),
        note: note ?? 'School year 2024-2025, 2022 income.',
      },
    ],
  });
}

const SUSPECT = 'UNVERIFIED: looks misprinted in the source (research §15).';

// One export per figure, so that `npm run catalogue:check` lists each of them.
export const FWB_SECONDARY_CEILING_0 = ceiling('secondary', 0, 24_168.25);
export const FWB_SECONDARY_CEILING_1 = ceiling('secondary', 1, 32_225.69);
export const FWB_SECONDARY_CEILING_2 = ceiling('secondary', 2, 39_776.65);
export const FWB_SECONDARY_CEILING_3 = ceiling('secondary', 3, 46_825.45);
export const FWB_SECONDARY_CEILING_4 = ceiling('secondary', 4, 53_371.89, SUSPECT);
export const FWB_SECONDARY_CEILING_5 = ceiling('secondary', 5, 53_918.89, `${SUSPECT} Less than 1 000 € above four dependants.`);
export const FWB_SECONDARY_PER_EXTRA_DEPENDANT = ceiling('secondary', 'extra', 6_546.44, `${SUSPECT} Added to the five-dependant figure.`);

export const FWB_HIGHER_CEILING_0 = ceiling('higher', 0, 26_708.93);
export const FWB_HIGHER_CEILING_1 = ceiling('higher', 1, 34_925.48);
export const FWB_HIGHER_CEILING_2 = ceiling('higher', 2, 42_631.35);
export const FWB_HIGHER_CEILING_3 = ceiling('higher', 3, 49_818.21);
export const FWB_HIGHER_CEILING_4 = ceiling('higher', 4, 54_494.4, `${SUSPECT} Arithmetic suggests 56 494,40 €.`);
export const FWB_HIGHER_CEILING_5 = ceiling('higher', 5, 63_170.59, SUSPECT);
export const FWB_HIGHER_PER_EXTRA_DEPENDANT = ceiling('higher', 'extra', 6_676.19, `${SUSPECT} Added to the five-dependant figure.`);

/** Index = number of dependants (0 to 5). */
export const FWB_SECONDARY_CEILINGS: readonly Parameter[] = [
  FWB_SECONDARY_CEILING_0,
  FWB_SECONDARY_CEILING_1,
  FWB_SECONDARY_CEILING_2,
  FWB_SECONDARY_CEILING_3,
  FWB_SECONDARY_CEILING_4,
  FWB_SECONDARY_CEILING_5,
];

export const FWB_HIGHER_CEILINGS: readonly Parameter[] = [
  FWB_HIGHER_CEILING_0,
  FWB_HIGHER_CEILING_1,
  FWB_HIGHER_CEILING_2,
  FWB_HIGHER_CEILING_3,
  FWB_HIGHER_CEILING_4,
  FWB_HIGHER_CEILING_5,
];

/** The ceilings of 0 to 3 dependants are the ones the research could confirm. */
export const FWB_LAST_VERIFIED_DEPENDANTS = 3;
