import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2026-11-22';
const inArrears = (hasArrears?: boolean) => aHousehold(ON).inWallonia().with({ debts: hasArrears === undefined ? {} : { hasArrears } });

describe('fonds social de l’eau en Wallonie (wal-social-water-fund)', () => {
  it('helps a household that cannot pay its bills, through the CPAS, on request', () => {
    const result = evaluateRight('wal-social-water-fund', inArrears(true).build(), ON);
    expect(result).toMatchObject({ status: 'eligible', automatic: false });
    expect(reasonKeys(result)).toContain('water.arrears');
  });

  it('tells the 2019 maximum as an old figure, never as an estimate', () => {
    const result = evaluateRight('wal-social-water-fund', inArrears(true).build(), ON);
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({ key: 'water.walMaximum2019', values: { amount: { amount: 517, per: 'year' }, year: 2019 } });
  });

  it('adds 103 € to the maximum per person from the fourth member of the household', () => {
    const three = inArrears(true).withPartner().withChild();
    expect(evaluateRight('wal-social-water-fund', three.build(), ON).reasons).toContainEqual(expect.objectContaining({ values: expect.objectContaining({ amount: { amount: 517, per: 'year' } }) }));
    const five = three.withChild().withChild();
    expect(evaluateRight('wal-social-water-fund', five.build(), ON).reasons).toContainEqual({ key: 'water.walMaximum2019', values: { amount: { amount: 723, per: 'year' }, year: 2019 } });
  });

  it('is not for a household without unpaid bills, and asks when that is not known', () => {
    const none = evaluateRight('wal-social-water-fund', inArrears(false).build(), ON);
    expect(none.status).toBe('not-eligible');
    expect(reasonKeys(none)).toEqual(['water.noArrears']);
    expect(evaluateRight('wal-social-water-fund', inArrears().build(), ON)).toMatchObject({ status: 'maybe', missing: ['household.debts.hasArrears'] });
  });

  it('covers the German-speaking Community too: water policy was not transferred', () => {
    const profile = aHousehold(ON).inGermanSpeakingCommunity().with({ debts: { hasArrears: true } }).build();
    expect(evaluateRight('wal-social-water-fund', profile, ON).status).toBe('eligible');
  });

  it('is not for Brussels or Flanders', () => {
    expect(evaluateRight('wal-social-water-fund', aHousehold(ON).inBrussels().with({ debts: { hasArrears: true } }).build(), ON).status).toBe('not-eligible');
    expect(evaluateRight('wal-social-water-fund', aHousehold(ON).with({ debts: { hasArrears: true } }).build(), ON).missing).toEqual(['household.postalCode']);
  });

  it('advises going to the CPAS early', () => {
    expect(evaluateRight('wal-social-water-fund', aHousehold(ON).build(), ON).worthAsking).toEqual(['water.askEarly']);
  });
});
