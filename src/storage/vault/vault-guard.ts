// Inside a write's transaction (which must include `settings`): refuse rows sealed under
// another lock than the device's now — set, changed or removed (in this tab or another) since
// they were sealed. Written anyway, they would be plain under a lock, or sealed with a key
// nobody holds any more.
import { db } from '../db';
import { readSettings } from '../repositories/settings';
import { StorageError } from '../storage-errors';

export async function assertSealedUnder(lockIds: ReadonlyArray<string | undefined>): Promise<void> {
  const current = readSettings((await db.settings.get('device'))?.value).lock?.salt;
  if (lockIds.some((lockId) => lockId !== current)) throw new StorageError('locked');
}
