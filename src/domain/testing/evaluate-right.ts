// Evaluates one right of the catalogue for a profile, for the tables of cases beside each rule.
import { CATALOGUE } from '../rights/catalogue/catalogue';
import type { RightId } from '../rights/catalogue/right-ids';
import { evaluateRights, type RightResult } from '../rights/engine/evaluate';
import type { Profile } from '../profile';
import { TODAY } from './household-builder';

export function evaluateRight(id: RightId, profile: Profile, asOf: string = TODAY): RightResult {
  const result = evaluateRights(profile, asOf, CATALOGUE).results.find((r) => r.id === id);
  if (!result) throw new Error(`${id} is not in the catalogue`);
  return result;
}

/** The reason keys of a result, to assert why without depending on every value. */
export function reasonKeys(result: RightResult): string[] {
  return result.reasons.map((r) => r.key);
}
