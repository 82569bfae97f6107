import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2023-06-01';
const HOMELESS = { tenure: 'homeless', ownsOtherDwelling: false } as const;
const partner = { age: 30, incomes: [], statuses: [], statusesComplete: true };
const child = { age: 4, statuses: [], statusesComplete: true };

const homeless = (on = ON) => aHousehold(on).inWallonia().belgian().aged(30).statusesComplete().earning(['unemployment', 900]).with({ housing: { ...HOMELESS } });
/** Globally taxable income of two years before the request (a 2023 request looks at 2021). */
const at = (profile: ReturnType<typeof homeless>, netTaxable: number, on = ON) =>
  evaluateRight('wal-adel', profile.withTaxableIncome(Number(on.slice(0, 4)) - 2, netTaxable + 2_000, netTaxable).build(), on);

describe('allocation de déménagement et de loyer (wal-adel)', () => {
  it('helps a homeless person who becomes a tenant, with an income below 15 500 €', () => {
    const result = at(homeless(), 15_499);
    expect(result).toMatchObject({ status: 'eligible', automatic: false, estimate: { amount: 400, per: 'once' } });
    expect(result.reasons).toContainEqual({ key: 'adel.amountsHomeless', values: { moving: { amount: 400, per: 'once' }, rent: { amount: 100, per: 'month' } } });
  });

  it('needs an income strictly below the ceiling: exactly 15 500 € is too much', () => {
    const result = at(homeless(), 15_500);
    expect(result.status).toBe('not-eligible');
    expect(result.reasons).toContainEqual(expect.objectContaining({ key: 'income.above', values: expect.objectContaining({ ceiling: { amount: 15_500, per: 'year' } }) }));
  });

  it('allows less than 21 200 € to cohabitants', () => {
    expect(at(homeless().withPartner(partner), 21_199).status).toBe('eligible');
    expect(at(homeless().withPartner(partner), 21_200).status).toBe('not-eligible');
  });

  it('adds 2 900 € to the ceiling and 20 % to the amounts per dependent child', () => {
    const family = () => homeless().withPartner(partner).withChild(child);
    expect(at(family(), 24_099)).toMatchObject({ status: 'eligible', estimate: { amount: 480, per: 'once' } });
    expect(at(family(), 24_100).status).toBe('not-eligible');
  });

  it('leaves it to the office to see whether another household is in one of the situations covered', () => {
    const tenant = at(homeless().with({ housing: { tenure: 'private-rent', ownsOtherDwelling: false } }).withChild(child), 10_000);
    expect(tenant).toMatchObject({ status: 'maybe', missing: [], estimate: { amount: 480, per: 'once' } });
    expect(reasonKeys(tenant)).toContain('adel.situationToCheck');
    expect(tenant.reasons).toContainEqual({ key: 'adel.amounts', values: { moving: { amount: 480, per: 'once' }, rent: { amount: 120, per: 'month' } } });
  });

  it('asks where the household lives when it is not known', () => {
    expect(at(homeless().with({ housing: { ownsOtherDwelling: false } }), 10_000)).toMatchObject({ status: 'maybe', missing: ['household.housing.tenure'] });
  });

  it('opens to a household in debt mediation with resources up to 120 % of the revenu d’intégration', () => {
    const on = '2025-06-01';
    const mediation = (monthly: number) =>
      at(aHousehold(on).inWallonia().belgian().aged(30).withStatuses('debt-mediation').statusesComplete().earning(['employment', monthly]).with({ housing: { ...HOMELESS } }), 17_000, on);
    // 120 % of the single RIS (1 314,20 €) is 1 577,04 €.
    expect(mediation(1_577.04).status).toBe('eligible');
    const above = mediation(1_578.04);
    expect(above).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(above)).toContain('income.aboveOldCeiling');
  });

  it('asks whether the household is in debt mediation when its income is above the ceiling', () => {
    const profile = aHousehold(ON).inWallonia().belgian().aged(30).earning(['employment', 2500]).with({ housing: { ...HOMELESS } }).withTaxableIncome(2021, 25_000, 20_000).build();
    expect(evaluateRight('wal-adel', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.members[0].statuses'] });
  });

  it('from 2024 admits under the 2023 ceiling, asks to confirm above it, and refuses above what indexation could reach', () => {
    const on = '2026-11-22';
    expect(at(homeless(on), 15_499, on).status).toBe('eligible');
    expect(at(homeless(on), 16_000, on)).toMatchObject({ status: 'maybe', toConfirm: true });
    // 15 500 € raised by 12 % a year for three years is 21 776,38 €.
    const far = at(homeless(on), 21_777, on);
    expect(far.status).toBe('not-eligible');
    expect(reasonKeys(far)).toContain('income.aboveIndexedCeiling');
    expect(at(homeless(on), 21_776, on)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('before 2023 only knows that the ceiling was not higher', () => {
    const on = '2022-12-31';
    expect(at(homeless(on), 15_499, on)).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(at(homeless(on), 15_600, on).status).toBe('not-eligible');
  });

  it('leaves it to the office when the household owns (part of) a property', () => {
    const owner = at(homeless().with({ housing: { tenure: 'owner', ownsOtherDwelling: false } }), 10_000);
    expect(owner).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(owner)).toContain('housing.ownershipDecides');
  });

  it('is for adults', () => {
    expect(at(homeless().aged(17), 10_000).status).toBe('not-eligible');
  });

  it('is not for the German-speaking Community, where housing is the Community’s since 2020', () => {
    const profile = aHousehold(ON).inGermanSpeakingCommunity().belgian().aged(30).earning().with({ housing: { ...HOMELESS } }).build();
    expect(reasonKeys(evaluateRight('wal-adel', profile, ON))).toEqual(['housing.germanSpeakingCommunity']);
    expect(evaluateRight('wal-adel', aHousehold(ON).inFlanders().build(), ON).status).toBe('not-eligible');
  });

  it('always lists the situations it covers', () => {
    expect(evaluateRight('wal-adel', aHousehold(ON).build(), ON).worthAsking).toEqual(['adel.situations', 'adel.incomeFell', 'adel.newHomeSuitable']);
  });
});
