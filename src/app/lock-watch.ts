// While a lock is on: the auto-lock runs. When another tab sets, changes or removes the lock,
// this tab reloads, so it neither shows households it may no longer open nor writes with a
// stale key (the storage refuses such writes anyway).
import { useEffect } from 'react';
import { useSettings, vaultMatches } from '../storage/shell';

export function useLockWatch(): void {
  const settings = useSettings();
  const lockId = settings?.lock?.salt;
  useEffect(() => {
    if (!settings) return undefined;
    if (!vaultMatches(lockId)) {
      window.location.reload();
      return undefined;
    }
    if (!lockId) return undefined;
    let stop: (() => void) | undefined;
    let ended = false;
    void import('../features/settings/lock/auto-lock').then(({ startAutoLock }) => {
      if (!ended) stop = startAutoLock();
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [settings, lockId]);
}
