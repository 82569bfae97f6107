import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { CATALOGUE } from '../catalogue/catalogue';

const ID = 'dg-family-allowance-social-supplement';
const parent = () => aHousehold().inGermanSpeakingCommunity().belgian().aged(35).statusesComplete().earning(['employment', 1800]);
const kid = (age?: number) => ({ incomes: [], ...(age !== undefined ? { age } : {}) });

describe('Sozialzuschlag, Kindergeld (dg-family-allowance-social-supplement)', () => {
  it('asks to confirm with the Ministerium for a family with a child, as the income threshold is not known', () => {
    const result = evaluateRight(ID, parent().withChild(kid(4)).build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [], automatic: false, receiving: false });
    expect(reasonKeys(result)).toContain('dgFamilySupplement.incomeThresholdUnknown');
  });

  it('says what the supplement was worth in July 2023, without estimating it', () => {
    const result = evaluateRight(ID, parent().withChild(kid(4)).build());
    expect(result.reasons).toContainEqual({ key: 'dgFamilySupplement.amount', values: { amount: { amount: 86.59, per: 'month' }, year: 2023 } });
    expect(result.estimate).toBeUndefined();
  });

  it('is decided by the Ministerium der DG', () => {
    expect(CATALOGUE.rights.find((right) => right.id === ID)?.provider).toBe('dg-ministry');
  });

  it('is not for a family without a child under 25', () => {
    expect(reasonKeys(evaluateRight(ID, parent().build()))).toContain('familyAllowance.noChild');
    expect(evaluateRight(ID, parent().withChild(kid(25)).build()).status).toBe('not-eligible');
    expect(evaluateRight(ID, parent().withChild(kid(24)).build()).status).toBe('maybe');
  });

  it('is not for a household living elsewhere, Eupen’s neighbours in Wallonia included', () => {
    const result = evaluateRight(ID, parent().withPostalCode('4800').withChild(kid(4)).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('asks the postal code and the child’s birth date when they are not known', () => {
    expect(evaluateRight(ID, parent().with({ postalCode: undefined }).withChild(kid(4)).build())).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
    expect(evaluateRight(ID, parent().withChild(kid()).build())).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
  });
});
