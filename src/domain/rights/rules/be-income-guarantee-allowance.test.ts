import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import type { Income } from '../../profile';

const job = (monthly: number, workFraction?: number, basis: 'gross' | 'net' = 'gross'): Income => ({
  kind: 'employment',
  monthly,
  basis,
  ...(workFraction !== undefined ? { workFraction } : {}),
});
const jobseeker = (on?: string) => aHousehold(on).inBrussels().belgian().aged(35).withStatuses('jobseeker').statusesComplete();
const partTimer = (monthly: number, workFraction = 0.5, basis: 'gross' | 'net' = 'gross', on?: string) =>
  jobseeker(on).person({ incomes: [job(monthly, workFraction, basis)] });

describe('allocation de garantie de revenus (be-income-guarantee-allowance)', () => {
  it('is for a jobseeker working part time for a gross wage under the limit', () => {
    const result = evaluateRight('be-income-guarantee-allowance', partTimer(1500).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['agr.partTime', 'agr.wageBelow', 'status.jobseeker']));
  });

  it('allows a schedule up to 4/5 of a full-time one, not more', () => {
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(1500, 0.8).build()).status).toBe('eligible');
    const result = evaluateRight('be-income-guarantee-allowance', partTimer(1500, 0.81).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('agr.notPartTime');
  });

  it('adds up the schedules of several part-time jobs', () => {
    const profile = jobseeker().person({ incomes: [job(800, 0.5), job(800, 0.5)] }).build();
    expect(evaluateRight('be-income-guarantee-allowance', profile).status).toBe('not-eligible');
  });

  it('needs a gross monthly wage strictly below 2 029,88 €', () => {
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(2028.88).build()).status).toBe('eligible');
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(2029.87).build()).status).toBe('eligible');
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(2029.88).build()).status).toBe('not-eligible');
    const above = evaluateRight('be-income-guarantee-allowance', partTimer(2030.88).build());
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('agr.wageNotBelow');
  });

  it('estimates the gross from a net wage, and asks for the gross when the estimate is close', () => {
    expect(reasonKeys(evaluateRight('be-income-guarantee-allowance', partTimer(800, 0.5, 'net').build()))).toContain('agr.wageEstimateBelow');
    const close = evaluateRight('be-income-guarantee-allowance', partTimer(1500, 0.5, 'net').build());
    expect(close).toMatchObject({ status: 'maybe', missing: ['household.members[0].incomes'] });
    expect(reasonKeys(close)).toContain('agr.grossWageNeeded');
    // A gross wage is never below the net one: 2 300 € net is far above the limit.
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(2300, 0.5, 'net').build()).status).toBe('not-eligible');
  });

  it('is not for someone who is not registered as a jobseeker, and asks when it is not known', () => {
    const notRegistered = aHousehold().belgian().aged(35).statusesComplete().person({ incomes: [job(1500, 0.5)] }).build();
    expect(evaluateRight('be-income-guarantee-allowance', notRegistered).status).toBe('not-eligible');
    const unknown = aHousehold().belgian().aged(35).person({ incomes: [job(1500, 0.5)] }).build();
    expect(evaluateRight('be-income-guarantee-allowance', unknown)).toMatchObject({ status: 'maybe', missing: ['household.members[0].statuses'] });
  });

  it('asks the share of a full-time schedule when it is not given', () => {
    const profile = jobseeker().person({ incomes: [{ kind: 'unemployment', monthly: 400 }, job(1500)] }).build();
    expect(evaluateRight('be-income-guarantee-allowance', profile)).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].incomes[1].workFraction'],
    });
  });

  it('is not for someone without a job, and asks for the incomes when they are not known', () => {
    const result = evaluateRight('be-income-guarantee-allowance', jobseeker().earning(['unemployment', 1200]).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('agr.noJob');
    const unknown = evaluateRight('be-income-guarantee-allowance', jobseeker().build());
    expect(unknown).toMatchObject({ status: 'maybe', missing: ['household.members[0].incomes'] });
    expect(reasonKeys(unknown)).not.toContain('agr.wageBelow');
  });

  it('says once why neither partner qualifies', () => {
    const profile = jobseeker().earning().withPartner({ age: 35, statuses: [], statusesComplete: true, incomes: [] }).build();
    expect(reasonKeys(evaluateRight('be-income-guarantee-allowance', profile))).toEqual(['agr.noJob']);
  });

  it('is for a partner who works part time', () => {
    const profile = jobseeker()
      .earning()
      .withPartner({ age: 35, statuses: ['jobseeker'], statusesComplete: true, incomes: [job(1200, 0.5)] })
      .build();
    expect(evaluateRight('be-income-guarantee-allowance', profile).status).toBe('eligible');
  });

  it('says it may already be paid with the unemployment benefits', () => {
    const profile = jobseeker().person({ incomes: [job(1200, 0.5), { kind: 'unemployment', monthly: 500 }] }).build();
    expect(reasonKeys(evaluateRight('be-income-guarantee-allowance', profile))).toContain('agr.maybeAlreadyPaid');
  });

  it('uses the limit from 1 April 2024, and asks to confirm before', () => {
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(1500, 0.5, 'gross', '2024-04-01').build(), '2024-04-01').status).toBe('eligible');
    expect(evaluateRight('be-income-guarantee-allowance', partTimer(1500, 0.5, 'gross', '2024-03-31').build(), '2024-03-31')).toMatchObject({
      status: 'maybe',
      toConfirm: true,
    });
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('be-income-guarantee-allowance', aHousehold().build()).worthAsking).toEqual([
      'agr.askedFullTime',
      'agr.partTimeStatus',
      'agr.stayAvailable',
    ]);
  });
});
