// Golden households through the engine and through the `rights` command alike: any change in
// any answer for any right shows up here, to be reviewed against the household's comment.
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/domain/profile';
import { CATALOGUE, evaluateRights, type RightResult } from '../../src/domain/rights';
import { runRights } from '../cli/run-rights';
import { goldenHouseholds } from './golden-households';

const households = goldenHouseholds();

/** What a golden file records per right: the status, whether it is received, what to ask first. */
function summary(results: readonly (Pick<RightResult, 'id' | 'status' | 'receiving'> & { after?: readonly string[] })[]) {
  return Object.fromEntries(
    results.map((r) => [
      r.id,
      { status: r.status, ...(r.receiving ? { receiving: true } : {}), ...(r.after && r.after.length > 0 ? { after: r.after } : {}) },
    ]),
  );
}

describe('golden households', () => {
  it('are at least fifteen, each with a comment saying why', () => {
    expect(households.length).toBeGreaterThanOrEqual(15);
    for (const household of households) expect(household.comment.length, household.name).toBeGreaterThan(60);
  });

  it.each(households.map((h) => [h.name, h] as const))('%s: the engine gives the expected answer for every right', (_, household) => {
    const read = readProfile(household.profile);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(household.expected ?? {})).toEqual(CATALOGUE.rights.map((r) => r.id));
    expect(summary(evaluateRights(read.profile, household.asOf, CATALOGUE).results)).toEqual(household.expected);
  });

  it('the rights command gives the same answers, one line per household', () => {
    const byDate = new Map<string, typeof households>();
    for (const household of households) byDate.set(household.asOf, [...(byDate.get(household.asOf) ?? []), household]);
    for (const [asOf, group] of byDate) {
      const run = runRights(['--date', asOf], group.map((h) => JSON.stringify(h.profile)).join('\n'));
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { results: RightResult[] });
      group.forEach((household, index) => expect(summary(lines[index]!.results), household.name).toEqual(household.expected));
    }
  });
});
