import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { bruApa } from './bru-apa';

const elderly = (age = 75, asOf?: string) =>
  aHousehold(asOf).inBrussels().belgian().aged(age).withStatuses('autonomy-points-7').statusesComplete().earning(['pension', 1400]);

describe('allocation pour l’aide aux personnes âgées, Brussels (bru-apa)', () => {
  it('is to confirm with Iriscare at 65 with 7 points, since the income limits are not known', () => {
    const result = evaluateRight('bru-apa', elderly().build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [], automatic: false });
    expect(reasonKeys(result)).toContain('apa.incomeToConfirm');
    expect(result.estimate).toBeUndefined();
  });

  it('gives Iriscare’s free number and website', () => {
    expect(bruApa.claim).toMatchObject({ phone: '0800 35 499', website: 'https://myiriscare.brussels' });
  });

  it('starts at 65: not at 64', () => {
    expect(evaluateRight('bru-apa', elderly(65).build()).status).toBe('maybe');
    expect(evaluateRight('bru-apa', elderly(64).build()).status).toBe('not-eligible');
  });

  it('is not given without a recognised loss of autonomy', () => {
    const result = evaluateRight('bru-apa', aHousehold().inBrussels().aged(75).statusesComplete().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('apa.assessedOnRequest');
  });

  it('concerns a partner who has lost autonomy', () => {
    const profile = aHousehold().inBrussels().aged(70).statusesComplete().withPartner({ age: 72, statuses: ['autonomy-points-7'] }).build();
    expect(evaluateRight('bru-apa', profile)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('is not for Wallonia', () => {
    expect(evaluateRight('bru-apa', aHousehold().inWallonia().aged(75).withStatuses('autonomy-points-7').build()).status).toBe('not-eligible');
  });

  it('is regional since 2021: no figures before', () => {
    expect(evaluateRight('bru-apa', elderly(75, '2020-12-31').build(), '2020-12-31')).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(evaluateRight('bru-apa', elderly(75, '2021-01-01').build(), '2021-01-01'))).toContain('apa.incomeToConfirm');
  });
});
