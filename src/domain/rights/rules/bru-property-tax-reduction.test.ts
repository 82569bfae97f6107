import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const OWNER = { tenure: 'owner', ownsOtherDwelling: false } as const;
const child = (age = 6) => ({ age, statuses: [], statusesComplete: true });

const owner = () => aHousehold(ON).inBrussels().belgian().aged(40).statusesComplete().with({ housing: { ...OWNER }, realEstateIncome: 1_200 });
const evaluate = (profile: ReturnType<typeof owner>) => evaluateRight('bru-property-tax-reduction', profile.build(), ON);

describe('réduction du précompte immobilier à Bruxelles (bru-property-tax-reduction)', () => {
  it('gives 10 % per child with at least two children, on request, without an amount', () => {
    const result = evaluate(owner().withChild(child()).withChild(child(9)));
    expect(result).toMatchObject({ status: 'eligible', automatic: false });
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({ key: 'propertyTax.perChildShare', values: { percent: 10 } });
    expect(evaluate(owner().withChild(child())).status).toBe('not-eligible');
  });

  it('gives 20 % per person with a disability', () => {
    const result = evaluate(owner().withStatuses('disability-recognised').statusesComplete());
    expect(result.status).toBe('eligible');
    expect(result.reasons).toContainEqual({ key: 'propertyTax.perDisabledShare', values: { percent: 20 } });
  });

  it('gives 25 % for a modest dwelling up to 745 € of cadastral income', () => {
    const modest = evaluate(owner().with({ housing: { ...OWNER }, realEstateIncome: 745 }));
    expect(modest.status).toBe('eligible');
    expect(modest.reasons).toContainEqual({ key: 'propertyTax.modestShare', values: { percent: 25 } });
    expect(evaluate(owner().with({ housing: { ...OWNER }, realEstateIncome: 746 })).status).toBe('not-eligible');
  });

  it('goes to a tenant through the landlord', () => {
    const result = evaluate(owner().with({ housing: { tenure: 'social-rent' } }).withChild(child()).withChild(child(9)));
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('propertyTax.viaLandlord');
  });

  it('asks where the household lives when it decides', () => {
    expect(evaluate(owner().with({ housing: {} }).withChild(child()).withChild(child(9))).missing).toEqual(['household.housing.tenure']);
  });

  it('is only for Brussels', () => {
    expect(evaluateRight('bru-property-tax-reduction', aHousehold(ON).inWallonia().build(), ON).status).toBe('not-eligible');
    expect(evaluateRight('bru-property-tax-reduction', aHousehold(ON).build(), ON).missing).toContain('household.postalCode');
  });

  it('reminds that a modest dwelling must be the only one in Brussels, with the domicile there', () => {
    expect(evaluateRight('bru-property-tax-reduction', aHousehold(ON).build(), ON).worthAsking).toContain('propertyTax.bruModestDomiciled');
  });
});
