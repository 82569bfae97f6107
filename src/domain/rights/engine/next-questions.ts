// Which answer would settle the most: across every "maybe", the missing facts ranked by how
// many rights their answer would settle, then by how much money those rights are worth.
import type { RightId } from '../catalogue/right-ids';
import type { RightResult } from './evaluate';
import { toMonthly } from './money';

export interface MissingFact {
  /** Profile field (JSON path), e.g. `household.members[0].birthDate`. */
  fact: string;
  rights: RightId[];
  /** Estimated monthly value of those rights, where known. */
  monthly: number;
}

export function rankMissingFacts(results: readonly RightResult[]): MissingFact[] {
  const byFact = new Map<string, MissingFact>();
  for (const result of results) {
    if (result.status !== 'maybe') continue;
    const monthly = result.estimate && result.estimate.per !== 'once' ? toMonthly(result.estimate) : 0;
    for (const fact of result.missing) {
      const entry = byFact.get(fact) ?? { fact, rights: [], monthly: 0 };
      entry.rights.push(result.id);
      entry.monthly += monthly;
      byFact.set(fact, entry);
    }
  }
  return [...byFact.values()].sort(
    (a, b) => b.rights.length - a.rights.length || b.monthly - a.monthly || a.fact.localeCompare(b.fact),
  );
}
