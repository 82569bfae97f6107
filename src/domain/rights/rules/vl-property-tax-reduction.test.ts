import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const child = (age = 6, statuses: 'disability-recognised'[] = []) => ({ age, statuses, statusesComplete: true });

const family = () => aHousehold(ON).inFlanders().belgian().aged(40).statusesComplete().with({ housing: { tenure: 'owner', ownsOtherDwelling: false } });
const evaluate = (profile: ReturnType<typeof family>) => evaluateRight('vl-property-tax-reduction', profile.build(), ON);

describe('vermindering onroerende voorheffing in Vlaanderen (vl-property-tax-reduction)', () => {
  it('is for an occupant with two children with family allowances, often without asking, and without an amount', () => {
    const result = evaluate(family().withChild(child()).withChild(child(9)));
    expect(result).toMatchObject({ status: 'eligible', automatic: false });
    expect(result.estimate).toBeUndefined();
    expect(reasonKeys(result)).toContain('propertyTax.vlOftenAutomatic');
  });

  it('needs two children, or one child with a disability', () => {
    expect(evaluate(family().withChild(child())).status).toBe('not-eligible');
    expect(evaluate(family().withChild(child(6, ['disability-recognised']))).status).toBe('eligible');
  });

  it('asks about the child’s disability when it decides', () => {
    expect(evaluate(family().withChild({ age: 6 })).missing).toEqual(['household.members[1].statuses']);
  });

  it('goes to a tenant through the landlord', () => {
    const result = evaluate(family().with({ housing: { tenure: 'private-rent' } }).withChild(child()).withChild(child(9)));
    expect(reasonKeys(result)).toContain('propertyTax.viaLandlord');
  });

  it('is only for Flanders', () => {
    expect(evaluateRight('vl-property-tax-reduction', aHousehold(ON).inBrussels().withChild(child()).withChild(child(9)).build(), ON).status).toBe('not-eligible');
  });

  it('says the amount depends on the commune, and that other reductions exist', () => {
    expect(evaluateRight('vl-property-tax-reduction', aHousehold(ON).build(), ON).worthAsking).toEqual([
      'propertyTax.onFirstJanuary',
      'propertyTax.vlAmountVaries',
      'propertyTax.vlAskOtherReductions',
      'propertyTax.tenantAsksLandlord',
    ]);
  });
});
