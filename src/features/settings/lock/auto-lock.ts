// A carnet with a lock locks itself after a few minutes without anyone touching the screen
// (or when the phone comes back to it after that long). Locking reloads the page, so nothing
// decrypted stays in this tab's memory or on the screen.
import { lockCarnet } from '../../../storage';
import { watchIdle } from '../../../ui/idle-watch';

export const AUTO_LOCK_MINUTES = 5;

/** Locks now: the half-typed answer is saved sealed, the key forgotten, the page reloaded. */
export async function lockAndReload(): Promise<void> {
  // Reloaded whatever happens: the page must not stay open with the households on it.
  await lockCarnet().finally(() => window.location.reload());
}

export function startAutoLock(): () => void {
  return watchIdle(AUTO_LOCK_MINUTES * 60_000, () => void lockAndReload());
}
