// The list of households on this device, as summaries, most recently changed first.
import { db } from '../db';
import { readHouseholdSummary, type HouseholdSummary } from '../household-summary';
import { guard } from '../storage-errors';
import { vaultState } from '../vault/vault-state';

export interface HouseholdSummaries {
  households: HouseholdSummary[];
  /** Ids of rows that cannot be read; they are kept, never shown as valid nor deleted. */
  unreadable: string[];
}

export async function listHouseholdSummaries(): Promise<HouseholdSummaries> {
  // Not orderBy('updatedAt'): a damaged row without that field would be silently left out.
  const rows: unknown[] = await guard(() => db.households.toArray());
  const list: HouseholdSummaries = { households: [], unreadable: [] };
  const vault = vaultState();
  for (const stored of rows) {
    // Under a lock, only the unlocked tab can open a row; a locked one lists nothing.
    const sealed = typeof stored === 'object' && stored !== null && 'sealed' in stored;
    if (sealed && vault.kind !== 'unlocked') continue;
    const raw = sealed && vault.kind === 'unlocked' ? await vault.open(stored) : stored;
    const summary = readHouseholdSummary(raw);
    if (summary) list.households.push(summary);
    else list.unreadable.push(String((raw as { id?: unknown } | null)?.id ?? ''));
  }
  list.households.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return list;
}
