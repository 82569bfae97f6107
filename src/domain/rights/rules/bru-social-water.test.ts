import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const brussels = () => aHousehold(ON).inBrussels().belgian().aged(40);

describe('aides sociales pour l’eau à Bruxelles (bru-social-water)', () => {
  it('comes by letter from Vivaqua to a household with a BIM member on 1 January', () => {
    const profile = brussels().earning(['employment', 3000]).withPartner({ age: 40, statuses: ['bim'] }).with({ debts: { hasArrears: false } }).build();
    const result = evaluateRight('bru-social-water', profile, ON);
    expect(result).toMatchObject({ status: 'eligible', automatic: true, after: [] });
    expect(reasonKeys(result)).toContain('water.bruBimOnFirstJanuary');
  });

  it('tells the 2022 amounts as such, never as an estimate', () => {
    const result = evaluateRight('bru-social-water', brussels().withStatuses('bim').build(), ON);
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({
      key: 'water.bruIntervention2022',
      values: { perHousehold: { amount: 6, per: 'year' }, perPerson: { amount: 30, per: 'year' } },
    });
  });

  it('says "ask for BIM first" when the household would get BIM', () => {
    const profile = brussels().statusesComplete().earning(['integration-income', 1300]).with({ debts: { hasArrears: false } }).build();
    expect(evaluateRight('bru-social-water', profile, ON)).toMatchObject({ status: 'eligible', after: ['be-bim'], automatic: true });
  });

  it('sends a household that cannot pay its water bill to the CPAS and the Vivaqua social fund', () => {
    const profile = brussels().statusesComplete().earning(['employment', 4000]).with({ debts: { hasArrears: true } }).build();
    const result = evaluateRight('bru-social-water', profile, ON);
    expect(result).toMatchObject({ status: 'eligible', automatic: false, after: [] });
    expect(reasonKeys(result)).toContain('water.bruSocialFund');
  });

  it('is not for a household without BIM and without unpaid bills', () => {
    // In 2024, when the BIM ceiling is known, this income is surely above it.
    const on = '2024-06-01';
    const profile = aHousehold(on).inBrussels().belgian().aged(40).statusesComplete().earning(['employment', 4000]).with({ debts: { hasArrears: false } }).build();
    expect(evaluateRight('bru-social-water', profile, on).status).toBe('not-eligible');
  });

  it('follows BIM when BIM itself is to confirm with the office', () => {
    // 28 000 € is above the last known BIM ceiling (2024), which may have risen since.
    const profile = brussels().statusesComplete().earning(['employment', 2000]).withTaxableIncome(2025, 28_000).with({ debts: { hasArrears: false } }).build();
    const result = evaluateRight('bru-social-water', profile, ON);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(result.reasons).toContainEqual({ key: 'chain.maybe', values: { right: 'be-bim' } });
  });

  it('asks about BIM and unpaid bills when they are not known', () => {
    const result = evaluateRight('bru-social-water', brussels().build(), ON);
    expect(result.status).toBe('maybe');
    expect(result.missing).toEqual(expect.arrayContaining(['household.members[0].statuses', 'household.debts.hasArrears']));
  });

  it('is only for Brussels', () => {
    expect(evaluateRight('bru-social-water', aHousehold(ON).inWallonia().withStatuses('bim').build(), ON).status).toBe('not-eligible');
  });

  it('reminds to answer Vivaqua’s letter', () => {
    expect(evaluateRight('bru-social-water', aHousehold(ON).build(), ON).worthAsking).toEqual(['water.bruAnswerVivaqua', 'water.askEarly']);
  });
});
