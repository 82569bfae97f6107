// Inside a write transaction (which must include `settings`): refuse to write when another tab
// set, changed or removed the lock since this tab read it — a record sealed with a stale key,
// or left plain under a new lock, would be lost or exposed.
import { db } from '../db';
import { readSettings } from '../repositories/settings';
import { StorageError } from '../storage-errors';
import { vaultMatches } from './vault-state';

export async function assertVaultCurrent(): Promise<void> {
  const row = await db.settings.get('device');
  if (!vaultMatches(readSettings(row?.value).lock?.salt)) throw new StorageError('locked');
}
