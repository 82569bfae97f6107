import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

describe('aide sociale équivalente (be-equivalent-social-aid)', () => {
  it('gives a foreigner with a residence permit and no income the same amount as the RIS', () => {
    const result = evaluateRight('be-equivalent-social-aid', aHousehold().aged(35).person({ residence: 'residence-permit' }).earning().build());
    expect(result).toMatchObject({ status: 'eligible', estimate: { amount: 1314.2, per: 'month' } });
  });

  it('sends Belgians and EU citizens to the revenu d’intégration instead', () => {
    const result = evaluateRight('be-equivalent-social-aid', aHousehold().aged(35).belgian().earning().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('eris.risInstead');
  });

  it('asks the residence status first', () => {
    expect(evaluateRight('be-equivalent-social-aid', aHousehold().aged(35).earning().build()).missing).toEqual(['household.members[0].residence']);
  });
});
