// A volunteer's session with a citizen on an office's device. The citizen's household lives
// only for the session: when it ends, or after minutes without activity, it is deleted with
// everything that belongs to it. The office's help points and settings stay.
import type { Profile } from '../../domain/profile';
import { db } from '../db';
import type { HouseholdRow } from '../records';
import { guard } from '../storage-errors';
import { addHouseholds, deleteHousehold } from './households';
import { getSettings, updateSettings } from './settings';

export async function startSession(profile: Profile, name: string): Promise<string> {
  const at = new Date().toISOString();
  const row: HouseholdRow = { id: crypto.randomUUID(), name, profile, session: { startedAt: at }, createdAt: at, updatedAt: at };
  await addHouseholds([row]);
  await updateSettings({ activeHouseholdId: row.id });
  return row.id;
}

export async function sessionHouseholdIds(): Promise<string[]> {
  const rows: unknown[] = await guard(() => db.households.toArray());
  // The session mark and the id stay readable under a lock: a session ends even while locked.
  return rows.flatMap((raw) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' && (raw as { session?: unknown }).session ? [id] : [];
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
