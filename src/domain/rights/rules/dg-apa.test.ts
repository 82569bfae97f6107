import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const elderly = (age = 75, asOf?: string) =>
  aHousehold(asOf).inGermanSpeakingCommunity().belgian().aged(age).withStatuses('autonomy-points-7').statusesComplete();

describe('allowance for elderly people needing care, German-speaking Community (dg-apa)', () => {
  it('is granted at 65 with 7 points, whatever the income', () => {
    const result = evaluateRight('dg-apa', elderly().earning(['pension', 4000]).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toContain('apa.noIncomeCondition');
    expect(result.estimate).toBeUndefined();
  });

  it('does not wait for the incomes', () => {
    expect(evaluateRight('dg-apa', elderly().build()).status).toBe('eligible');
  });

  it('starts at 65: not at 64', () => {
    expect(evaluateRight('dg-apa', elderly(65).build()).status).toBe('eligible');
    expect(evaluateRight('dg-apa', elderly(64).build()).status).toBe('not-eligible');
  });

  it('is not given without a recognised loss of autonomy', () => {
    const result = evaluateRight('dg-apa', aHousehold().inGermanSpeakingCommunity().aged(75).statusesComplete().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('apa.assessedOnRequest');
  });

  it('asks about the loss of autonomy when it is not known', () => {
    expect(evaluateRight('dg-apa', aHousehold().inGermanSpeakingCommunity().aged(75).build())).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].statuses'],
    });
  });

  it('is not for the rest of Wallonia', () => {
    const result = evaluateRight('dg-apa', aHousehold().inWallonia().aged(75).withStatuses('autonomy-points-7').build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('has been paid by the German-speaking Community since 2023: no figures before', () => {
    const before = evaluateRight('dg-apa', elderly(75, '2022-12-31').build(), '2022-12-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(before)).toContain('figure.unknownForDate');
    expect(evaluateRight('dg-apa', elderly(75, '2023-01-01').build(), '2023-01-01').status).toBe('eligible');
  });

  it('opens the social energy tariff: ask for it first', () => {
    const profile = elderly().earning(['pension', 2600]).build();
    expect(evaluateRight('be-social-energy-tariff', profile)).toMatchObject({ status: 'eligible', after: ['dg-apa'] });
  });
});
