import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

// On 22/11/2026, someone first registered on 23/11/2023 arrived less than 3 years ago; on 22/11/2023, 3 years ago.
const RECENT = '2025-03-01';
const JUST_UNDER_THREE_YEARS = '2023-11-23';
const EXACTLY_THREE_YEARS = '2023-11-22';

const newcomer = (arrivalDate = RECENT, age = 30, asOf?: string) =>
  aHousehold(asOf).inWallonia().person({ age, residence: 'residence-permit', arrivalDate });

const reasonOf = (result: ReturnType<typeof evaluateRight>, key: string) => result.reasons.find((r) => r.key === key);

describe('parcours d’intégration (wal-integration-course)', () => {
  it('is mandatory, free, and to be completed in 18 months for a newcomer with a residence permit', () => {
    const result = evaluateRight('wal-integration-course', newcomer().build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['integrationCourse.arrivedRecently', 'integrationCourse.free']));
    expect(reasonOf(result, 'integrationCourse.walloniaMandatory')?.values).toEqual({ months: 18 });
  });

  it('is mandatory the day before the third anniversary of the arrival, and open by choice from that day', () => {
    const before = evaluateRight('wal-integration-course', newcomer(JUST_UNDER_THREE_YEARS).build());
    expect(reasonKeys(before)).toContain('integrationCourse.walloniaMandatory');
    const after = evaluateRight('wal-integration-course', newcomer(EXACTLY_THREE_YEARS).build());
    expect(after.status).toBe('eligible');
    expect(reasonKeys(after)).toEqual(expect.arrayContaining(['integrationCourse.arrivedLongAgo', 'integrationCourse.voluntary']));
    expect(reasonKeys(after)).not.toContain('integrationCourse.walloniaMandatory');
  });

  it('is mandatory at 64 and open by choice at 65', () => {
    expect(reasonKeys(evaluateRight('wal-integration-course', newcomer(RECENT, 64).build()))).toContain('integrationCourse.walloniaMandatory');
    const at65 = evaluateRight('wal-integration-course', newcomer(RECENT, 65).build());
    expect(at65.status).toBe('eligible');
    expect(reasonKeys(at65)).toEqual(expect.arrayContaining(['age.notBelow', 'integrationCourse.voluntary']));
  });

  it('starts at 18: not for a newcomer of 17', () => {
    expect(reasonKeys(evaluateRight('wal-integration-course', newcomer(RECENT, 18).build()))).toContain('integrationCourse.walloniaMandatory');
    const at17 = evaluateRight('wal-integration-course', newcomer(RECENT, 17).build());
    expect(at17.status).toBe('not-eligible');
    expect(reasonKeys(at17)).toContain('age.under');
  });

  it('asks a citizen of the European Union to check with the CRI whether it is mandatory', () => {
    const result = evaluateRight('wal-integration-course', aHousehold().inWallonia().person({ age: 30, residence: 'eu', arrivalDate: RECENT }).build());
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('integrationCourse.askIfMandatory');
    expect(reasonKeys(result)).not.toContain('integrationCourse.walloniaMandatory');
  });

  it('says when it is mandatory if the arrival date is not known, without holding back the answer', () => {
    const result = evaluateRight('wal-integration-course', aHousehold().inWallonia().person({ age: 30, residence: 'residence-permit' }).build());
    expect(result.status).toBe('eligible');
    expect(reasonOf(result, 'integrationCourse.mandatoryIfNewcomer')?.values).toEqual({ years: 3, max: 65 });
  });

  it.each(['belgian', 'asylum-seeker', 'undocumented'] as const)('is not for someone whose situation is %s', (residence) => {
    const result = evaluateRight('wal-integration-course', aHousehold().inWallonia().person({ age: 30, residence, arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonOf(result, 'integrationCourse.residenceExcluded')?.values).toEqual({ residence });
  });

  it('asks the residence situation first', () => {
    const result = evaluateRight('wal-integration-course', aHousehold().inWallonia().aged(30).build());
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].residence'] });
  });

  it('asks the birth date of a foreign resident', () => {
    const result = evaluateRight('wal-integration-course', aHousehold().inWallonia().person({ residence: 'residence-permit', arrivalDate: RECENT }).build());
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].birthDate'] });
  });

  it('asks the postal code when the region is not known', () => {
    const result = evaluateRight('wal-integration-course', aHousehold().person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build());
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.postalCode'] });
  });

  it.each([
    ['the German-speaking Community', aHousehold().inGermanSpeakingCommunity()],
    ['Brussels', aHousehold().inBrussels()],
    ['Flanders', aHousehold().inFlanders()],
  ])('is not for %s, which has its own pathway', (_, household) => {
    const result = evaluateRight('wal-integration-course', household.person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('concerns a partner who has just joined a Belgian', () => {
    const profile = aHousehold()
      .inWallonia()
      .belgian()
      .aged(35)
      .withPartner({ age: 28, residence: 'residence-permit', arrivalDate: RECENT })
      .build();
    const result = evaluateRight('wal-integration-course', profile);
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('integrationCourse.walloniaMandatory');
  });

  it('says it is mandatory when it is for the partner, even if the person may only follow it by choice', () => {
    const profile = aHousehold()
      .inWallonia()
      .person({ age: 40, residence: 'residence-permit', arrivalDate: '2015-06-01' })
      .withPartner({ age: 35, residence: 'residence-permit', arrivalDate: RECENT })
      .build();
    expect(reasonKeys(evaluateRight('wal-integration-course', profile))).toContain('integrationCourse.walloniaMandatory');
  });

  it('has no figures before 2024, the first year its sources vouch for', () => {
    const before = evaluateRight('wal-integration-course', newcomer('2022-03-01', 30, '2023-12-31').build(), '2023-12-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(before)).toContain('figure.unknownForDate');
    expect(evaluateRight('wal-integration-course', newcomer('2022-03-01', 30, '2024-01-01').build(), '2024-01-01').status).toBe('eligible');
  });
});
