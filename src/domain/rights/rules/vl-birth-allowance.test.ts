import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const pregnant = (asOf?: string) => aHousehold(asOf).inFlanders().withStatuses('pregnant').build();

describe('startbedrag, Groeipakket (vl-birth-allowance)', () => {
  it('estimates 1 214,49 € once, the amount of September 2023', () => {
    const result = evaluateRight('vl-birth-allowance', pregnant('2024-06-01'), '2024-06-01');
    expect(result).toMatchObject({ status: 'eligible', estimate: { amount: 1214.49, per: 'once' } });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['birthAllowance.perChild']));
    expect(reasonKeys(result)).not.toContain('birthAllowance.amountMayHaveRisen');
  });

  it('says the amount has probably risen after the year its source covers', () => {
    const result = evaluateRight('vl-birth-allowance', pregnant());
    expect(result.estimate).toEqual({ amount: 1214.49, per: 'once' });
    expect(result.reasons).toContainEqual({ key: 'birthAllowance.amountMayHaveRisen', values: { year: 2023 } });
  });

  it('estimates nothing before September 2023, when the amount is not known', () => {
    expect(evaluateRight('vl-birth-allowance', pregnant('2023-08-31'), '2023-08-31').estimate).toBeUndefined();
    expect(evaluateRight('vl-birth-allowance', pregnant('2023-09-01'), '2023-09-01').estimate).toEqual({ amount: 1214.49, per: 'once' });
  });
});
