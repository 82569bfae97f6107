import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ID = 'wal-family-allowance-social-supplement';
// Allocation year July 2024 – June 2025: the 2022 income, thresholds 33 887,51 / 54 685,50 €.
const ON = '2024-10-01';

/**
 * A Walloon parent without BIM whose statuses are all known, with a monthly wage high enough
 * that BIM cannot open the supplement: only the tax figure given decides.
 */
const parent = (asOf = ON, wage = 4000) => aHousehold(asOf).inWallonia().belgian().aged(35).statusesComplete().earning(['employment', wage]);
const taxed = (gross: number, year = 2022, asOf = ON) => parent(asOf).withTaxableIncome(year, gross);
/** A child without income or statuses (so that only what a case says decides). */
const kid = (input: { age?: number; birthDate?: string } = {}) => ({ incomes: [], statuses: [], statusesComplete: true, ...input });
const at = (profile: ReturnType<typeof parent>, asOf = ON) => evaluateRight(ID, profile.build(), asOf);

describe('supplément social des allocations familiales, Wallonie (wal-family-allowance-social-supplement)', () => {
  it('gives 67,05 € a month for a child born from 2020 when the 2022 income is below 33 887,51 €, without a request', () => {
    const result = at(taxed(30_000).withChild(kid({ age: 3 })));
    expect(result).toMatchObject({ status: 'eligible', automatic: true, receiving: false, estimate: { amount: 67.05, per: 'month' } });
  });

  it('multiplies the amount by the number of children born from 2020', () => {
    const result = at(taxed(30_000).withChild(kid({ age: 3 })).withChild(kid({ age: 1 })));
    expect(result.estimate).toEqual({ amount: 134.1, per: 'month' });
  });

  it('gives the higher amount one euro under 33 887,51 € and the lower one from 33 887,51 € exactly', () => {
    const withChild = (gross: number) => at(taxed(gross).withChild(kid({ age: 3 })));
    expect(withChild(33_886.51).estimate).toEqual({ amount: 67.05, per: 'month' });
    expect(withChild(33_887.51).estimate).toEqual({ amount: 30.48, per: 'month' });
    expect(withChild(33_888.51).estimate).toEqual({ amount: 30.48, per: 'month' });
  });

  it('gives 30,48 € up to 54 685,50 € and nothing one euro above', () => {
    const withChild = (gross: number) => at(taxed(gross).withChild(kid({ age: 3 })));
    expect(withChild(54_685.5)).toMatchObject({ status: 'eligible', estimate: { amount: 30.48, per: 'month' } });
    const above = withChild(54_686.5);
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.above');
  });

  it('adds the single-parent increase: 91,43 € below the lower threshold, 42,67 € between the two', () => {
    const alone = (gross: number) => at(taxed(gross).withSingleParent().withChild(kid({ age: 3 })));
    expect(alone(30_000).estimate).toEqual({ amount: 91.43, per: 'month' });
    expect(alone(40_000).estimate).toEqual({ amount: 42.67, per: 'month' });
  });

  it('gives a child born before 2020 the supplement only below the lower threshold', () => {
    const older = (gross: number) => at(taxed(gross).withChild(kid({ age: 8 })));
    expect(older(33_886.51)).toMatchObject({ status: 'eligible', estimate: { amount: 59.45, per: 'month' } });
    expect(older(33_888.51).status).toBe('not-eligible');
  });

  it('counts a child born on 1 January 2020 in the new system, and one born the day before in the old one', () => {
    const born = (birthDate: string) => at(taxed(40_000).withChild(kid({ birthDate })));
    expect(born('2020-01-01')).toMatchObject({ status: 'eligible', estimate: { amount: 30.48, per: 'month' } });
    expect(born('2019-12-31').status).toBe('not-eligible');
  });

  it('ranks the children born before 2020 from the eldest, next to a younger child of the new system', () => {
    const profile = taxed(30_000)
      .withSingleParent()
      .withChild(kid({ age: 15 }))
      .withChild(kid({ age: 12 }))
      .withChild(kid({ age: 9 }))
      .withChild(kid({ age: 2 }));
    // 59,45 + 36,85 + 6,47 (born before 2020) + 91,43 (born from 2020, single parent).
    expect(at(profile).estimate).toEqual({ amount: 194.2, per: 'month' });
  });

  it('counts children up to 24 and not from 25', () => {
    expect(at(taxed(30_000).withChild(kid({ age: 24 }))).status).toBe('eligible');
    const grown = at(taxed(30_000).withChild(kid({ age: 25 })));
    expect(grown.status).toBe('not-eligible');
    expect(reasonKeys(grown)).toContain('familyAllowance.noChildUnderLimit');
  });

  it('is not for a household without children', () => {
    const result = at(taxed(20_000));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('familyAllowance.noChild');
  });

  it.each([
    ['Brussels', '1080'],
    ['Flanders', '9000'],
    ['the German-speaking Community, which has its own system', '4700'],
  ])('is not for a household living in %s', (_, postalCode) => {
    const result = at(taxed(20_000).withPostalCode(postalCode).withChild(kid({ age: 3 })));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('asks the postal code when the region is not known', () => {
    const result = at(aHousehold(ON).belgian().aged(35).statusesComplete().earning(['employment', 4000]).withTaxableIncome(2022, 20_000).withChild(kid({ age: 3 })));
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });

  it('asks the child’s birth date, which says both its age and its system', () => {
    const result = at(taxed(40_000).withChild(kid()));
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
  });

  it('asks the birth date of a child of unknown age when another child, born before 2020, only qualifies below the lower threshold', () => {
    const result = at(taxed(40_000).withChild(kid({ age: 8 })).withChild(kid()));
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[2].birthDate'] });
  });

  it('asks the household’s incomes when nothing is known about them', () => {
    const profile = aHousehold(ON).inWallonia().aged(35).statusesComplete().withChild(kid({ age: 3 }));
    const result = at(profile);
    expect(result.status).toBe('maybe');
    expect(result.missing).toEqual(expect.arrayContaining(['household.members[0].incomes', 'household.taxableIncome']));
  });

  it('estimates from monthly incomes only once every member’s incomes are known', () => {
    const profile = parent(ON, 1200).withChild({ age: 3 });
    const result = at(profile);
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[1].incomes');
    expect(at(parent(ON, 1200).withChild(kid({ age: 3 })))).toMatchObject({ status: 'eligible', estimate: { amount: 67.05, per: 'month' } });
  });

  it('is granted whatever the income to a parent with BIM, without guessing the amount', () => {
    const profile = aHousehold(ON).inWallonia().aged(35).withStatuses('bim').statusesComplete().earning(['employment', 4000]).withTaxableIncome(2022, 60_000);
    const result = at(profile.withChild(kid({ age: 3 })));
    expect(result).toMatchObject({ status: 'eligible', after: [] });
    expect(result.estimate).toBeUndefined();
    expect(reasonKeys(result)).toContain('familyAllowance.bimWhateverIncome');
  });

  it('says "ask for BIM first" when BIM, not the income, would open it', () => {
    const profile = taxed(60_000)
      .withPartner({ age: 35, incomes: [{ kind: 'disability-allowance', monthly: 1100 }], statuses: [], statusesComplete: true })
      .withChild(kid({ age: 3 }));
    expect(at(profile)).toMatchObject({ status: 'eligible', after: ['be-bim'] });
  });

  it('asks the parent’s statuses when the income is too high but BIM may still open it', () => {
    const profile = aHousehold(ON).inWallonia().belgian().aged(35).earning(['employment', 4000]).withTaxableIncome(2022, 60_000).withChild(kid({ age: 3 }));
    const result = at(profile);
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[0].statuses');
  });

  it('uses the 2021 income and its thresholds until June 2024, the 2022 income from July 2024', () => {
    const profile = (asOf: string) => parent(asOf).withTaxableIncome(2021, 32_000).withTaxableIncome(2022, 32_000).withChild(kid({ age: 3 }));
    // 32 000 € is above the 2021-income lower threshold (31 814,37 €), below the 2022 one.
    expect(at(profile('2024-06-30'), '2024-06-30').estimate).toEqual({ amount: 30.48, per: 'month' });
    expect(at(profile('2024-07-01'), '2024-07-01').estimate).toEqual({ amount: 67.05, per: 'month' });
  });

  it('stops at 51 340 € for the allocation year July 2023 – June 2024', () => {
    const profile = (gross: number) => parent('2024-03-01').withTaxableIncome(2021, gross).withChild(kid({ age: 3 }));
    expect(at(profile(51_340), '2024-03-01').status).toBe('eligible');
    expect(at(profile(51_341), '2024-03-01').status).toBe('not-eligible');
  });

  it('gives 64,44 € until the indexation of 1 May 2024, then 67,05 €', () => {
    const profile = (asOf: string) => parent(asOf).withTaxableIncome(2021, 20_000).withChild(kid({ age: 3 }));
    expect(at(profile('2024-04-30'), '2024-04-30').estimate).toEqual({ amount: 64.44, per: 'month' });
    expect(at(profile('2024-05-01'), '2024-05-01').estimate).toEqual({ amount: 67.05, per: 'month' });
  });

  it('still grants it under the last known thresholds once they have expired, since they only rise', () => {
    // 22 November 2026: allocation year from July 2026, 2024 income, thresholds of July 2024 as a floor.
    const profile = parent('2026-11-22').withTaxableIncome(2024, 50_000).withChild(kid({ age: 3 }));
    const result = at(profile, '2026-11-22');
    expect(result.status).toBe('eligible');
    // Whether 50 000 € is under the lower threshold of today is not known: no amount is guessed.
    expect(result.estimate).toBeUndefined();
  });

  it('asks to confirm with the fund above an expired threshold instead of refusing', () => {
    const profile = parent('2026-11-22').withTaxableIncome(2024, 56_000).withChild(kid({ age: 3 }));
    const result = at(profile, '2026-11-22');
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('income.aboveOldCeiling');
  });

  it('asks to confirm an income equal to an expired "less than" threshold rather than deciding', () => {
    const profile = parent('2026-11-22').withTaxableIncome(2024, 33_887.51).withChild(kid({ age: 8 }));
    expect(at(profile, '2026-11-22')).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('always lists the conditions the app cannot check', () => {
    expect(at(taxed(20_000)).worthAsking).toEqual(['familyAllowance.over18', 'walFamilySupplement.otherSupplements']);
  });
});
