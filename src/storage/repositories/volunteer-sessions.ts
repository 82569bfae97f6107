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

/** The citizens' households of sessions in progress: id and last change, readable even under a lock. */
export async function sessionHouseholds(): Promise<{ id: string; updatedAt: string }[]> {
  const rows: unknown[] = await guard(() => db.households.toArray());
  // The session mark, the id and the date stay plain under a lock: a session ends even while locked.
  return rows.flatMap((raw) => {
    const { id, updatedAt, session } = (raw ?? {}) as { id?: unknown; updatedAt?: unknown; session?: unknown };
    return typeof id === 'string' && session ? [{ id, updatedAt: typeof updatedAt === 'string' ? updatedAt : '' }] : [];
  });
}

/** Ends every session on this device: the citizens' households are deleted, nothing of them stays. */
export async function endSessions(): Promise<number> {
  const ids = (await sessionHouseholds()).map((household) => household.id);
  for (const id of ids) await deleteHousehold(id);
  const settings = await getSettings();
  if (settings.activeHouseholdId && ids.includes(settings.activeHouseholdId)) await updateSettings({ activeHouseholdId: undefined });
  return ids.length;
}
