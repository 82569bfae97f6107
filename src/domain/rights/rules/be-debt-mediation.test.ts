import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const adult = () => aHousehold().inBrussels().belgian().aged(45).statusesComplete();

describe('médiation de dettes (be-debt-mediation)', () => {
  it('is for a household with bills it cannot pay, whatever its income', () => {
    const result = evaluateRight('be-debt-mediation', adult().earning(['employment', 4500]).with({ debts: { hasArrears: true } }).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toContain('debt.hasArrears');
  });

  it('is not for a household without arrears', () => {
    const result = evaluateRight('be-debt-mediation', adult().with({ debts: { hasArrears: false } }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('debt.noArrears');
  });

  it('asks whether the household has arrears when nobody said', () => {
    expect(evaluateRight('be-debt-mediation', adult().build())).toMatchObject({ status: 'maybe', missing: ['household.debts.hasArrears'] });
  });

  it('says the household has it when someone is already in debt mediation', () => {
    const profile = aHousehold().withStatuses('debt-mediation').with({ debts: { hasArrears: false } }).build();
    expect(evaluateRight('be-debt-mediation', profile)).toMatchObject({ status: 'eligible', receiving: true });
  });

  it('never says it is free of charge, which the research could not confirm, and says to ask', () => {
    const result = evaluateRight('be-debt-mediation', adult().with({ debts: { hasArrears: true } }).build());
    expect(result.estimate).toBeUndefined();
    expect(reasonKeys(result).some((key) => /free/i.test(key))).toBe(false);
    expect(result.worthAsking).toEqual(['debt.askIfFree', 'debt.agreedServicesOnly']);
  });
});
