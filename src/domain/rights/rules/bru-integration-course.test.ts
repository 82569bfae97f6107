import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

// On 22/11/2026, someone first registered on 23/11/2023 arrived less than 3 years ago; on 22/11/2023, 3 years ago.
const RECENT = '2025-03-01';
const JUST_UNDER_THREE_YEARS = '2023-11-23';
const EXACTLY_THREE_YEARS = '2023-11-22';

const newcomer = (arrivalDate = RECENT, age = 30, asOf?: string) =>
  aHousehold(asOf).inBrussels().person({ age, residence: 'residence-permit', arrivalDate });

const reasonOf = (result: ReturnType<typeof evaluateRight>, key: string) => result.reasons.find((r) => r.key === key);

describe('parcours d’accueil pour primo-arrivants (bru-integration-course)', () => {
  it('is mandatory for a newcomer: 6 months to register, 18 to complete', () => {
    const result = evaluateRight('bru-integration-course', newcomer().build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonOf(result, 'integrationCourse.brusselsMandatory')?.values).toEqual({ register: 6, complete: 18 });
  });

  it('does not say it is free, which the research could not confirm for Brussels', () => {
    const result = evaluateRight('bru-integration-course', newcomer().build());
    expect(reasonKeys(result)).toContain('integrationCourse.brusselsCostToConfirm');
    expect(reasonKeys(result)).not.toContain('integrationCourse.free');
    expect(result.worthAsking).toContain('integrationCourse.brusselsCost');
  });

  it('is mandatory the day before the third anniversary of the arrival, and open by choice from that day', () => {
    expect(reasonKeys(evaluateRight('bru-integration-course', newcomer(JUST_UNDER_THREE_YEARS).build()))).toContain(
      'integrationCourse.brusselsMandatory',
    );
    const after = evaluateRight('bru-integration-course', newcomer(EXACTLY_THREE_YEARS).build());
    expect(after.status).toBe('eligible');
    expect(reasonKeys(after)).toEqual(expect.arrayContaining(['integrationCourse.arrivedLongAgo', 'integrationCourse.voluntary']));
  });

  it('is mandatory at 64 and open by choice at 65', () => {
    expect(reasonKeys(evaluateRight('bru-integration-course', newcomer(RECENT, 64).build()))).toContain('integrationCourse.brusselsMandatory');
    expect(reasonKeys(evaluateRight('bru-integration-course', newcomer(RECENT, 65).build()))).toContain('integrationCourse.voluntary');
  });

  it('is mandatory at 18 and not for a newcomer of 17', () => {
    expect(reasonKeys(evaluateRight('bru-integration-course', newcomer(RECENT, 18).build()))).toContain('integrationCourse.brusselsMandatory');
    expect(evaluateRight('bru-integration-course', newcomer(RECENT, 17).build()).status).toBe('not-eligible');
  });

  it('asks a citizen of the European Union to check whether it is mandatory', () => {
    const result = evaluateRight('bru-integration-course', aHousehold().inBrussels().person({ age: 30, residence: 'eu', arrivalDate: RECENT }).build());
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('integrationCourse.askIfMandatory');
    expect(reasonKeys(result)).not.toContain('integrationCourse.brusselsMandatory');
  });

  it('says when it is mandatory if the arrival date is not known', () => {
    const result = evaluateRight('bru-integration-course', aHousehold().inBrussels().person({ age: 30, residence: 'residence-permit' }).build());
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('integrationCourse.mandatoryIfNewcomer');
  });

  it('has been mandatory since 1 June 2022; the rule knows no figures before', () => {
    const before = evaluateRight('bru-integration-course', newcomer('2022-01-10', 30, '2022-05-31').build(), '2022-05-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(before)).toContain('figure.unknownForDate');
    const from = evaluateRight('bru-integration-course', newcomer('2022-01-10', 30, '2022-06-01').build(), '2022-06-01');
    expect(from.status).toBe('eligible');
    expect(reasonKeys(from)).toContain('integrationCourse.brusselsMandatory');
  });

  it.each(['belgian', 'asylum-seeker', 'undocumented'] as const)('is not for someone whose situation is %s', (residence) => {
    const result = evaluateRight('bru-integration-course', aHousehold().inBrussels().person({ age: 30, residence, arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonOf(result, 'integrationCourse.residenceExcluded')?.values).toEqual({ residence });
  });

  it('concerns a partner who has just arrived', () => {
    const profile = aHousehold().inBrussels().belgian().aged(35).withPartner({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build();
    expect(reasonKeys(evaluateRight('bru-integration-course', profile))).toContain('integrationCourse.brusselsMandatory');
  });

  it('asks the residence situation, and the postal code when the region is not known', () => {
    expect(evaluateRight('bru-integration-course', aHousehold().inBrussels().aged(30).build())).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].residence'],
    });
    expect(evaluateRight('bru-integration-course', aHousehold().person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build())).toMatchObject({
      status: 'maybe',
      missing: ['household.postalCode'],
    });
  });

  it('is not for Wallonia', () => {
    const result = evaluateRight('bru-integration-course', aHousehold().inWallonia().person({ age: 30, residence: 'residence-permit', arrivalDate: RECENT }).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });
});
