import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import type { RightResult } from '../engine/evaluate';

const withBim = (on?: string) => aHousehold(on).inWallonia().belgian().aged(40).withStatuses('bim').statusesComplete();
const valuesOf = (result: RightResult, key: string) => result.reasons.find((r) => r.key === key)?.values;

describe('réduction transports en commun avec la BIM (be-transport-reduction)', () => {
  it('gives 40 % off 2nd-class trains with BIM, and at most 5,50 € a single journey with Train+', () => {
    const result = evaluateRight('be-transport-reduction', withBim().build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false, after: [] });
    expect(valuesOf(result, 'transport.sncbReduction')).toEqual({ percent: 40 });
    expect(valuesOf(result, 'transport.trainPlusCap')).toEqual({ cap: { amount: 5.5, per: 'once' } });
  });

  it('gave 50 % until the fare reform of 15 October 2025', () => {
    const before = evaluateRight('be-transport-reduction', withBim('2025-10-14').build(), '2025-10-14');
    expect(valuesOf(before, 'transport.sncbReduction')).toEqual({ percent: 50 });
    expect(reasonKeys(before)).not.toContain('transport.trainPlusCap');
    const after = evaluateRight('be-transport-reduction', withBim('2025-10-15').build(), '2025-10-15');
    expect(valuesOf(after, 'transport.sncbReduction')).toEqual({ percent: 40 });
  });

  it('says to ask for BIM first when the household would get it', () => {
    const profile = aHousehold().inWallonia().belgian().aged(40).statusesComplete().earning(['integration-income', 1314.2]).build();
    expect(evaluateRight('be-transport-reduction', profile)).toMatchObject({ status: 'eligible', after: ['be-bim'] });
  });

  it('counts BIM held by another member of the household', () => {
    const profile = aHousehold().inWallonia().belgian().aged(40).statusesComplete().withPartner({ age: 70, statuses: ['bim'] }).build();
    expect(evaluateRight('be-transport-reduction', profile).status).toBe('eligible');
  });

  it('is not for a household that cannot get BIM', () => {
    const profile = aHousehold('2024-06-01').inWallonia().belgian().aged(40).statusesComplete().earning(['employment', 4000]).withTaxableIncome(2023, 48_000).build();
    const result = evaluateRight('be-transport-reduction', profile, '2024-06-01');
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('chain.not');
  });

  it('is a maybe while BIM is', () => {
    const result = evaluateRight('be-transport-reduction', aHousehold().inWallonia().belgian().aged(40).statusesComplete().build());
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[0].incomes');
  });

  it.each([
    ['inBrussels', 'transport.stib'],
    ['inFlanders', 'transport.delijn'],
    ['inWallonia', 'transport.tec'],
    ['inGermanSpeakingCommunity', 'transport.tec'],
  ] as const)('names the bus and tram company to ask %s, without a price', (region, key) => {
    const result = evaluateRight('be-transport-reduction', aHousehold()[region]().withStatuses('bim').build());
    expect(reasonKeys(result)).toContain(key);
    expect(valuesOf(result, key)).toBeUndefined();
  });
});
