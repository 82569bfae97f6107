import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const known = { residence: 'belgian' as const, statuses: [], statusesComplete: true };
const adult = (on?: string) => aHousehold(on).inWallonia().belgian().aged(40).statusesComplete().living('private-rent');

describe('offre internet sociale (be-social-internet-offer)', () => {
  it.each(['integration-income', 'social-aid', 'disability-allowance'] as const)('is open to a household where someone receives %s', (kind) => {
    const result = evaluateRight('be-social-internet-offer', adult().earning([kind, 900]).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false, after: [] });
    expect(reasonKeys(result)).toContain('internet.askOperator');
    expect(result.reasons.find((r) => r.key === 'internet.maxPrice')?.values).toEqual({ price: { amount: 19, per: 'month' } });
  });

  it('is a price, not a payment: it gives no estimate', () => {
    expect(evaluateRight('be-social-internet-offer', adult().earning(['integration-income', 900]).build()).estimate).toBeUndefined();
  });

  it('counts a benefit received by another member of the household', () => {
    const profile = adult().earning(['employment', 2500]).withPartner({ ...known, age: 40, incomes: [{ kind: 'disability-allowance', monthly: 1100 }] }).build();
    expect(evaluateRight('be-social-internet-offer', profile).status).toBe('eligible');
  });

  it('is not given by BIM alone', () => {
    const profile = adult().withStatuses('bim').statusesComplete().earning(['employment', 2400]).build();
    const result = evaluateRight('be-social-internet-offer', profile);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('internet.bimAloneNotEnough');
  });

  it('says to ask for the revenu d’intégration first when that would open it', () => {
    expect(evaluateRight('be-social-internet-offer', adult().earning().build())).toMatchObject({
      status: 'eligible',
      after: ['be-integration-income'],
    });
  });

  it('asks to confirm for a household with GRAPA, a category the research could not confirm', () => {
    // 1 350 € of GRAPA is above the revenu d'intégration, which would otherwise open the offer.
    const result = evaluateRight('be-social-internet-offer', adult().aged(70).earning(['grapa', 1350]).build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('internet.grapaToConfirm');
  });

  it('is a maybe for a child with a recognised disability, whose points in pillar 1 the profile does not hold', () => {
    const profile = adult().earning(['employment', 2400]).withChild({ ...known, age: 8, incomes: [], statuses: ['disability-recognised'] }).build();
    const result = evaluateRight('be-social-internet-offer', profile);
    expect(result).toMatchObject({ status: 'maybe', missing: [], toConfirm: false });
    expect(reasonKeys(result)).toContain('internet.childPointsToCheck');
  });

  it('asks about the children’s statuses when they are not known', () => {
    const profile = adult().earning(['employment', 2400]).withChild({ residence: 'belgian', age: 8, incomes: [] }).build();
    expect(evaluateRight('be-social-internet-offer', profile)).toMatchObject({ status: 'maybe', missing: ['household.members[1].statuses'] });
  });

  it('leaves it to the elderly-care allowance (APA) for someone with 7 points of lost autonomy', () => {
    // Eligible after the APA, or a maybe while the APA is: never refused before the APA is known.
    const profile = adult().aged(80).withStatuses('autonomy-points-7').statusesComplete().earning(['pension', 2400]).build();
    expect(evaluateRight('be-social-internet-offer', profile).status).not.toBe('not-eligible');
  });

  it('asks for the incomes when they are not known', () => {
    const result = evaluateRight('be-social-internet-offer', adult().build());
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[0].incomes');
  });

  it('exists since 1 March 2024, replacing the old social telecom tariff', () => {
    const profile = (on: string) => adult(on).earning(['integration-income', 900]).build();
    const before = evaluateRight('be-social-internet-offer', profile('2024-02-29'), '2024-02-29');
    expect(before.status).toBe('not-eligible');
    expect(reasonKeys(before)).toContain('internet.notYetInForce');
    expect(evaluateRight('be-social-internet-offer', profile('2024-03-01'), '2024-03-01').status).toBe('eligible');
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('be-social-internet-offer', aHousehold().build()).worthAsking).toEqual([
      'internet.onePerHousehold',
      'internet.domiciledInBelgium',
      'internet.otherCategories',
    ]);
  });
});
