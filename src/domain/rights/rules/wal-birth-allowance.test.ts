import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight } from '../../testing/evaluate-right';

describe('allocation de naissance, Wallonie (wal-birth-allowance)', () => {
  it('shows 1 314,61 € per child as indicative only, as the amount’s date is not known', () => {
    const result = evaluateRight('wal-birth-allowance', aHousehold().inWallonia().withStatuses('pregnant').build());
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({ key: 'birthAllowance.amountIndicative', values: { amount: { amount: 1314.61, per: 'once' } } });
  });
});
