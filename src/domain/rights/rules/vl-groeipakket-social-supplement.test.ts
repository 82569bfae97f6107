import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ID = 'vl-groeipakket-social-supplement';
// The sources disagree: the lowest threshold published is 32 238,01 €, the highest 42 380,06 €
// (one or two children) or 68 329,61 € (three or more, one born from 2019). The income year is
// "the last tax assessment", so the tax figure is an estimate, decided 10 % away from a
// threshold: below 29 014,21 € is surely under, above 46 618,07 € (or 75 162,57 €) surely over.
const ON = '2024-10-01';

const kid = (input: { age?: number; birthDate?: string } = {}) => ({ incomes: [], statuses: [], statusesComplete: true, ...input });
const parent = () => aHousehold(ON).inFlanders().belgian().aged(35).statusesComplete().earning(['employment', 2500]);
const twoChildren = (gross: number) => parent().withTaxableIncome(2023, gross).withChild(kid({ age: 3 })).withChild(kid({ age: 7 }));
const threeChildren = (gross: number, youngest: { age?: number; birthDate?: string } = { age: 2 }) =>
  parent().withTaxableIncome(2023, gross).withChild(kid({ age: 9 })).withChild(kid({ age: 11 })).withChild(kid(youngest));
const at = (profile: ReturnType<typeof parent>) => evaluateRight(ID, profile.build(), ON);

describe('sociale toeslag, Groeipakket (vl-groeipakket-social-supplement)', () => {
  it('is granted without a request when the income is clearly under every published threshold', () => {
    expect(at(twoChildren(29_000))).toMatchObject({ status: 'eligible', automatic: true, receiving: false });
  });

  it('estimates no amount, as the published amounts are undated', () => {
    expect(at(twoChildren(20_000)).estimate).toBeUndefined();
  });

  it('asks the payer when the income is within 10 % under the lowest threshold', () => {
    const result = at(twoChildren(29_016));
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('familyAllowance.closeToThreshold');
  });

  it('asks the payer between the thresholds, where the sources disagree', () => {
    const result = at(twoChildren(36_000));
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('groeipakket.sourcesDisagree');
  });

  it('refuses only clearly above the highest threshold for one or two children', () => {
    expect(at(twoChildren(46_617))).toMatchObject({ status: 'maybe', toConfirm: true });
    const above = at(twoChildren(46_620));
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.estimateAbove');
  });

  it('goes up to the higher threshold for three children, one of them born from 2019', () => {
    expect(at(threeChildren(60_000))).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(at(threeChildren(75_160)).status).toBe('maybe');
    expect(at(threeChildren(75_164)).status).toBe('not-eligible');
  });

  it('keeps the threshold of smaller families for three children all born before 2019', () => {
    expect(at(threeChildren(50_000, { birthDate: '2019-01-01' })).status).toBe('maybe');
    expect(at(threeChildren(50_000, { birthDate: '2018-12-31' })).status).toBe('not-eligible');
  });

  it('asks the birth date that would say whether the higher threshold applies', () => {
    const result = at(threeChildren(50_000, {}));
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[3].birthDate'] });
  });

  it.each([
    ['the leefloon', 'integration-income'],
    ['the IGO', 'grapa'],
  ] as const)('is granted with %s, whatever the income', (_, kind) => {
    const profile = twoChildren(60_000).earning([kind, 900]);
    const result = at(profile);
    expect(result).toMatchObject({ status: 'eligible', after: [] });
    expect(reasonKeys(result)).toContain('groeipakket.followsFromBenefit');
  });

  it("is not opened by a grown-up child's own leefloon", () => {
    // A property test found it: the child's leefloon counted through the chain of rights.
    const profile = twoChildren(80_000).withChild({ age: 19, incomes: [{ kind: 'integration-income', monthly: 900 }], statusesComplete: true });
    expect(at(profile).status).toBe('not-eligible');
  });

  it('says a disability allowance opens it only if it is an IVT', () => {
    const profile = twoChildren(60_000).earning(['disability-allowance', 1100], ['employment', 2500]);
    const result = at(profile);
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('groeipakket.ivtOnly');
  });

  it('says "ask for the leefloon first" when the leefloon would open it', () => {
    // Last year's income was high; this year the household has nothing. (Leefloon amounts are known from February 2025.)
    const on = '2025-06-01';
    const profile = aHousehold(on).inFlanders().belgian().aged(35).statusesComplete().earning().withTaxableIncome(2024, 60_000).withChild(kid({ age: 3 }));
    expect(evaluateRight(ID, profile.build(), on)).toMatchObject({ status: 'eligible', after: ['be-integration-income'] });
  });

  it('estimates from monthly incomes when no tax assessment is given, asking for it when close', () => {
    const low = aHousehold(ON).inFlanders().belgian().aged(35).statusesComplete().earning(['employment', 1500]).withChild(kid({ age: 3 }));
    expect(at(low).status).toBe('eligible');
    const close = aHousehold(ON).inFlanders().belgian().aged(35).statusesComplete().earning(['employment', 2000]).withChild(kid({ age: 3 }));
    expect(at(close)).toMatchObject({ status: 'maybe', missing: ['household.taxableIncome'] });
  });

  it('asks the incomes when nothing is known', () => {
    const result = at(aHousehold(ON).inFlanders().aged(35).statusesComplete().withChild(kid({ age: 3 })));
    expect(result.status).toBe('maybe');
    expect(result.missing).toEqual(expect.arrayContaining(['household.members[0].incomes', 'household.taxableIncome']));
  });

  it('is not for a household without a child under 25, nor outside Flanders', () => {
    expect(reasonKeys(at(parent().withTaxableIncome(2023, 20_000)))).toContain('familyAllowance.noChild');
    expect(at(parent().withTaxableIncome(2023, 20_000).withChild(kid({ age: 25 }))).status).toBe('not-eligible');
    expect(at(twoChildren(20_000).inBrussels()).status).toBe('not-eligible');
  });

  it('asks the postal code when the region is not known', () => {
    expect(at(twoChildren(20_000).with({ postalCode: undefined }))).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });
});
