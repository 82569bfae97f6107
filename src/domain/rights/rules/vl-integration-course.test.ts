import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { once } from '../engine/money';

// On 22/11/2026, someone first registered on 23/11/2023 arrived less than 3 years ago; on 22/11/2023, 3 years ago.
const RECENT = '2025-03-01';
const JUST_UNDER_THREE_YEARS = '2023-11-23';
const EXACTLY_THREE_YEARS = '2023-11-22';

const newcomer = (arrivalDate = RECENT, age = 30, asOf?: string) =>
  aHousehold(asOf).inFlanders().person({ age, residence: 'residence-permit', arrivalDate });

const reasonOf = (result: ReturnType<typeof evaluateRight>, key: string) => result.reasons.find((r) => r.key === key);

describe('inburgeringstraject (vl-integration-course)', () => {
  it('is open to a newcomer with a residence permit, and says it is mandatory for some', () => {
    const result = evaluateRight('vl-integration-course', newcomer().build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toContain('integrationCourse.obligationForSome');
  });

  it('says it costs at most 180 € for the civic orientation and 180 € for Dutch, lessons and test included', () => {
    const result = evaluateRight('vl-integration-course', newcomer().build());
    expect(reasonOf(result, 'integrationCourse.flandersFees')?.values).toEqual({ civics: once(180), dutch: once(180) });
    expect(result.worthAsking).toContain('integrationCourse.feeExemptions');
    expect(result.estimate).toBeUndefined();
  });

  it('has been paid since 1 September 2023; the rule knows no figures before', () => {
    const before = evaluateRight('vl-integration-course', newcomer('2023-01-10', 30, '2023-08-31').build(), '2023-08-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(before)).not.toContain('integrationCourse.flandersFees');
    const from = evaluateRight('vl-integration-course', newcomer('2023-01-10', 30, '2023-09-01').build(), '2023-09-01');
    expect(from.status).toBe('eligible');
    expect(reasonKeys(from)).toContain('integrationCourse.flandersFees');
  });

  it('is a right, not an obligation, for a citizen of the European Union', () => {
    const result = evaluateRight('vl-integration-course', aHousehold().inFlanders().person({ age: 30, residence: 'eu', arrivalDate: RECENT }).build());
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('integrationCourse.rightNotObligation');
    expect(reasonKeys(result)).not.toContain('integrationCourse.obligationForSome');
  });

  it('is open the day before the third anniversary of the arrival, and to confirm with the Agentschap from that day', () => {
    expect(evaluateRight('vl-integration-course', newcomer(JUST_UNDER_THREE_YEARS).build()).status).toBe('eligible');
    const after = evaluateRight('vl-integration-course', newcomer(EXACTLY_THREE_YEARS).build());
    expect(after).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(after)).toContain('integrationCourse.flandersAskIfOpen');
  });

  it.each([
    [64, 'eligible'],
    [65, 'maybe'],
    [18, 'eligible'],
    [17, 'maybe'],
  ] as const)('at %i is %s, since the Flemish age band is not in the research', (age, status) => {
    expect(evaluateRight('vl-integration-course', newcomer(RECENT, age).build()).status).toBe(status);
  });

  it('asks the arrival date when it decides', () => {
    const result = evaluateRight('vl-integration-course', aHousehold().inFlanders().person({ age: 30, residence: 'residence-permit' }).build());
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].arrivalDate'], toConfirm: false });
  });

  it.each(['belgian', 'asylum-seeker', 'undocumented'] as const)('is not for someone whose situation is %s', (residence) => {
    const result = evaluateRight('vl-integration-course', aHousehold().inFlanders().person({ age: 30, residence, arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonOf(result, 'integrationCourse.residenceExcluded')?.values).toEqual({ residence });
  });

  it('concerns a partner who has just arrived', () => {
    const profile = aHousehold().inFlanders().belgian().aged(35).withPartner({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build();
    expect(reasonKeys(evaluateRight('vl-integration-course', profile))).toContain('integrationCourse.obligationForSome');
  });

  it('is not for Brussels, which has its own course', () => {
    const result = evaluateRight('vl-integration-course', aHousehold().inBrussels().person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
  });

  it('asks the residence situation, the birth date and the arrival date together', () => {
    expect(evaluateRight('vl-integration-course', aHousehold().inFlanders().build())).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].residence', 'household.members[0].birthDate', 'household.members[0].arrivalDate'],
    });
  });

  it('asks the postal code when the region is not known', () => {
    expect(evaluateRight('vl-integration-course', aHousehold().person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build())).toMatchObject({
      status: 'maybe',
      missing: ['household.postalCode'],
    });
  });
});
