import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ID = 'bru-family-allowance-social-supplement';
// Thresholds indexed on 1 May 2024: 38 625,31 € and 56 068,99 €. The research does not say
// which income year counts, so the tax figure is an estimate, decided 10 % away from a threshold:
// below 34 762,78 € or above 42 487,84 € for the lower one, below 50 462,09 € or above 61 675,89 € for the upper one.
const ON = '2024-10-01';

const kid = (age?: number) => ({ incomes: [], statuses: [], statusesComplete: true, ...(age !== undefined ? { age } : {}) });
const parent = (asOf = ON) => aHousehold(asOf).inBrussels().belgian().aged(35).statusesComplete().earning(['employment', 2000]).with({ realEstateIncome: 0 });
const taxed = (gross: number, asOf = ON) => parent(asOf).withTaxableIncome(Number(asOf.slice(0, 4)) - 1, gross);
const withChildren = (gross: number, ...ages: number[]) => ages.reduce((household, age) => household.withChild(kid(age)), taxed(gross));
const at = (profile: ReturnType<typeof parent>, asOf = ON) => evaluateRight(ID, profile.build(), asOf);

describe('supplément social des allocations familiales, Bruxelles (bru-family-allowance-social-supplement)', () => {
  it('gives 85,33 € a month to each of two children under 12 of a couple with a low income', () => {
    const result = at(withChildren(30_000, 3, 5));
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false, estimate: { amount: 170.66, per: 'month' } });
  });

  it('gives more to a single parent, and more to a child from 12', () => {
    expect(at(withChildren(30_000, 3, 5).withSingleParent()).estimate).toEqual({ amount: 195.04, per: 'month' });
    expect(at(withChildren(30_000, 3, 13)).estimate).toEqual({ amount: 182.85, per: 'month' });
  });

  it('gives the amounts of three children or more to each child', () => {
    expect(at(withChildren(30_000, 2, 5, 14)).estimate).toEqual({ amount: 414.46, per: 'month' });
  });

  it('gives 48,76 € to an only child under 12, 60,95 € with a single parent', () => {
    expect(at(withChildren(30_000, 4)).estimate).toEqual({ amount: 48.76, per: 'month' });
    expect(at(withChildren(30_000, 4).withSingleParent()).estimate).toEqual({ amount: 60.95, per: 'month' });
  });

  it('grants it to an only child from 12 without an amount, as the source does not show it', () => {
    const result = at(withChildren(30_000, 14));
    expect(result.status).toBe('eligible');
    expect(result.estimate).toBeUndefined();
    expect(reasonKeys(result)).toContain('familyAllowance.amountUnknown');
  });

  it('gives the lower supplement between the two thresholds to two children or more', () => {
    expect(at(withChildren(45_000, 3, 5))).toMatchObject({ status: 'eligible', estimate: { amount: 60.96, per: 'month' } });
    expect(at(withChildren(45_000, 3, 5, 8)).estimate).toEqual({ amount: 263.31, per: 'month' });
  });

  it('gives nothing between the two thresholds to an only child under 12', () => {
    const result = at(withChildren(45_000, 5));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('bruFamilySupplement.oneYoungChild');
  });

  it('asks to confirm between the two thresholds for an only child from 12, whose amount the source does not show', () => {
    const result = at(withChildren(45_000, 14));
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('bruFamilySupplement.oneOlderChild');
  });

  it('decides around the lower threshold only 10 % away from it, since the income year is not known', () => {
    expect(at(withChildren(34_761, 3, 5)).estimate).toEqual({ amount: 170.66, per: 'month' });
    const close = at(withChildren(34_764, 3, 5));
    expect(close.status).toBe('eligible');
    expect(close.estimate).toBeUndefined();
    expect(at(withChildren(42_489, 3, 5)).estimate).toEqual({ amount: 60.96, per: 'month' });
  });

  it('decides around the upper threshold only 10 % away from it, and asks the fund in between', () => {
    expect(at(withChildren(50_461, 3, 5)).status).toBe('eligible');
    const close = at(withChildren(50_464, 3, 5));
    expect(close).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(close)).toContain('familyAllowance.closeToThreshold');
    expect(at(withChildren(61_675, 3, 5)).status).toBe('maybe');
    const above = at(withChildren(61_677, 3, 5));
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.estimateAbove');
  });

  it('asks for the tax assessment when monthly incomes put the estimate close to a threshold', () => {
    const profile = aHousehold(ON).inBrussels().aged(35).statusesComplete().earning(['employment', 3500]).with({ realEstateIncome: 0 }).withChild(kid(3)).withChild(kid(5));
    const result = at(profile);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.taxableIncome'] });
    expect(reasonKeys(result)).toContain('income.close');
  });

  it('requires a cadastral income under 2 000 €', () => {
    expect(at(withChildren(30_000, 3, 5).with({ realEstateIncome: 1_999 })).status).toBe('eligible');
    const owner = at(withChildren(30_000, 3, 5).with({ realEstateIncome: 2_000 }));
    expect(owner.status).toBe('not-eligible');
    expect(reasonKeys(owner)).toContain('bruFamilySupplement.cadastralAbove');
  });

  it('asks the cadastral income of a household that may own property', () => {
    const profile = withChildren(30_000, 3, 5).with({ realEstateIncome: undefined }).living('owner');
    expect(at(profile)).toMatchObject({ status: 'maybe', missing: ['household.realEstateIncome'] });
  });

  it('needs no cadastral income from a tenant who owns no other dwelling', () => {
    const profile = withChildren(30_000, 3, 5).with({ realEstateIncome: undefined, housing: { tenure: 'private-rent', ownsOtherDwelling: false } });
    const result = at(profile);
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('bruFamilySupplement.ownsNoProperty');
  });

  it('uses the thresholds indexed on 1 May 2024 from that day', () => {
    // 61 000 € is more than 10 % above the previous upper threshold (54 969,69 €), less than 10 % above the new one.
    const profile = (asOf: string) => taxed(61_000, asOf).withChild(kid(3)).withChild(kid(5));
    expect(at(profile('2024-04-30'), '2024-04-30').status).toBe('not-eligible');
    expect(at(profile('2024-05-01'), '2024-05-01')).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('knows the thresholds from 1 November 2023 only, and estimates amounts from 1 May 2024 only', () => {
    const profile = (asOf: string) => taxed(20_000, asOf).withChild(kid(3)).withChild(kid(5));
    expect(at(profile('2023-10-31'), '2023-10-31')).toMatchObject({ status: 'maybe', toConfirm: true });
    const november = at(profile('2023-11-01'), '2023-11-01');
    expect(november.status).toBe('eligible');
    expect(november.estimate).toBeUndefined();
  });

  it('counts children up to 24 and not from 25', () => {
    expect(at(withChildren(30_000, 24)).status).toBe('eligible');
    expect(at(withChildren(30_000, 25)).status).toBe('not-eligible');
  });

  it('asks the birth date of a child, which sets the number of children and the amounts', () => {
    expect(at(taxed(45_000).withChild(kid()))).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
  });

  it('is not for a household without children, nor outside Brussels', () => {
    expect(reasonKeys(at(taxed(20_000)))).toContain('familyAllowance.noChild');
    expect(at(withChildren(20_000, 3).inWallonia()).status).toBe('not-eligible');
  });

  it('asks the postal code when the region is not known', () => {
    const profile = withChildren(20_000, 3).with({ postalCode: undefined });
    expect(at(profile)).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });

  it('tells to ask the fund, as whether a request is needed is not known', () => {
    expect(at(taxed(20_000)).worthAsking).toEqual(['familyAllowance.over18', 'bruFamilySupplement.askFund']);
  });
});
