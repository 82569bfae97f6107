// A volunteer's session with a citizen on an office's device. The citizen's household lives
// only for the session: when it ends, or after minutes without activity, it is deleted with
// everything that belongs to it. The office's help points and settings stay.
import type { Profile } from '../../domain/profile';
import { db } from '../db';
import { readHouseholdRow, type HouseholdRow } from '../records';
import { guard } from '../storage-errors';
import { deleteHousehold } from './households';
import { getSettings, updateSettings } from './settings';

export async function startSession(profile: Profile, name: string): Promise<string> {
  const at = new Date().toISOString();
  const row: HouseholdRow = { id: crypto.randomUUID(), name, profile, session: { startedAt: at }, createdAt: at, updatedAt: at };
  await guard(() => db.households.add(row));
  await updateSettings({ activeHouseholdId: row.id });
  return row.id;
}

export async function sessionHouseholdIds(): Promise<string[]> {
  const rows: unknown[] = await guard(() => db.households.toArray());
  return rows.flatMap((raw) => {
    const read = readHouseholdRow(raw);
    // A session row that cannot be read is still the citizen's: its id is enough to delete it.
    if (!read.ok) return (raw as { session?: unknown })?.session ? [read.id] : [];
    return read.row.session ? [read.row.id] : [];
  });
}

/** Ends every session on this device: the citizens' households are deleted, nothing of them stays. */
export async function endSessions(): Promise<number> {
  const ids = await sessionHouseholdIds();
  for (const id of ids) await deleteHousehold(id);
  const settings = await getSettings();
  if (settings.activeHouseholdId && ids.includes(settings.activeHouseholdId)) await updateSettings({ activeHouseholdId: undefined });
  return ids.length;
}
