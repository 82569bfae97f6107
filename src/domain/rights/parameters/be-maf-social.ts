// Maximum à facturer (MAF) — research §3. Yearly caps on a household's medical co-payments.
import { parameter } from './parameter';

const SOURCE = 'https://mc.be/en-marche/vos-droits/soins-de-sante/le-maf-un-plafond-aux-frais-medicaux';

/** Social MAF: the cap for households with BIM. */
export const MAF_SOCIAL_CAP = parameter({
  id: 'be-maf-social.social-cap',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  maxYearlyRise: 0.12,
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2024-01-01', validUntil: '2024-12-31', value: 516.92, verified: true, source: SOURCE, sourceDate: '2024-07-25' }],
});

/** Income MAF 2024: upper bound of household net taxable income → cap (the last bracket has no bound). */
export const MAF_INCOME_BRACKETS_2024 = {
  id: 'be-maf-social.income-brackets',
  checkedOn: '2026-11-22',
  validFrom: '2024-01-01',
  validUntil: '2024-12-31',
  source: SOURCE,
  brackets: [
    { upTo: 12_681.18, cap: 254.99 },
    { upTo: 22_687.05, cap: 516.92 },
    { upTo: 34_877.09, cap: 746.66 },
    { upTo: 47_067.18, cap: 1_148.7 },
    { upTo: 58_749.33, cap: 1_608.18 },
    { upTo: Number.POSITIVE_INFINITY, cap: 2_067.66 },
  ],
} as const;
