import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

describe('maximum à facturer (be-maf-social)', () => {
  it('is automatic for an insured person, with the social cap when they have BIM', () => {
    const result = evaluateRight('be-maf-social', aHousehold().belgian().withStatuses('bim').build());
    expect(result).toMatchObject({ status: 'eligible', automatic: true });
    expect(result.reasons).toContainEqual({ key: 'maf.socialCap', values: { cap: { amount: 516.92, per: 'year' }, year: '2024' } });
  });

  it('names the income cap when the household’s net taxable income is known', () => {
    const result = evaluateRight('be-maf-social', aHousehold().belgian().statusesComplete().withTaxableIncome(2023, 14_000, 12_000).build());
    expect(result.reasons).toContainEqual({ key: 'maf.incomeCap', values: { cap: { amount: 254.99, per: 'year' }, year: '2024' } });
  });

  it('is not for people outside health insurance', () => {
    const result = evaluateRight('be-maf-social', aHousehold().person({ residence: 'undocumented' }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('maf.notInsured');
  });
});
