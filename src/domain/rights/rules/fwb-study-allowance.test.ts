import { describe, expect, it } from 'vitest';
import type { Member } from '../../profile';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { CATALOGUE } from '../catalogue/catalogue';

const ID = 'fwb-study-allowance';
// School year 2024-2025: the household's 2022 income.
const ON = '2024-10-01';

type School = Pick<Member, 'schoolLevel' | 'schoolTrack' | 'schoolCommunity'>;
const SECONDARY: School = { schoolLevel: 'secondary', schoolTrack: 'full-time', schoolCommunity: 'fwb' };
const HIGHER: School = { schoolLevel: 'higher', schoolCommunity: 'fwb' };
const PRIMARY: School = { schoolLevel: 'primary', schoolCommunity: 'fwb' };

const parent = (asOf = ON) => aHousehold(asOf).inWallonia().belgian().aged(45).statusesComplete().earning(['employment', 2000]);
/** A household with one pupil and `siblings` younger children in primary school (one dependant each). */
const family = (gross: number, school: School = SECONDARY, siblings = 0, year = 2022, asOf = ON) => {
  let household = parent(asOf).withTaxableIncome(year, gross).withChild({ age: 16, incomes: [], ...school });
  for (let i = 0; i < siblings; i += 1) household = household.withChild({ age: 8, incomes: [], ...PRIMARY });
  return household;
};
const at = (profile: ReturnType<typeof parent>, asOf = ON) => evaluateRight(ID, profile.build(), asOf);

describe('allocation d’études (fwb-study-allowance)', () => {
  it.each([
    [0, 24_168.25, 26_708.93],
    [1, 32_225.69, 34_925.48],
    [2, 39_776.65, 42_631.35],
    [3, 46_825.45, 49_818.21],
  ])('with %i brothers or sisters, is granted up to the ceiling of as many dependants', (siblings, secondary, higher) => {
    expect(at(family(secondary, SECONDARY, siblings))).toMatchObject({ status: 'eligible', automatic: false });
    expect(at(family(higher, HIGHER, siblings)).status).toBe('eligible');
  });

  it.each([
    [0, 24_168.25, 32_225.69],
    [1, 32_225.69, 39_776.65],
    [2, 39_776.65, 46_825.45],
  ])(
    'with %i brothers or sisters, asks to confirm one euro above, up to the ceiling that counts the student too, and refuses one euro above that',
    (siblings, strict, generous) => {
      const above = at(family(strict + 1, SECONDARY, siblings));
      expect(above).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
      expect(reasonKeys(above)).toContain('income.ruleUnclear');
      expect(at(family(generous, SECONDARY, siblings)).status).toBe('maybe');
      const refused = at(family(generous + 1, SECONDARY, siblings));
      expect(refused.status).toBe('not-eligible');
      expect(reasonKeys(refused)).toContain('income.above');
    },
  );

  it('refuses one euro above the higher-education ceiling that counts the student too', () => {
    expect(at(family(34_925.48, HIGHER)).status).toBe('maybe');
    expect(at(family(34_926.48, HIGHER)).status).toBe('not-eligible');
  });

  it('with three brothers or sisters, never refuses outright, since counting the student makes four dependants', () => {
    expect(at(family(46_826.45, SECONDARY, 3))).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(at(family(90_000, SECONDARY, 3))).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('with four dependants or more, grants it under the three-dependant ceiling and asks to confirm above, as the printed ceilings look wrong', () => {
    const under = at(family(46_825.45, SECONDARY, 4));
    expect(under.status).toBe('eligible');
    expect(reasonKeys(under)).toContain('studyAllowance.belowSmallerFamilyCeiling');
    const above = at(family(50_000, SECONDARY, 4));
    expect(above).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(above.reasons).toContainEqual({ key: 'studyAllowance.ceilingToConfirm', values: { dependants: 4, ceiling: { amount: 53_371.89, per: 'year' } } });
  });

  it('adds the amount per extra dependant from six dependants, still to confirm', () => {
    const result = at(family(60_000, HIGHER, 6));
    expect(result.reasons).toContainEqual({ key: 'studyAllowance.ceilingToConfirm', values: { dependants: 6, ceiling: { amount: 69_846.78, per: 'year' } } });
  });

  it('asks to confirm when only counting a studying brother or sister twice lets the household in', () => {
    const profile = parent().withTaxableIncome(2022, 35_000).withChild({ age: 16, incomes: [], ...SECONDARY }).withChild({ age: 14, incomes: [], ...SECONDARY });
    const result = at(profile);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('income.ruleUnclear');
  });

  it('asks to confirm when only counting a grandparent at home lets the household in', () => {
    const profile = family(30_000).withMember('parent', { age: 75, incomes: [] });
    expect(at(profile)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('is not for secondary education in alternance (CEFA, IFAPME)', () => {
    const result = at(family(15_000, { ...SECONDARY, schoolTrack: 'alternance' }));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('studyAllowance.alternance');
  });

  it('is not for a school of another community, nor for primary school', () => {
    const flemish = at(family(15_000, { ...SECONDARY, schoolCommunity: 'vl' }));
    expect(flemish.status).toBe('not-eligible');
    expect(reasonKeys(flemish)).toContain('studyAllowance.noFwbStudent');
    expect(at(family(15_000, PRIMARY)).status).toBe('not-eligible');
  });

  it('is not for a household without pupils or students', () => {
    expect(reasonKeys(at(parent().withTaxableIncome(2022, 15_000)))).toEqual(['studyAllowance.noFwbStudent']);
  });

  it.each([
    ['schoolLevel', { schoolTrack: 'full-time', schoolCommunity: 'fwb' }],
    ['schoolTrack', { schoolLevel: 'secondary', schoolCommunity: 'fwb' }],
    ['schoolCommunity', { schoolLevel: 'secondary', schoolTrack: 'full-time' }],
  ] as [string, School][])('asks the child’s %s when it is not known', (field, school) => {
    const result = at(family(15_000, school));
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain(`household.members[1].${field}`);
  });

  it('uses the 2022 income from July 2024 and, before, only knows that the older ceilings were lower', () => {
    const profile = (asOf: string) => family(20_000, SECONDARY, 0, 2022, asOf).withTaxableIncome(2021, 20_000);
    expect(at(profile('2024-06-30'), '2024-06-30')).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(at(profile('2024-07-01'), '2024-07-01').status).toBe('eligible');
  });

  it('still grants it under the 2024-2025 ceilings in a later school year, and asks to confirm above them', () => {
    const later = (gross: number) => family(gross, SECONDARY, 0, 2023, '2025-07-01');
    expect(at(later(24_000), '2025-07-01').status).toBe('eligible');
    const above = at(later(25_000), '2025-07-01');
    expect(above).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(above)).toContain('income.aboveOldCeiling');
  });

  it('counts the revenu d’intégration in an estimate, which a tax figure would leave out', () => {
    // The wage alone (about 19 800 – 27 000 € a year) would be close to the ceilings; with 12 months of RIS it is clearly above.
    const profile = parent()
      .earning(['integration-income', 1776.07])
      .withPartner({ age: 45, incomes: [{ kind: 'employment', monthly: 1500 }] })
      .withChild({ age: 16, incomes: [], ...SECONDARY });
    expect(at(profile).status).toBe('not-eligible');
  });

  it('asks the household’s incomes when nothing is known', () => {
    const result = at(aHousehold(ON).withChild({ age: 16, incomes: [], ...SECONDARY }));
    expect(result.status).toBe('maybe');
    expect(result.missing).toEqual(expect.arrayContaining(['household.members[0].incomes', 'household.taxableIncome']));
  });

  it('tells an adult student that whose income counts depends on their situation', () => {
    const profile = aHousehold(ON).aged(20).withStatuses('student').earning(['student-job', 400]).person({ ...HIGHER });
    const result = at(profile);
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('studyAllowance.adultStudent');
  });

  it('is asked every year, with the free number of the Direction des allocations d’études', () => {
    const right = CATALOGUE.rights.find((r) => r.id === ID);
    expect(right?.claim.phone).toBe('0800 11 869');
    expect(at(family(15_000)).worthAsking).toEqual(['studyAllowance.everyYear', 'studyAllowance.minimumIncome', 'studyAllowance.propertyLimit']);
  });

  it('does not ask about the school of a child too young for secondary school', () => {
    const profile = aHousehold().inWallonia().belgian().aged(35).statusesComplete().earning(['employment', 1200]).withChild({ age: 4 }).build();
    const result = evaluateRight('fwb-study-allowance', profile);
    expect(result.missing.some((fact) => fact.startsWith('household.members[1].school'))).toBe(false);
  });

  it('believes the school the profile names, even for a child under ten, with or without a birth date', () => {
    const early = (age?: number) => at(parent().withTaxableIncome(2022, 20_000).withChild({ ...(age === undefined ? {} : { age }), incomes: [], ...SECONDARY })).status;
    expect(early(9)).toBe('eligible');
    expect(early()).toBe('eligible');
  });
});
