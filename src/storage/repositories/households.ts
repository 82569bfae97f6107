// Household profiles: several per device (a volunteer's tablet), each written whole in one
// transaction so that a crash mid-save leaves the previous version intact.
import { emptyProfile, readProfile, type Profile } from '../../domain/profile';
import { db } from '../db';
import { readHouseholdRow, type HouseholdRow } from '../records';
import { guard, StorageError } from '../storage-errors';

export interface HouseholdList {
  households: HouseholdRow[];
  /** Rows that could not be read back; they are kept, never shown as valid nor deleted. */
  unreadable: string[];
}

function now(): string {
  return new Date().toISOString();
}

function newId(): string {
  return crypto.randomUUID();
}

export async function listHouseholds(): Promise<HouseholdList> {
  // Not orderBy('updatedAt'): a damaged row without that field would be silently left out.
  const rows: unknown[] = await guard(() => db.households.toArray());
  const list: HouseholdList = { households: [], unreadable: [] };
  for (const raw of rows) {
    const read = readHouseholdRow(raw);
    if (read.ok) list.households.push(read.row);
    else list.unreadable.push(read.id);
  }
  list.households.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return list;
}

export async function getHousehold(id: string): Promise<HouseholdRow | undefined> {
  const raw = await guard(() => db.households.get(id));
  if (raw === undefined) return undefined;
  const read = readHouseholdRow(raw);
  return read.ok ? read.row : undefined;
}

export async function createHousehold(name: string, profile: Profile = emptyProfile()): Promise<string> {
  const checked = readProfile(profile);
  if (!checked.ok) throw new StorageError('invalid');
  const at = now();
  const row: HouseholdRow = { id: newId(), name: name.trim(), profile: checked.profile, createdAt: at, updatedAt: at };
  await guard(() => db.households.add(row));
  return row.id;
}

/** Replaces the profile after validating it; an invalid profile is refused, the saved one kept. */
export async function saveProfile(id: string, profile: Profile): Promise<void> {
  const checked = readProfile(profile);
  if (!checked.ok) throw new StorageError('invalid');
  await guard(() =>
    db.transaction('rw', db.households, async () => {
      const changed = await db.households.update(id, { profile: checked.profile, updatedAt: now() });
      if (changed === 0) throw new StorageError('not-found');
    }),
  );
}

/**
 * Applies an edit to the profile as it is stored now, in one transaction: two quick edits
 * from the screen never overwrite each other, and an edit that would make the profile
 * invalid is refused with the saved profile left as it was.
 */
export async function updateProfile(id: string, edit: (profile: Profile) => Profile): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.households, async () => {
      const stored = await db.households.get(id);
      const read = stored === undefined ? undefined : readHouseholdRow(stored);
      if (!read?.ok) throw new StorageError('not-found');
      const checked = readProfile(edit(read.row.profile));
      if (!checked.ok) throw new StorageError('invalid');
      await db.households.update(id, { profile: checked.profile, updatedAt: now() });
    }),
  );
}

export async function renameHousehold(id: string, name: string): Promise<void> {
  await guard(async () => {
    const changed = await db.households.update(id, { name: name.trim(), updatedAt: now() });
    if (changed === 0) throw new StorageError('not-found');
  });
}

/** Removes a household and everything that belongs to it, all or nothing. */
export async function deleteHousehold(id: string): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.households, db.answers, db.claims, db.notices, db.shareLog, db.drafts, db.snapshots], async () => {
      await db.households.delete(id);
      await db.answers.where('householdId').equals(id).delete();
      await db.claims.where('householdId').equals(id).delete();
      await db.notices.where('householdId').equals(id).delete();
      await db.shareLog.where('householdId').equals(id).delete();
      await db.drafts.where('key').startsWith(`${id}:`).delete();
      await db.snapshots.delete(id);
    }),
  );
}
