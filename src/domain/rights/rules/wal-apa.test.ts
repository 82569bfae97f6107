import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const elderly = (age = 75, asOf?: string) =>
  aHousehold(asOf).inWallonia().belgian().aged(age).withStatuses('autonomy-points-7').statusesComplete().earning(['pension', 1400]);

describe('allocation pour l’aide aux personnes âgées, Wallonia (wal-apa)', () => {
  it('is to confirm with the mutualité at 65 with 7 points, since the income limits are not known', () => {
    const result = evaluateRight('wal-apa', elderly().build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [], automatic: false, receiving: false });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['status.autonomy-points-7', 'apa.incomeToConfirm']));
    expect(result.estimate).toBeUndefined();
  });

  it('starts at 65: not at 64', () => {
    expect(evaluateRight('wal-apa', elderly(65).build()).status).toBe('maybe');
    const at64 = evaluateRight('wal-apa', elderly(64).build());
    expect(at64.status).toBe('not-eligible');
    expect(reasonKeys(at64)).toContain('age.under');
  });

  it('is not given without a recognised loss of autonomy, and says the loss is assessed on request', () => {
    const result = evaluateRight('wal-apa', aHousehold().inWallonia().belgian().aged(75).statusesComplete().earning(['pension', 1400]).build());
    expect(result.status).toBe('not-eligible');
    expect(result.reasons.find((r) => r.key === 'apa.assessedOnRequest')?.values).toEqual({ points: 7 });
  });

  it('asks about the loss of autonomy when it is not known', () => {
    const result = evaluateRight('wal-apa', aHousehold().inWallonia().aged(75).earning(['pension', 1400]).build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: false });
    expect(result.missing).toEqual(['household.members[0].statuses']);
  });

  it('asks the birth date first', () => {
    expect(evaluateRight('wal-apa', aHousehold().inWallonia().build()).missing).toContain('household.members[0].birthDate');
  });

  it('concerns a parent of 80 living with the family', () => {
    const profile = aHousehold()
      .inWallonia()
      .aged(50)
      .statusesComplete()
      .withMember('parent', { age: 80, statuses: ['autonomy-points-7'], statusesComplete: true })
      .build();
    expect(evaluateRight('wal-apa', profile)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('does not wait for the birth date of a child', () => {
    const profile = aHousehold().inWallonia().aged(40).statusesComplete().withChild({}).build();
    expect(evaluateRight('wal-apa', profile).status).toBe('not-eligible');
  });

  it.each([
    ['Brussels', aHousehold().inBrussels()],
    ['Flanders', aHousehold().inFlanders()],
    ['the German-speaking Community, which pays its own', aHousehold().inGermanSpeakingCommunity()],
  ])('is not for %s', (_, household) => {
    const result = evaluateRight('wal-apa', household.aged(75).withStatuses('autonomy-points-7').build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('asks the postal code when the region is not known', () => {
    const result = evaluateRight('wal-apa', aHousehold().aged(75).withStatuses('autonomy-points-7').build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: false });
    expect(result.missing).toEqual(['household.postalCode']);
  });

  it('is regional since 2021: no figures before', () => {
    const before = evaluateRight('wal-apa', elderly(75, '2020-12-31').build(), '2020-12-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(before)).toContain('figure.unknownForDate');
    expect(reasonKeys(evaluateRight('wal-apa', elderly(75, '2021-01-01').build(), '2021-01-01'))).toContain('apa.incomeToConfirm');
  });

  it('leaves the social energy tariff it would open to confirm as well', () => {
    const profile = aHousehold()
      .inWallonia()
      .belgian()
      .aged(75)
      .withStatuses('autonomy-points-7')
      .statusesComplete()
      .earning(['pension', 2600])
      .living('private-rent', { heating: 'electricity' })
      .build();
    const result = evaluateRight('be-social-energy-tariff', profile);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(result.reasons).toContainEqual({ key: 'chain.maybe', values: { right: 'wal-apa' } });
  });
});
