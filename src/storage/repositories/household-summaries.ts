// The list of households on this device, as summaries, most recently changed first.
import { db } from '../db';
import { readHouseholdSummary, type HouseholdSummary } from '../household-summary';
import { guard } from '../storage-errors';

function isSealed(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'sealed' in raw;
}

export interface HouseholdSummaries {
  households: HouseholdSummary[];
  /** Ids of rows that cannot be read; they are kept, never shown as valid nor deleted. */
  unreadable: string[];
}

export async function listHouseholdSummaries(): Promise<HouseholdSummaries> {
  // Not orderBy('updatedAt'): a damaged row without that field would be silently left out.
  const rows: unknown[] = await guard(() => db.households.toArray());
  const list: HouseholdSummaries = { households: [], unreadable: [] };
  for (const stored of rows) {
    // Sealed rows (a lock on the device) are opened by code loaded only then: most devices have no lock.
    const raw = isSealed(stored) ? await Promise.resolve(import('../vault/sealing').then((vault) => vault.openRecord(stored))) : stored;
    if (raw === 'locked') continue;
    const summary = readHouseholdSummary(raw);
    if (summary) list.households.push(summary);
    else list.unreadable.push(String((raw as { id?: unknown } | null)?.id ?? ''));
  }
  list.households.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return list;
}
