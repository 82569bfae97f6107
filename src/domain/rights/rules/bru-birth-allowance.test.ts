import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight } from '../../testing/evaluate-right';

describe('allocation de naissance, Bruxelles (bru-birth-allowance)', () => {
  it('shows 1 314,61 € for a first child and 597,55 € for the next as indicative only', () => {
    const result = evaluateRight('bru-birth-allowance', aHousehold().inBrussels().withStatuses('pregnant').build());
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({
      key: 'birthAllowance.amountsIndicative',
      values: { first: { amount: 1314.61, per: 'once' }, next: { amount: 597.55, per: 'once' } },
    });
  });
});
