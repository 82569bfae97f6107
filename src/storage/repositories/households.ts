// Household profiles: several per device (a volunteer's tablet). With a lock on the device, a
// household's name, profile and language are sealed (vault/sealing.ts): encrypted before a
// write's transaction starts, decrypted after a read's ends. A change to a stored household is
// read, edited, sealed, and written only if the household did not change meanwhile (else tried
// again), so two quick edits never overwrite each other and a crash mid-save leaves the
// previous version whole.
import { emptyProfile, readProfile, type Profile } from '../../domain/profile';
import { db } from '../db';
import { readHouseholdRow, type HouseholdRead, type HouseholdRow, type StoredHousehold } from '../records';
import { guard, StorageError } from '../storage-errors';
import { LOCKED, openRecord, sealRecord, SEALED_FIELDS, type SealedRow } from '../vault/sealing';
import { writeSealed } from '../vault/vault-guard';
import { writeUnlessChanged } from '../write-unless-changed';
import type { Table } from 'dexie';

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

/** A stored household read back: LOCKED while its fields are sealed and the carnet locked. */
export async function readStoredHousehold(raw: unknown): Promise<HouseholdRead | typeof LOCKED> {
  const opened = await openRecord(raw);
  return opened === LOCKED ? LOCKED : readHouseholdRow(opened);
}

export function sealHousehold(row: HouseholdRow): Promise<SealedRow<StoredHousehold>> {
  return sealRecord(row, SEALED_FIELDS.households);
}

export async function listHouseholds(): Promise<HouseholdList> {
  // Not orderBy('updatedAt'): a damaged row without that field would be silently left out.
  const rows: unknown[] = await guard(() => db.households.toArray());
  const list: HouseholdList = { households: [], unreadable: [] };
  for (const read of await Promise.all(rows.map(readStoredHousehold))) {
    if (read === LOCKED) continue;
    if (read.ok) list.households.push(read.row);
    else list.unreadable.push(read.id);
  }
  list.households.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return list;
}

export async function getHousehold(id: string): Promise<HouseholdRow | undefined> {
  const raw = await guard(() => db.households.get(id));
  if (raw === undefined) return undefined;
  const read = await readStoredHousehold(raw);
  return read !== LOCKED && read.ok ? read.row : undefined;
}

/** Writes new households (sealed under the lock) in one transaction, with what `also` writes if given. */
export async function addHouseholds(rows: HouseholdRow[], also?: { tables: Table[]; write: () => Promise<void> }): Promise<void> {
  const stored = await Promise.all(rows.map(sealHousehold));
  await writeSealed(
    stored.map((sealed) => sealed.lockId),
    [db.households, ...(also?.tables ?? [])],
    async () => {
      await db.households.bulkAdd(stored.map((sealed) => sealed.row));
      await also?.write();
    },
  );
}

export async function createHousehold(name: string, profile: Profile = emptyProfile()): Promise<string> {
  const checked = readProfile(profile);
  if (!checked.ok) throw new StorageError('invalid');
  const at = now();
  const row: HouseholdRow = { id: newId(), name: name.trim(), profile: checked.profile, createdAt: at, updatedAt: at };
  await addHouseholds([row]);
  return row.id;
}

/**
 * Rewrites a household with `change`, plus whatever `also` writes in the same transaction. The
 * household is read and sealed outside the transaction; inside it, the write goes ahead only if
 * the stored row is still the one read, and otherwise the whole change is tried again.
 */
export async function rewriteHousehold(
  id: string,
  change: (row: HouseholdRow) => HouseholdRow,
  also?: { tables: Table[]; write: () => Promise<void> },
): Promise<void> {
  await writeUnlessChanged(async () => {
    const before = await guard(() => db.households.get(id));
    const read = before === undefined ? undefined : await readStoredHousehold(before);
    if (read === LOCKED) throw new StorageError('locked');
    if (!read?.ok) throw new StorageError('not-found');
    const stored = await sealHousehold(change(read.row));
    return writeSealed([stored.lockId], [db.households, ...(also?.tables ?? [])], async () => {
      if (JSON.stringify(await db.households.get(id)) !== JSON.stringify(before)) return false;
      await db.households.put(stored.row);
      await also?.write();
      return true;
    });
  });
}

/** The change of a household's profile by `edit`; a profile it would make invalid is refused. */
export function profileChange(edit: (profile: Profile) => Profile, at = now()): (row: HouseholdRow) => HouseholdRow {
  return (row) => {
    const checked = readProfile(edit(row.profile));
    if (!checked.ok) throw new StorageError('invalid');
    return { ...row, profile: checked.profile, updatedAt: at };
  };
}

/** Replaces the profile after validating it; an invalid profile is refused, the saved one kept. */
export async function saveProfile(id: string, profile: Profile): Promise<void> {
  await rewriteHousehold(id, profileChange(() => profile));
}

/**
 * Applies an edit to the profile as it is stored now: two quick edits from the screen never
 * overwrite each other, and an edit that would make the profile invalid is refused with the
 * saved profile left as it was.
 */
export async function updateProfile(id: string, edit: (profile: Profile) => Profile): Promise<void> {
  await rewriteHousehold(id, profileChange(edit));
}

export async function renameHousehold(id: string, name: string): Promise<void> {
  await rewriteHousehold(id, (row) => ({ ...row, name: name.trim(), updatedAt: now() }));
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
