// Inside a write's transaction (which must include `settings`): refuse rows sealed under
// another lock than the device's now — set, changed or removed (in this tab or another) since
// they were sealed. Written anyway, they would be plain under a lock, or sealed with a key
// nobody holds any more.
import type { Table } from 'dexie';
import { db } from '../db';
import { readSettings } from '../repositories/settings';
import { guard, StorageError } from '../storage-errors';

export async function assertSealedUnder(lockIds: ReadonlyArray<string | undefined>): Promise<void> {
  const current = readSettings((await db.settings.get('device'))?.value).lock?.salt;
  if (lockIds.some((lockId) => lockId !== current)) throw new StorageError('locked');
}

/**
 * Every write of sealed rows: one transaction over `tables` and `settings` that first checks
 * the rows were sealed under the device's lock now (their `lockIds`), then runs `write`.
 */
export function writeSealed<T>(lockIds: ReadonlyArray<string | undefined>, tables: readonly Table[], write: () => Promise<T>): Promise<T> {
  return guard(() =>
    db.transaction('rw', [...new Set([...tables, db.settings])], async () => {
      await assertSealedUnder(lockIds);
      return write();
    }),
  );
}
