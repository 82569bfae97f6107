import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { HouseholdFacts } from './facts';
import { incomeAtMost, monthlyNetIncome, taxableIncome, type Ceiling } from './income';

const ON = '2026-11-22';
const facts = (build: ReturnType<typeof aHousehold>) => new HouseholdFacts(build.build(), ON);
const yearly = (amount: number, bound: Ceiling['bound'] = 'exact'): Ceiling => ({ amount, per: 'year', verified: true, bound });

describe('household income in the form a rule names', () => {
  it('takes the tax figure of the year the law names, exactly', () => {
    const f = facts(aHousehold().earning(['employment', 3000]).withTaxableIncome(2025, 21_000, 18_000));
    expect(taxableIncome(f, 'gross-taxable', f.family, { year: 2025 })).toMatchObject({ figure: { low: 21_000, high: 21_000, exact: true } });
    expect(taxableIncome(f, 'net-taxable', f.family, { year: 2025 })).toMatchObject({ figure: { low: 18_000, exact: true } });
  });

  it('estimates it from monthly incomes as a range when the tax figure is not given', () => {
    const f = facts(aHousehold().earning(['employment', 1500], ['child-benefit', 300]));
    const lookup = taxableIncome(f, 'gross-taxable', f.family, { year: 2025 });
    expect(lookup).toMatchObject({ figure: { exact: false, per: 'year' } });
    if ('figure' in lookup) {
      expect(lookup.figure.low).toBeCloseTo(1500 * 12 * 1.1);
      expect(lookup.figure.high).toBeCloseTo(1500 * 12 * 1.5);
    }
  });

  it('counts the RIS, GRAPA and family allowances as non-taxable', () => {
    const f = facts(aHousehold().earning(['integration-income', 1314.2], ['child-benefit', 200]));
    expect(taxableIncome(f, 'gross-taxable', f.family)).toMatchObject({ figure: { low: 0, high: 0 } });
  });

  it('is unknown when a member’s incomes are not given, asking for them', () => {
    const f = facts(aHousehold().earning(['pension', 900]).withPartner({}));
    expect(taxableIncome(f, 'gross-taxable', f.family)).toEqual({ missing: ['household.members[1].incomes', 'household.taxableIncome'] });
  });

  it('reads monthly net income exactly when every income is given as net', () => {
    const f = facts(aHousehold().earning(['unemployment', 1100]));
    expect(monthlyNetIncome(f.family)).toMatchObject({ figure: { low: 1100, high: 1100, exact: true } });
  });
});

describe('comparing an income with a ceiling', () => {
  const exact = (amount: number) => ({ figure: { low: amount, high: amount, per: 'year' as const, exact: true, settles: 'x' } });
  const estimate = (low: number, high: number) => ({ figure: { low, high, per: 'year' as const, exact: false, settles: 'household.taxableIncome' } });

  it('compares an exact figure to the cent', () => {
    expect(incomeAtMost(exact(1000), yearly(1000)).verdict).toBe('yes');
    expect(incomeAtMost(exact(1000.01), yearly(1000)).verdict).toBe('no');
  });

  it('answers maybe when an estimate comes within 10 % of the ceiling, asking for the exact figure', () => {
    expect(incomeAtMost(estimate(850, 899), yearly(1000)).verdict).toBe('yes');
    expect(incomeAtMost(estimate(850, 905), yearly(1000))).toMatchObject({ verdict: 'unknown', missing: ['household.taxableIncome'] });
    expect(incomeAtMost(estimate(1095, 1200), yearly(1000)).verdict).toBe('unknown');
    expect(incomeAtMost(estimate(1101, 1200), yearly(1000)).verdict).toBe('no');
  });

  it('never compares a monthly income with a yearly ceiling', () => {
    const monthly = { figure: { low: 1, high: 1, per: 'month' as const, exact: true, settles: 'x' } };
    expect(() => incomeAtMost(monthly, yearly(1000))).toThrow(/monthly income with a yearly ceiling/);
  });

  it('says yes under a ceiling that only rises, and "to confirm" above it, once its period is over', () => {
    expect(incomeAtMost(exact(900), yearly(1000, 'at-least')).verdict).toBe('yes');
    expect(incomeAtMost(exact(1100), yearly(1000, 'at-least'))).toMatchObject({ verdict: 'unknown', unverified: true, missing: [] });
  });

  it('says no above a value not yet in force that only rises, and "to confirm" under it', () => {
    expect(incomeAtMost(exact(1100), yearly(1000, 'at-most')).verdict).toBe('no');
    expect(incomeAtMost(exact(900), yearly(1000, 'at-most'))).toMatchObject({ verdict: 'unknown', unverified: true });
  });

  it('never decides on a figure the research could not confirm', () => {
    expect(incomeAtMost(exact(1), { ...yearly(1000), verified: false })).toMatchObject({ verdict: 'unknown', unverified: true });
  });
});
