// Creating a new, empty household: only its "self" member, nothing else known. The writer
// (with the validator and the sealing) is loaded when it is used, so the home screen stays light.
import type { HouseholdRow } from '../records';

/** `language`: the one chosen while creating it, so the app speaks it whenever this household is opened. */
export async function createEmptyHousehold(name: string, language?: string): Promise<string> {
  const at = new Date().toISOString();
  const row: HouseholdRow = {
    id: crypto.randomUUID(),
    name: name.trim(),
    profile: { format: 'carnet-profile', version: 1, household: { members: [{ id: 'm1', relation: 'self' }] } },
    createdAt: at,
    updatedAt: at,
    ...(language ? { language } : {}),
  };
  const { addHouseholds } = await import('./households');
  await addHouseholds([row]);
  return row.id;
}
