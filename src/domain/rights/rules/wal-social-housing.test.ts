import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import type { RightResult } from '../engine/evaluate';

const ON = '2024-06-01';
const RENTING = { tenure: 'private-rent', ownsOtherDwelling: false } as const;
const partner = { age: 40, incomes: [], statuses: [], statusesComplete: true };
const child = { age: 6, statuses: [], statusesComplete: true };

/** A Walloon tenant whose facts are all known, with a net taxable income for the year two years back. */
const walloon = (on = ON) => aHousehold(on).inWallonia().belgian().aged(40).statusesComplete().earning(['employment', 2000]).with({ housing: { ...RENTING } });
const yearsBack = (on: string, years: number) => Number(on.slice(0, 4)) - years;
const withIncome = (netTaxable: number, on = ON) => walloon(on).withTaxableIncome(yearsBack(on, 2), netTaxable + 5_000, netTaxable);

const status = (result: RightResult) => result.status;
const category = (result: RightResult) => result.reasons.find((r) => r.key.startsWith('socialHousing.walCategory'))?.values?.incomeCategory;

describe('logement social en Wallonie (wal-social-housing)', () => {
  it('is open to a couple up to the 2024 "revenus moyens" ceiling, to the euro, and closed one euro above', () => {
    const couple = (income: number) => evaluateRight('wal-social-housing', withIncome(income).withPartner(partner).build(), ON);
    expect(status(couple(63_900))).toBe('eligible');
    expect(couple(63_901)).toMatchObject({ status: 'not-eligible' });
    expect(reasonKeys(couple(63_901))).toContain('income.above');
  });

  it('adds 3 200 € per dependent child', () => {
    const family = (income: number) => evaluateRight('wal-social-housing', withIncome(income).withPartner(partner).withChild(child).build(), ON);
    expect(status(family(67_100))).toBe('eligible');
    expect(status(family(67_101))).toBe('not-eligible');
  });

  it('decides for a single person below 42 800 €, and asks to confirm between the two ceilings the source prints', () => {
    const single = (income: number) => evaluateRight('wal-social-housing', withIncome(income).build(), ON);
    expect(status(single(42_800))).toBe('eligible');
    const between = single(42_801);
    expect(between).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(between)).toContain('socialHousing.walTwoSingleCeilings');
    expect(single(52_800)).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(status(single(52_801))).toBe('not-eligible');
  });

  it('says which income category the household falls in', () => {
    const single = (income: number) => evaluateRight('wal-social-housing', withIncome(income).build(), ON);
    expect(category(single(17_000))).toBe('precarious');
    expect(category(single(17_001))).toBe('modest');
    expect(category(single(34_100))).toBe('modest');
    expect(category(single(34_101))).toBe('average');
    const couple = (income: number) => evaluateRight('wal-social-housing', withIncome(income).withPartner(partner).build(), ON);
    expect(category(couple(23_200))).toBe('precarious');
    expect(category(couple(42_600))).toBe('modest');
    expect(category(couple(42_601))).toBe('average');
    expect(single(17_000).reasons).toContainEqual({
      key: 'socialHousing.walCategory',
      values: { incomeCategory: 'precarious', ceiling: { amount: 17_000, per: 'year' }, year: 2024 },
    });
  });

  it('says the category of an estimated income only when the whole estimate falls in one category', () => {
    const low = evaluateRight('wal-social-housing', walloon().earning(['unemployment', 900]).build(), ON);
    expect(low.status).toBe('eligible');
    expect(low.reasons.map((r) => r.key)).toContain('socialHousing.walCategoryEstimated');
    const wide = evaluateRight('wal-social-housing', walloon().earning(['employment', 1500]).build(), ON);
    expect(category(wide)).toBeUndefined();
  });

  it('uses the 2023 series for a request in 2023', () => {
    const on = '2023-06-01';
    const couple = (income: number) => evaluateRight('wal-social-housing', withIncome(income, on).withPartner(partner).build(), on);
    expect(status(couple(58_300))).toBe('eligible');
    expect(status(couple(58_301))).toBe('not-eligible');
    expect(category(couple(21_200))).toBe('precarious');
    expect(category(couple(21_201))).toBe('modest');
  });

  it('uses the 2022 ceiling for a request in 2022', () => {
    const on = '2022-06-01';
    const couple = (income: number) => evaluateRight('wal-social-housing', withIncome(income, on).withPartner(partner).build(), on);
    expect(status(couple(54_500))).toBe('eligible');
    expect(status(couple(54_501))).toBe('not-eligible');
  });

  it('changes ceilings on 1 January 2024', () => {
    // 60 000 € is over the 2023 couple ceiling (58 300 €) and under the 2024 one (63 900 €).
    const couple = (on: string) =>
      evaluateRight('wal-social-housing', walloon(on).withPartner(partner).withTaxableIncome(2021, 65_000, 60_000).withTaxableIncome(2022, 65_000, 60_000).build(), on);
    expect(status(couple('2023-12-31'))).toBe('not-eligible');
    expect(status(couple('2024-01-01'))).toBe('eligible');
  });

  it('after 2024, still admits under the last known ceiling and asks to confirm above it', () => {
    const on = '2026-11-22';
    const couple = (income: number) => evaluateRight('wal-social-housing', withIncome(income, on).withPartner(partner).build(), on);
    expect(status(couple(63_900))).toBe('eligible');
    const above = couple(63_901);
    expect(above).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(above)).toContain('income.aboveOldCeiling');
    // 63 900 € raised by 12 % a year for two years is 80 156,16 €: above that, surely out.
    expect(status(couple(80_157))).toBe('not-eligible');
    expect(status(couple(80_156))).toBe('maybe');
  });

  it('asks the housing company which year counts when the incomes of two and three years back disagree', () => {
    const profile = walloon().withPartner(partner).withTaxableIncome(2022, 65_000, 60_000).withTaxableIncome(2021, 70_000, 65_000).build();
    const result = evaluateRight('wal-social-housing', profile, ON);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('socialHousing.walReferenceYear');
    const agree = walloon().withPartner(partner).withTaxableIncome(2022, 45_000, 40_000).withTaxableIncome(2021, 50_000, 45_000).build();
    expect(status(evaluateRight('wal-social-housing', agree, ON))).toBe('eligible');
  });

  it('uses the income of three years back when only that one is given', () => {
    const profile = walloon().withPartner(partner).withTaxableIncome(2021, 70_000, 65_000).build();
    expect(status(evaluateRight('wal-social-housing', profile, ON))).toBe('not-eligible');
  });

  it('asks for the tax assessment when an estimate comes close to the ceiling', () => {
    const result = evaluateRight('wal-social-housing', walloon().earning(['employment', 3300]).build(), ON);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.taxableIncome'] });
    expect(reasonKeys(result)).toContain('income.close');
  });

  it('counts an adult child only if family allowances are still paid: the office says', () => {
    // 66 000 € is above the couple ceiling (63 900 €) and under it with one child (67 100 €).
    const profile = withIncome(66_000).withPartner(partner).withChild({ ...child, age: 20 }).build();
    const result = evaluateRight('wal-social-housing', profile, ON);
    expect(result).toMatchObject({ status: 'maybe', missing: [], toConfirm: true });
    expect(reasonKeys(result)).toContain('housing.adultChildDependant');
  });

  it('asks for the birth date of a child that could be a dependant', () => {
    const profile = withIncome(66_000).withPartner(partner).withChild({ statuses: [], statusesComplete: true }).build();
    expect(evaluateRight('wal-social-housing', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.members[2].birthDate'] });
  });

  it('is not for the owner of their home', () => {
    const profile = withIncome(20_000).with({ housing: { tenure: 'owner', ownsOtherDwelling: false } }).build();
    const result = evaluateRight('wal-social-housing', profile, ON);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toEqual(['housing.ownsHome']);
  });

  it('leaves it to the office when the household owns (part of) another property', () => {
    const profile = withIncome(20_000).with({ housing: { ...RENTING, ownsOtherDwelling: true } }).build();
    const result = evaluateRight('wal-social-housing', profile, ON);
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('housing.ownershipDecides');
  });

  it('asks about the home and any other property when they are not known', () => {
    const profile = withIncome(20_000).with({ housing: {} }).build();
    expect(evaluateRight('wal-social-housing', profile, ON)).toMatchObject({
      status: 'maybe',
      missing: ['household.housing.tenure', 'household.housing.ownsOtherDwelling'],
    });
  });

  it('is not for the German-speaking Community, where housing is the Community’s since 2020', () => {
    const profile = aHousehold(ON).inGermanSpeakingCommunity().belgian().aged(40).earning().with({ housing: { ...RENTING } }).build();
    const result = evaluateRight('wal-social-housing', profile, ON);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toEqual(['housing.germanSpeakingCommunity']);
  });

  it('is not for Brussels or Flanders, and asks the postal code when the region is unknown', () => {
    expect(status(evaluateRight('wal-social-housing', aHousehold(ON).inBrussels().build(), ON))).toBe('not-eligible');
    expect(evaluateRight('wal-social-housing', aHousehold(ON).build(), ON).missing).toContain('household.postalCode');
  });

  it('says the household already has it when it rents a social home in Wallonia', () => {
    const social = (postal: () => ReturnType<typeof aHousehold>) => postal().with({ housing: { tenure: 'social-rent' } }).build();
    expect(evaluateRight('wal-social-housing', social(() => aHousehold(ON).inWallonia()), ON)).toMatchObject({ status: 'eligible', receiving: true });
    expect(evaluateRight('wal-social-housing', social(() => aHousehold(ON).inGermanSpeakingCommunity()), ON)).toMatchObject({ receiving: false });
  });

  it('reminds a household already on the waiting list to keep its application up to date', () => {
    const profile = withIncome(20_000).with({ housing: { ...RENTING, onSocialHousingWaitingList: true } }).build();
    expect(reasonKeys(evaluateRight('wal-social-housing', profile, ON))).toContain('socialHousing.alreadyCandidate');
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('wal-social-housing', aHousehold(ON).build(), ON).worthAsking).toEqual([
      'socialHousing.walIncomeChanged',
      'socialHousing.walOwnerExceptions',
      'socialHousing.walPriority',
    ]);
  });
});
