import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

// A Belgian adult whose statuses are all known, so that only what a case says decides.
const known = (asOf?: string) => aHousehold(asOf).inWallonia().belgian().aged(40).statusesComplete();

describe('intervention majorée (be-bim)', () => {
  it('is automatic for someone who receives the revenu d’intégration', () => {
    const result = evaluateRight('be-bim', known().earning(['integration-income', 1314.2]).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: true });
    expect(reasonKeys(result)).toContain('receives.integration-income');
  });

  it.each(['grapa', 'social-aid', 'disability-allowance'] as const)('is automatic for a household receiving %s', (kind) => {
    expect(evaluateRight('be-bim', known().earning([kind, 900]).build())).toMatchObject({ status: 'eligible', automatic: true });
  });

  it('is automatic when a child has a recognised disability', () => {
    const profile = known().earning(['employment', 4000]).withChild({ age: 8, statuses: ['disability-recognised'] }).build();
    expect(evaluateRight('be-bim', profile)).toMatchObject({ status: 'eligible', automatic: true });
  });

  it('says the household already has it when the person has the BIM status', () => {
    const result = evaluateRight('be-bim', aHousehold().withStatuses('bim').build());
    expect(result).toMatchObject({ status: 'eligible', receiving: true, missing: [] });
  });

  it('is granted on request up to the 2024 ceiling, to the cent, and refused one euro above', () => {
    const at = (gross: number) =>
      evaluateRight('be-bim', known('2024-06-01').earning(['employment', 1900]).withTaxableIncome(2023, gross).build(), '2024-06-01');
    expect(at(25_630.67)).toMatchObject({ status: 'eligible', automatic: false });
    expect(at(25_631.67)).toMatchObject({ status: 'not-eligible' });
    expect(reasonKeys(at(25_631.67))).toContain('income.above');
  });

  it('adds the amount per dependant child to the ceiling', () => {
    const withChild = known('2024-06-01').earning(['employment', 2200]).withChild({ age: 5, incomes: [] }).withTaxableIncome(2023, 30_375.61).build();
    expect(evaluateRight('be-bim', withChild, '2024-06-01').status).toBe('eligible');
    const withoutChild = known('2024-06-01').earning(['employment', 2200]).withTaxableIncome(2023, 30_375.61).build();
    expect(evaluateRight('be-bim', withoutChild, '2024-06-01').status).toBe('not-eligible');
  });

  it('asks to confirm when only the "per additional member" reading of the ceiling lets a couple in', () => {
    const couple = known('2024-06-01')
      .earning(['employment', 2000])
      .withPartner({ age: 40, incomes: [], statuses: [], statusesComplete: true })
      .withTaxableIncome(2023, 28_000)
      .build();
    const result = evaluateRight('be-bim', couple, '2024-06-01');
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('income.ruleUnclear');
  });

  it('still grants it under the last known ceiling after that ceiling has expired, since ceilings only rise', () => {
    const profile = known().earning(['employment', 1600]).withTaxableIncome(2025, 20_000).build();
    expect(evaluateRight('be-bim', profile)).toMatchObject({ status: 'eligible' });
  });

  it('asks to confirm with the office above an expired ceiling instead of refusing', () => {
    const profile = known().earning(['employment', 2400]).withTaxableIncome(2025, 26_000).build();
    const result = evaluateRight('be-bim', profile);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(result)).toContain('income.aboveOldCeiling');
  });

  it('answers maybe when a monthly wage puts the estimate within 10 % of the ceiling, asking for the tax assessment', () => {
    const result = evaluateRight('be-bim', known('2024-06-01').earning(['employment', 1500]).build(), '2024-06-01');
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.taxableIncome'] });
    expect(reasonKeys(result)).toContain('income.close');
  });

  it('grants it on an estimate clearly under the ceiling', () => {
    const result = evaluateRight('be-bim', known('2024-06-01').earning(['unemployment', 1000]).build(), '2024-06-01');
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('income.estimateBelow');
  });

  it('is a maybe asking for incomes when nothing is known', () => {
    const result = evaluateRight('be-bim', aHousehold().build());
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[0].incomes');
  });

  it.each(['undocumented', 'asylum-seeker'] as const)('is not for someone without health insurance (%s)', (residence) => {
    const result = evaluateRight('be-bim', aHousehold().aged(30).person({ residence }).statusesComplete().earning().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('bim.notInsured');
  });

  it('refuses an income far above even the highest the indexed ceiling can have reached', () => {
    const result = evaluateRight('be-bim', known().earning(['employment', 4500]).withTaxableIncome(2025, 60_000).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('income.aboveIndexedCeiling');
  });
});
