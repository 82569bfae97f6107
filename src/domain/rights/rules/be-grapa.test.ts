import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const retired = (age = 70, asOf?: string) => aHousehold(asOf).inWallonia().belgian().aged(age).statusesComplete();

describe('garantie de revenus aux personnes âgées (be-grapa)', () => {
  it('tops up a single pensioner under the last known amount', () => {
    const result = evaluateRight('be-grapa', retired().earning(['pension', 1000]).build());
    expect(result).toMatchObject({ status: 'eligible', estimate: { amount: 368.05, per: 'month' } });
  });

  it('asks to confirm with the pension service above the 2022 amounts, since they have been indexed', () => {
    const result = evaluateRight('be-grapa', retired().earning(['pension', 1400]).build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('income.aboveOldCeiling');
  });

  it('shares a couple’s resources between the two', () => {
    const couple = retired().earning(['pension', 1800]).withPartner({ age: 68, incomes: [], residence: 'belgian' }).build();
    expect(evaluateRight('be-grapa', couple).status).toBe('eligible');
  });

  it('starts at 66 from February 2025, and was 65 before', () => {
    expect(evaluateRight('be-grapa', retired(65, '2024-06-01').earning(['pension', 800]).build(), '2024-06-01').status).toBe('eligible');
    expect(evaluateRight('be-grapa', retired(65, '2025-06-01').earning(['pension', 800]).build(), '2025-06-01').status).toBe('not-eligible');
    expect(evaluateRight('be-grapa', retired(66, '2025-06-01').earning(['pension', 800]).build(), '2025-06-01').status).toBe('eligible');
  });

  it('is not "already received" because a grandmother at home receives her own', () => {
    const withGrandmother = retired().earning().withMember('parent', { age: 90, incomes: [{ kind: 'grapa', monthly: 400 }] }).build();
    expect(evaluateRight('be-grapa', withGrandmother)).toMatchObject({ status: 'eligible', receiving: false });
    const own = retired().earning(['grapa', 400]).build();
    expect(evaluateRight('be-grapa', own)).toMatchObject({ receiving: true });
  });

  it('is not for an undocumented person', () => {
    expect(evaluateRight('be-grapa', retired().person({ residence: 'undocumented' }).earning().build()).status).toBe('not-eligible');
  });

  it('asks the birth date first', () => {
    expect(evaluateRight('be-grapa', aHousehold().build()).missing).toContain('household.members[0].birthDate');
  });
});
