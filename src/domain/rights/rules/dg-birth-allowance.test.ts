import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight } from '../../testing/evaluate-right';
import { CATALOGUE } from '../catalogue/catalogue';

describe('Geburtsprämie (dg-birth-allowance)', () => {
  it('shows 1 144 € as indicative only, as the amount is undated (likely 2019)', () => {
    const result = evaluateRight('dg-birth-allowance', aHousehold().inGermanSpeakingCommunity().withStatuses('pregnant').build());
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({ key: 'birthAllowance.amountIndicative', values: { amount: { amount: 1144, per: 'once' } } });
  });

  it('is paid by the Ministerium der DG', () => {
    expect(CATALOGUE.rights.find((right) => right.id === 'dg-birth-allowance')?.provider).toBe('dg-ministry');
  });
});
