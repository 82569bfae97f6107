import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const OWNER = { tenure: 'owner', ownsOtherDwelling: false } as const;
const child = (age = 6, statuses: ('disability-recognised' | 'student')[] = []) => ({ age, statuses, statusesComplete: true });
const partner = { age: 40, incomes: [], statuses: [], statusesComplete: true };

/** An owner-occupier whose statuses are all known, with a cadastral income above the "modest" limit. */
const owner = (on = ON) => aHousehold(on).inWallonia().belgian().aged(40).statusesComplete().with({ housing: { ...OWNER }, realEstateIncome: 900 });
const evaluate = (profile: ReturnType<typeof owner>, on = ON) => evaluateRight('wal-property-tax-reduction', profile.build(), on);

describe('réduction du précompte immobilier en Wallonie (wal-property-tax-reduction)', () => {
  it('gives 125 € per child to a household with two children, on request', () => {
    const result = evaluate(owner().withChild(child()).withChild(child(9)));
    expect(result).toMatchObject({ status: 'eligible', automatic: false, estimate: { amount: 250, per: 'year' } });
    expect(reasonKeys(result)).toContain('propertyTax.walAmount');
  });

  it('needs at least two children', () => {
    const result = evaluate(owner().withChild(child()));
    expect(result.status).toBe('not-eligible');
    expect(result.reasons).toContainEqual({ key: 'propertyTax.notEnoughChildren', values: { children: 1, min: 2 } });
  });

  it('gives 250 € per person with a disability, and opens the children reduction with one', () => {
    expect(evaluate(owner().withStatuses('disability-recognised').statusesComplete())).toMatchObject({ status: 'eligible', estimate: { amount: 250, per: 'year' } });
    expect(evaluate(owner().withChild(child(6, ['disability-recognised'])))).toMatchObject({ status: 'eligible', estimate: { amount: 250, per: 'year' } });
    // A child with a disability (250 €) and one without (125 €).
    expect(evaluate(owner().withChild(child(6, ['disability-recognised'])).withChild(child(9))).estimate).toEqual({ amount: 375, per: 'year' });
  });

  it('goes to a tenant through the landlord', () => {
    const result = evaluate(owner().with({ housing: { tenure: 'private-rent' } }).withChild(child()).withChild(child(9)));
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('propertyTax.viaLandlord');
  });

  it('counts an adult child only while family allowances are paid: the office says', () => {
    const result = evaluate(owner().withChild(child()).withChild(child(20)));
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['housing.adultChildDependant', 'propertyTax.childrenToCheck']));
  });

  it('asks for a child’s birth date when it decides', () => {
    expect(evaluate(owner().withChild(child()).withChild({ statuses: [], statusesComplete: true })).missing).toEqual(['household.members[2].birthDate']);
  });

  it('gives 25 % for a modest dwelling: an owner-occupier with a cadastral income up to 745 €', () => {
    const modest = evaluate(owner().with({ housing: { ...OWNER }, realEstateIncome: 745 }));
    expect(modest.status).toBe('eligible');
    expect(modest.reasons).toContainEqual({ key: 'propertyTax.modestShare', values: { percent: 25 } });
    expect(modest.estimate).toBeUndefined();
    const above = evaluate(owner().with({ housing: { ...OWNER }, realEstateIncome: 746 }));
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('propertyTax.cadastralIncomeAbove');
  });

  it('leaves it to the office when a couple’s total cadastral income is above 745 €: it counts per owner', () => {
    const result = evaluate(owner().withPartner(partner).with({ housing: { ...OWNER }, realEstateIncome: 900 }));
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('propertyTax.cadastralIncomeShared');
  });

  it('needs the modest dwelling to be the only one, which a building plot does not change', () => {
    const other = evaluate(owner().with({ housing: { ...OWNER, ownsOtherDwelling: true }, realEstateIncome: 600 }));
    expect(other).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(other)).toContain('propertyTax.otherPropertyAsk');
    expect(evaluate(owner().with({ housing: { tenure: 'owner' }, realEstateIncome: 600 })).missing).toEqual(['household.housing.ownsOtherDwelling']);
    const unknownIncome = aHousehold(ON).inWallonia().belgian().aged(40).statusesComplete().with({ housing: { ...OWNER } });
    expect(evaluate(unknownIncome).missing).toEqual(['household.realEstateIncome']);
  });

  it('keeps the modest-dwelling reduction for owners who live there', () => {
    const result = evaluate(owner().with({ housing: { tenure: 'private-rent' }, realEstateIncome: 0 }));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('propertyTax.modestOwnersOnly');
  });

  it('is not for someone without a home, and leaves a hosted person to the office', () => {
    expect(reasonKeys(evaluate(owner().with({ housing: { tenure: 'homeless' } })))).toContain('propertyTax.noHome');
    const hosted = evaluate(owner().with({ housing: { tenure: 'hosted' } }).withChild(child()).withChild(child(9)));
    expect(hosted).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(hosted)).toContain('propertyTax.occupantAsk');
  });

  it('asks about disabilities when nothing else opens it', () => {
    const profile = aHousehold(ON).inWallonia().with({ housing: { ...OWNER }, realEstateIncome: 900 }).build();
    expect(evaluateRight('wal-property-tax-reduction', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.members[0].statuses'] });
  });

  it('applies in the German-speaking Community too: regional taxes were not transferred', () => {
    const profile = aHousehold(ON).inGermanSpeakingCommunity().statusesComplete().with({ housing: { ...OWNER } }).withChild(child()).withChild(child(9)).build();
    expect(evaluateRight('wal-property-tax-reduction', profile, ON).status).toBe('eligible');
    expect(evaluateRight('wal-property-tax-reduction', aHousehold(ON).inBrussels().build(), ON).status).toBe('not-eligible');
  });

  it('says nothing before the first date its sources cover (July 2022)', () => {
    const family = (on: string) => evaluate(owner(on).withChild(child()).withChild(child(9)), on);
    expect(family('2022-06-30')).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(family('2022-07-01').status).toBe('eligible');
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('wal-property-tax-reduction', aHousehold(ON).build(), ON).worthAsking).toEqual([
      'propertyTax.onFirstJanuary',
      'propertyTax.walSharedCustody',
      'propertyTax.walOtherDependants',
      'propertyTax.tenantAsksLandlord',
    ]);
  });
});
