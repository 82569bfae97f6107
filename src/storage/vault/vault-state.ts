// Whether this device's records are sealed, and the key that opens them while the carnet is
// unlocked. The key lives in this tab's memory only: a reload, a closed tab or the auto-lock
// forgets it. Tiny on purpose: the first screen reads it.
import type { LockKey } from '../../domain/lock/lock';

export type VaultState =
  /** No lock on this device: records are stored as they are. */
  | { kind: 'open' }
  /** A lock is set and this tab does not hold its key: sealed records can be neither read nor written. */
  | { kind: 'locked'; lockId: string }
  /** `open`: a stored record with its sealed fields back in place (vault/sealing.ts), given here
   *  so that the first screen can read sealed households without loading that module itself. */
  | { kind: 'unlocked'; lockId: string; key: LockKey; open: (raw: unknown) => Promise<unknown> };

let state: VaultState = { kind: 'open' };

export function vaultState(): VaultState {
  return state;
}

export function setVaultState(next: VaultState): void {
  state = next;
}

/**
 * True when the lock saved on the device is the one this tab knows (or there is none and this
 * tab holds none). False when another tab set, changed or removed the lock meanwhile.
 */
export function vaultMatches(lockId: string | undefined): boolean {
  return state.kind === 'open' ? lockId === undefined : state.lockId === lockId;
}
