import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { bruRentAllowance } from './bru-rent-allowance';

const WAITING = { tenure: 'private-rent', onSocialHousingWaitingList: true } as const;
const partner = { age: 40, incomes: [], statuses: [], statusesComplete: true };
const child = (age: number) => ({ age, incomes: [], statuses: [], statusesComplete: true });

const candidate = (on?: string) => aHousehold(on).inBrussels().belgian().aged(40).statusesComplete().earning(['integration-income', 1300]).with({ housing: { ...WAITING } });
/** The 2022 ceilings are those of a page updated on 13 July 2022. */
const JULY_2022 = '2022-07-13';
const at = (profile: ReturnType<typeof candidate>, netTaxable: number, on = JULY_2022) =>
  evaluateRight('bru-rent-allowance', profile.withTaxableIncome(Number(on.slice(0, 4)) - 1, netTaxable + 2_000, netTaxable).build(), on);

describe('allocation loyer à Bruxelles (bru-rent-allowance)', () => {
  it('is at best a maybe: the priority titles on the waiting list are not in the profile', () => {
    const result = evaluateRight('bru-rent-allowance', candidate().build());
    expect(result).toMatchObject({ status: 'maybe', missing: [], receiving: false });
    expect(result.reasons).toContainEqual({ key: 'rentAllowance.bruPriorityTitles', values: { titles: 6, singleParentTitles: 2 } });
    expect(reasonKeys(result)).toContain('income.estimateBelow');
  });

  it('tells the 2021 amounts as such, never as an estimate', () => {
    const result = evaluateRight('bru-rent-allowance', candidate().build());
    expect(result.estimate).toBeUndefined();
    expect(result.reasons).toContainEqual({ key: 'rentAllowance.bruAmount2021', values: { amount: { amount: 160, per: 'month' }, perChild: { amount: 20, per: 'month' } } });
    const parent = evaluateRight('bru-rent-allowance', candidate().withChild(child(5)).build());
    expect(parent.reasons).toContainEqual({
      key: 'rentAllowance.bruAmount2021SingleParent',
      values: { amount: { amount: 160, per: 'month' }, lower: { amount: 120, per: 'month' }, perChild: { amount: 40, per: 'month' } },
    });
  });

  it('is closed above the revenu d’intégration of a single person (12 293,82 € in 2022)', () => {
    expect(at(candidate(JULY_2022), 12_293.82).status).toBe('maybe');
    const above = at(candidate(JULY_2022), 12_294.82);
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.above');
  });

  it('allows the RIS with family in charge to several persons (16 614,44 € in 2022)', () => {
    expect(at(candidate(JULY_2022).withPartner(partner), 16_614.44).status).toBe('maybe');
    expect(at(candidate(JULY_2022).withPartner(partner), 16_615.44).status).toBe('not-eligible');
  });

  it('allows up to the BIM ceiling to a single parent (20 763,88 € in 2022)', () => {
    expect(at(candidate(JULY_2022).withChild(child(5)), 20_763.88).status).toBe('maybe');
    expect(at(candidate(JULY_2022).withChild(child(5)), 20_764.88).status).toBe('not-eligible');
  });

  it('only knows the 2022 ceilings: below them the income is fine today, above them the office says', () => {
    const on = '2026-11-22';
    expect(reasonKeys(at(candidate(on), 12_293.82, on))).toContain('income.atMost');
    const above = at(candidate(on), 14_000, on);
    expect(above.status).toBe('maybe');
    expect(reasonKeys(above)).toContain('income.aboveOldCeiling');
  });

  it('refuses an income far above anything the 2022 ceiling could have become', () => {
    const on = '2026-11-22';
    const result = evaluateRight('bru-rent-allowance', candidate(on).earning(['employment', 4500]).build(), on);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('income.aboveIndexedCeiling');
  });

  it('before July 2022 the 2022 figure is only an upper bound', () => {
    const before = '2022-07-12';
    expect(reasonKeys(at(candidate(before), 12_000, before))).toContain('income.ceilingToConfirm');
    expect(at(candidate(before), 12_294.82, before).status).toBe('not-eligible');
    expect(reasonKeys(at(candidate(JULY_2022), 12_000))).toContain('income.atMost');
  });

  it('is only for social-housing candidates renting from a private landlord', () => {
    const housing = (patch: object) => evaluateRight('bru-rent-allowance', candidate().with({ housing: { ...WAITING, ...patch } }).build());
    expect(reasonKeys(housing({ onSocialHousingWaitingList: false }))).toContain('housing.notOnWaitingList');
    expect(reasonKeys(housing({ tenure: 'social-rent' }))).toContain('housing.notPrivateTenant');
    expect(housing({ tenure: undefined }).missing).toContain('household.housing.tenure');
    expect(housing({ onSocialHousingWaitingList: undefined }).missing).toContain('household.housing.onSocialHousingWaitingList');
  });

  it('asks for the incomes when they are not known', () => {
    const profile = aHousehold().inBrussels().with({ housing: { ...WAITING } }).build();
    expect(evaluateRight('bru-rent-allowance', profile).missing).toContain('household.members[0].incomes');
  });

  it('is only for Brussels', () => {
    expect(evaluateRight('bru-rent-allowance', aHousehold().inWallonia().build()).status).toBe('not-eligible');
    expect(evaluateRight('bru-rent-allowance', aHousehold().build()).missing).toContain('household.postalCode');
  });

  it('gives the free number of Bruxelles Logement and lists the lease conditions', () => {
    expect(bruRentAllowance.claim.phone).toBe('0800 40 400');
    const result = evaluateRight('bru-rent-allowance', aHousehold().build());
    expect(result.worthAsking).toEqual(['rentAllowance.bruLease', 'rentAllowance.bruLandlordNotFamily', 'rentAllowance.bruDuration']);
  });
});
