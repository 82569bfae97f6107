import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

describe('allocations aux personnes handicapées (be-disability-allowance)', () => {
  it('is a maybe to confirm for an adult with a recognised disability, as the income test figures are unknown', () => {
    const result = evaluateRight('be-disability-allowance', aHousehold().aged(30).withStatuses('disability-recognised').build());
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(result)).toContain('disability.incomeTestToConfirm');
  });

  it('counts 7 points of lost autonomy as well', () => {
    expect(evaluateRight('be-disability-allowance', aHousehold().aged(50).withStatuses('autonomy-points-7').build()).status).toBe('maybe');
  });

  it('is not for someone without a recognised disability', () => {
    expect(evaluateRight('be-disability-allowance', aHousehold().aged(30).statusesComplete().build()).status).toBe('not-eligible');
  });

  it.each([20, 65])('is not asked at %i', (age) => {
    expect(evaluateRight('be-disability-allowance', aHousehold().aged(age).withStatuses('disability-recognised').build()).status).toBe(
      'not-eligible',
    );
  });

  it('says the household receives it when the profile says so', () => {
    expect(evaluateRight('be-disability-allowance', aHousehold().earning(['disability-allowance', 1100]).build()).receiving).toBe(true);
  });
});
