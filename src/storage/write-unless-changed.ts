// Web Crypto cannot run inside an IndexedDB transaction (it would commit halfway), so a write
// that seals is prepared outside one: read, change, seal. The transaction then writes only if
// what was read is still there — else the whole attempt runs again.
import { StorageError } from './storage-errors';

const ATTEMPTS = 5;

/** Runs `attempt` until it writes (returns true); a store that keeps changing is "busy". */
export async function writeUnlessChanged(attempt: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < ATTEMPTS; tries += 1) if (await attempt()) return;
  throw new StorageError('busy');
}
