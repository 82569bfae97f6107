// Random but valid profiles (fast-check), covering every field of the contract and leaving
// fields out as often as a real, half-answered profile does.
import fc from 'fast-check';
import {
  HEATINGS,
  INCOME_KINDS,
  RESIDENCES,
  SCHOOL_COMMUNITIES,
  SCHOOL_LEVELS,
  SCHOOL_TRACKS,
  STATUSES,
  TENURES,
  type Income,
  type Member,
  type Profile,
} from '../profile';

const POSTAL_CODES = ['1000', '1080', '1348', '2000', '3500', '4000', '4700', '4780', '5000', '6000', '7000', '8000', '9000'];

const day = (from: number, to: number) =>
  fc
    .record({ year: fc.integer({ min: from, max: to }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day: d }) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6000 }), fc.double({ min: 0, max: 6000, noNaN: true }).map((x) => Math.round(x * 100) / 100));

export const arbitraryIncome: fc.Arbitrary<Income> = fc.record(
  {
    kind: fc.constantFrom(...INCOME_KINDS),
    monthly: money,
    basis: fc.constantFrom('net' as const, 'gross' as const),
    workFraction: fc.constantFrom(0.5, 0.8, 1),
  },
  { requiredKeys: ['kind', 'monthly'] },
);

function memberArbitrary(relation: Member['relation']): fc.Arbitrary<Omit<Member, 'id'>> {
  const born = relation === 'child' ? day(2002, 2026) : day(1930, 2007);
  return fc.record(
    {
      relation: fc.constant(relation),
      birthDate: born,
      residence: fc.constantFrom(...RESIDENCES),
      arrivalDate: day(2015, 2026),
      incomes: fc.array(arbitraryIncome, { maxLength: 3 }),
      statuses: fc.uniqueArray(fc.constantFrom(...STATUSES), { maxLength: 3 }),
      statusesComplete: fc.boolean(),
      schoolLevel: fc.constantFrom(...SCHOOL_LEVELS),
      schoolTrack: fc.constantFrom(...SCHOOL_TRACKS),
      schoolCommunity: fc.constantFrom(...SCHOOL_COMMUNITIES),
    },
    { requiredKeys: ['relation'] },
  );
}

export const arbitraryProfile: fc.Arbitrary<Profile> = fc
  .record(
    {
      postalCode: fc.constantFrom(...POSTAL_CODES),
      housing: fc.record(
        {
          tenure: fc.constantFrom(...TENURES),
          monthlyRent: money,
          heating: fc.constantFrom(...HEATINGS),
          onSocialHousingWaitingList: fc.boolean(),
          socialHousingApplicationDate: day(2015, 2026),
          ownsOtherDwelling: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      debts: fc.record({ hasArrears: fc.boolean() }, { requiredKeys: [] }),
      taxableIncome: fc.array(
        fc.record(
          { year: fc.integer({ min: 2020, max: 2026 }), grossTaxable: fc.integer({ min: 0, max: 90_000 }), netTaxable: fc.integer({ min: 0, max: 80_000 }) },
          { requiredKeys: ['year'] },
        ),
        { maxLength: 2 },
      ),
      realEstateIncome: fc.integer({ min: 0, max: 3000 }),
      self: memberArbitrary('self'),
      others: fc.array(
        fc.constantFrom('partner' as const, 'child' as const, 'child' as const, 'parent' as const, 'other' as const).chain(memberArbitrary),
        { maxLength: 5 },
      ),
    },
    { requiredKeys: ['self', 'others'] },
  )
  .map(
    ({ self, others, ...household }): Profile => ({
      format: 'carnet-profile',
      version: 1,
      household: {
        ...household,
        members: [self, ...others].map((member, index): Member => ({ id: `m${index + 1}`, ...member }) as Member),
      },
    }),
  );

export const arbitraryDay = day(2024, 2027);
