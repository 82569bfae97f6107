import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { perMonth } from '../engine/money';

const elderly = (age = 75, asOf?: string) =>
  aHousehold(asOf).inFlanders().belgian().aged(age).withStatuses('autonomy-points-7').statusesComplete().earning(['pension', 1400]);

describe('zorgbudget voor ouderen met een zorgnood (vl-care-budget-elderly)', () => {
  it('is to confirm with the zorgkas at 65 with 7 points, since the income limits are not known', () => {
    const result = evaluateRight('vl-care-budget-elderly', elderly().build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [], automatic: false });
    expect(reasonKeys(result)).toContain('apa.incomeToConfirm');
  });

  it('quotes both maximums the sources give for 2020, and estimates no amount', () => {
    const result = evaluateRight('vl-care-budget-elderly', elderly().build());
    expect(result.reasons.find((r) => r.key === 'apa.flandersMaximum')?.values).toEqual({ max: perMonth(594), other: perMonth(583), year: 2020 });
    expect(result.estimate).toBeUndefined();
  });

  it('does not quote an amount to someone who cannot have it', () => {
    const result = evaluateRight('vl-care-budget-elderly', elderly(64).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).not.toContain('apa.flandersMaximum');
  });

  it('starts at 65', () => {
    expect(evaluateRight('vl-care-budget-elderly', elderly(65).build()).status).toBe('maybe');
  });

  it('is not given without a recognised loss of autonomy', () => {
    const result = evaluateRight('vl-care-budget-elderly', aHousehold().inFlanders().aged(75).statusesComplete().build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('apa.assessedOnRequest');
  });

  it('is not for Brussels', () => {
    expect(evaluateRight('vl-care-budget-elderly', aHousehold().inBrussels().aged(75).withStatuses('autonomy-points-7').build()).status).toBe('not-eligible');
  });

  it('is regional since 2021: no figures before', () => {
    const before = evaluateRight('vl-care-budget-elderly', elderly(75, '2020-12-31').build(), '2020-12-31');
    expect(before).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(before)).toContain('figure.unknownForDate');
    expect(evaluateRight('vl-care-budget-elderly', elderly(75, '2021-01-01').build(), '2021-01-01')).toMatchObject({ status: 'maybe', toConfirm: true });
  });
});
