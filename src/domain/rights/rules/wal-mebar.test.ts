import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const household = (on = ON) => aHousehold(on).inWallonia().belgian().aged(40).statusesComplete().with({ housing: { tenure: 'private-rent' } });
const partnerEarning = (monthly: number) => ({ age: 40, incomes: [{ kind: 'employment' as const, monthly }], statuses: [], statusesComplete: true });

describe('subvention MEBAR (wal-mebar)', () => {
  it('is open to a single person up to the RIS plus 30 % (1 708,46 €), and closed one euro above', () => {
    const result = evaluateRight('wal-mebar', household().earning(['unemployment', 1_708.46]).build(), ON);
    expect(result).toMatchObject({ status: 'eligible', automatic: false, estimate: { amount: 2000, per: 'once' } });
    expect(result.reasons).toContainEqual({ key: 'mebar.upTo', values: { amount: { amount: 2000, per: 'once' }, years: 5 } });
    const above = evaluateRight('wal-mebar', household().earning(['unemployment', 1_709.46]).build(), ON);
    expect(above.status).toBe('not-eligible');
    expect(above.estimate).toBeUndefined();
  });

  it('uses the family amount for a parent with a minor child (2 308,89 €)', () => {
    const parent = (monthly: number) => evaluateRight('wal-mebar', household().earning(['employment', monthly]).withChild({ age: 7 }).build(), ON);
    expect(parent(2_308.89).status).toBe('eligible');
    expect(parent(2_309.89).status).toBe('not-eligible');
  });

  it('uses two cohabitant amounts for a couple (2 277,94 €, both incomes counted)', () => {
    const couple = (monthly: number) => evaluateRight('wal-mebar', household().earning(['employment', 1_000]).withPartner(partnerEarning(monthly)).build(), ON);
    expect(couple(1_277.94).status).toBe('eligible');
    expect(couple(1_278.94).status).toBe('not-eligible');
  });

  it('uses the cohabitant amount for someone living with another adult (1 138,97 €)', () => {
    const cohabitant = (monthly: number) =>
      evaluateRight('wal-mebar', household().earning(['pension', monthly]).withMember('parent', { age: 70, incomes: [] }).build(), ON);
    expect(cohabitant(1_138.97).status).toBe('eligible');
    expect(cohabitant(1_139.97).status).toBe('not-eligible');
  });

  it('asks a child’s birth date when only a minor child (the family amount) would let the household in', () => {
    const profile = household().earning(['employment', 2_000]).withChild({}).build();
    expect(evaluateRight('wal-mebar', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
    expect(evaluateRight('wal-mebar', household().earning(['employment', 2_000]).withChild({ age: 20 }).build(), ON).status).toBe('not-eligible');
  });

  it('does not count family allowances', () => {
    const profile = household().earning(['unemployment', 1_700], ['child-benefit', 400]).build();
    expect(evaluateRight('wal-mebar', profile, ON).status).toBe('eligible');
  });

  it('is a maybe when a gross wage puts the income near the limit', () => {
    const result = evaluateRight('wal-mebar', household().earning(['employment', 2_000, 'gross']).build(), ON);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].incomes'] });
  });

  it('is for works in a home: not for someone without one, and asks where the household lives', () => {
    const homeless = evaluateRight('wal-mebar', household().earning().with({ housing: { tenure: 'homeless' } }).build(), ON);
    expect(reasonKeys(homeless)).toContain('mebar.noHome');
    expect(evaluateRight('wal-mebar', household().earning().with({ housing: {} }).build(), ON).missing).toEqual(['household.housing.tenure']);
  });

  it('is not for the German-speaking Community, which runs these grants itself since 2020', () => {
    const profile = aHousehold(ON).inGermanSpeakingCommunity().earning().build();
    const result = evaluateRight('wal-mebar', profile, ON);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toEqual(['mebar.germanSpeakingCommunity']);
    expect(evaluateRight('wal-mebar', aHousehold(ON).inBrussels().build(), ON).status).toBe('not-eligible');
  });

  it('knows the RIS amounts from 1 February 2025 only: before, a low income is to confirm', () => {
    const single = (on: string) => evaluateRight('wal-mebar', household(on).earning(['unemployment', 1_000]).build(), on);
    expect(single('2025-01-31')).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(single('2025-02-01').status).toBe('eligible');
  });

  it('says nothing before 2023, the day RIS + 30 % started in autumn 2022 not being known', () => {
    const result = evaluateRight('wal-mebar', household('2022-12-31').earning(['unemployment', 1_000]).build(), '2022-12-31');
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(result)).toContain('figure.unknownForDate');
  });

  it('tells a tenant that the landlord must agree, and that it comes once in five years', () => {
    expect(evaluateRight('wal-mebar', aHousehold(ON).build(), ON).worthAsking).toEqual(['mebar.landlordConsent', 'mebar.oncePerFiveYears', 'mebar.worksCovered']);
  });

  it('is not for someone hosted in another person’s home', () => {
    const profile = aHousehold().inWallonia().belgian().aged(40).statusesComplete().earning().living('hosted').build();
    const result = evaluateRight('wal-mebar', profile);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('mebar.hosted');
  });
});
