import { describe, expect, it } from 'vitest';
import type { Region } from '../../profile';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import type { RightId } from '../catalogue/right-ids';

const ON = '2026-11-22';
const POSTAL_CODES: Record<Region, string> = { wallonia: '4000', brussels: '1080', flanders: '9000', 'german-speaking': '4700' };

describe.each([
  ['wal-birth-allowance', 'wallonia'],
  ['bru-birth-allowance', 'brussels'],
  ['vl-birth-allowance', 'flanders'],
  ['dg-birth-allowance', 'german-speaking'],
] as [RightId, Region][])('birth allowance %s', (id, region) => {
  const here = () => aHousehold(ON).withPostalCode(POSTAL_CODES[region]).belgian().aged(30);
  const at = (profile: ReturnType<typeof here>) => evaluateRight(id, profile.build(), ON);

  it('can be asked during a pregnancy, without income condition and with a request', () => {
    const result = at(here().withStatuses('pregnant'));
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toContain('birthAllowance.pregnancy');
  });

  it('can be asked when the partner is pregnant', () => {
    expect(at(here().statusesComplete().withPartner({ age: 29, statuses: ['pregnant'] })).status).toBe('eligible');
  });

  it('can be asked up to five years after the birth, not from the fifth birthday', () => {
    const young = at(here().statusesComplete().withChild({ birthDate: '2021-11-23' }));
    expect(young.status).toBe('eligible');
    expect(reasonKeys(young)).toContain('birthAllowance.recentChild');
    const five = at(here().statusesComplete().withChild({ birthDate: '2021-11-22' }));
    expect(five.status).toBe('not-eligible');
    expect(reasonKeys(five)).toEqual(['birthAllowance.noRecentBirth']);
  });

  it('is not for a household with neither a pregnancy nor a young child', () => {
    expect(at(here().statusesComplete()).status).toBe('not-eligible');
  });

  it('asks about a pregnancy when the statuses are not known', () => {
    expect(at(here())).toMatchObject({ status: 'maybe', missing: ['household.members[0].statuses'] });
  });

  it('asks a child’s birth date', () => {
    expect(at(here().statusesComplete().withChild({}))).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
  });

  it('is for the region’s own households only', () => {
    const elsewhere = region === 'wallonia' ? '1080' : '4000';
    const result = at(here().withStatuses('pregnant').withPostalCode(elsewhere));
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('asks the postal code when the region is not known', () => {
    const profile = aHousehold(ON).aged(30).withStatuses('pregnant');
    expect(at(profile)).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });

  it('always lists the conditions the app cannot check', () => {
    expect(at(here()).worthAsking).toEqual(['birthAllowance.fromSixthMonth', 'birthAllowance.notYetPaid', 'birthAllowance.pregnancyLoss']);
  });
});
