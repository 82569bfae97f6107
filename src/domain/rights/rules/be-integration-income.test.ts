import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const adult = () => aHousehold().inBrussels().belgian().aged(30).statusesComplete();

describe('revenu d’intégration (be-integration-income)', () => {
  it('tops up a single person without income to the single amount', () => {
    const result = evaluateRight('be-integration-income', adult().earning().build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, estimate: { amount: 1314.2, per: 'month' } });
  });

  it('is granted up to the single amount, to the cent, and refused one euro above', () => {
    expect(evaluateRight('be-integration-income', adult().earning(['unemployment', 1314.2]).build()).status).toBe('eligible');
    expect(evaluateRight('be-integration-income', adult().earning(['unemployment', 1315.2]).build()).status).toBe('not-eligible');
  });

  it('uses the family amount for a parent living alone with a minor child', () => {
    const result = evaluateRight('be-integration-income', adult().earning(['alimony', 300]).withChild({ age: 6 }).build());
    expect(result.estimate).toEqual({ amount: 1476.07, per: 'month' });
  });

  it('uses two cohabitant amounts for a couple', () => {
    const couple = adult().earning().withPartner({ age: 31, incomes: [{ kind: 'employment', monthly: 1752.26 }] }).build();
    expect(evaluateRight('be-integration-income', couple).status).toBe('eligible');
    const above = adult().earning().withPartner({ age: 31, incomes: [{ kind: 'employment', monthly: 1753.26 }] }).build();
    expect(evaluateRight('be-integration-income', above).status).toBe('not-eligible');
  });

  it('does not count family allowances as resources', () => {
    const result = evaluateRight('be-integration-income', adult().earning(['child-benefit', 400]).withChild({ age: 2 }).build());
    expect(result.estimate).toEqual({ amount: 1776.07, per: 'month' });
  });

  it('is a maybe when a gross wage puts net resources near the amount', () => {
    const result = evaluateRight('be-integration-income', adult().earning(['employment', 1500, 'gross']).build());
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].incomes'] });
  });

  it('asks for the incomes when they are not known', () => {
    expect(evaluateRight('be-integration-income', adult().build())).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].incomes'],
    });
  });

  it.each(['asylum-seeker', 'undocumented'] as const)('is not for a person who is %s', (residence) => {
    const result = evaluateRight('be-integration-income', adult().person({ residence }).earning().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('ris.residenceExcluded');
  });

  it('leaves it to the CPAS when a residence permit may be in either register', () => {
    const result = evaluateRight('be-integration-income', adult().person({ residence: 'residence-permit' }).earning().build());
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('ris.registerDecides');
  });

  it('is for a minor only with a child in charge or a pregnancy', () => {
    expect(evaluateRight('be-integration-income', adult().aged(17).earning().build()).status).toBe('not-eligible');
    expect(evaluateRight('be-integration-income', adult().aged(17).earning().withChild({ age: 0 }).build()).status).toBe('eligible');
    const pregnant = adult().aged(17).earning().withStatuses('pregnant').statusesComplete().build();
    expect(evaluateRight('be-integration-income', pregnant).status).toBe('eligible');
  });

  it('says the person already has it when they receive it', () => {
    expect(evaluateRight('be-integration-income', adult().earning(['integration-income', 1314.2]).build())).toMatchObject({
      status: 'eligible',
      receiving: true,
    });
  });

  it('does not say so when only a grown-up child at home receives it', () => {
    const son = adult().earning().withChild({ age: 22, incomes: [{ kind: 'integration-income', monthly: 876.13 }] }).build();
    expect(evaluateRight('be-integration-income', son)).toMatchObject({ receiving: false });
  });

  it("asks a child's birth date when only the family amount would let the household in", () => {
    // 1 315 € is above the single amount (1 314,20 €) and under the family one (1 776,07 €).
    const withChild = (child: { age?: number }) => evaluateRight('be-integration-income', adult().earning(['employment', 1315]).withChild(child).build());
    expect(withChild({})).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
    expect(withChild({ age: 23 }).status).toBe('not-eligible');
    expect(withChild({ age: 12 }).status).toBe('eligible');
  });

  it('gives way to the GRAPA from the pension age', () => {
    const result = evaluateRight('be-integration-income', adult().aged(70).earning().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('ris.grapaFirst');
  });
});
