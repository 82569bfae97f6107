// The PIN or passphrase lock of this device: setting, changing and removing it (each re-seals
// every household in one transaction), unlocking with the growing wait after wrong tries, and
// locking again.
import { createLock, retryDelayMs, unlock, type LockKey, type LockRecord } from '../../domain/lock/lock';
import { db } from '../db';
import { guard, StorageError } from '../storage-errors';
import { flushUnsavedEdits } from '../unsaved-edits';
import { isSealed, openFields, SEALED_FIELDS, sealWith, unlockedWith } from '../vault/sealing';
import { writeSealed } from '../vault/vault-guard';
import { writeUnlessChanged } from '../write-unless-changed';
import { setVaultState, vaultState, type VaultState } from '../vault/vault-state';
import { getSettings, readSettings, updateSettings } from './settings';

export type UnlockResult =
  | { ok: true }
  /** Wrong PIN; `waitMs` before the next try is accepted (0: try again now). */
  | { ok: false; reason: 'wrong'; waitMs: number }
  /** Tried before the wait after the last wrong try was over: the PIN was not even checked. */
  | { ok: false; reason: 'wait'; waitMs: number };

/**
 * How long before the next try is accepted, from the tries recorded on the device. Never more
 * than the delay itself: a clock set back later must not turn a wait into months.
 */
export function waitBeforeNextTry(failures: { count: number; lastAt: number } | undefined, now = Date.now()): number {
  if (!failures) return 0;
  const delay = retryDelayMs(failures.count);
  return Math.min(delay, Math.max(0, failures.lastAt + delay - now));
}

type Attempt = { wait: number } | { lock: LockRecord; count: number } | { lock: undefined };

/**
 * Checks the wait and counts the try in one transaction, before the (slow) key derivation:
 * tries from several tabs at once are each counted, none gets past the wait.
 */
function startAttempt(): Promise<Attempt> {
  return guard(() =>
    db.transaction('rw', db.settings, async (): Promise<Attempt> => {
      const settings = readSettings((await db.settings.get('device'))?.value);
      if (!settings.lock) return { lock: undefined };
      const wait = waitBeforeNextTry(settings.lockFailures);
      if (wait > 0) return { wait };
      const count = (settings.lockFailures?.count ?? 0) + 1;
      await db.settings.put({ key: 'device', value: { ...settings, lockFailures: { count, lastAt: Date.now() } } });
      return { lock: settings.lock, count };
    }),
  );
}

export async function unlockCarnet(secret: string): Promise<UnlockResult> {
  const attempt = await startAttempt();
  if ('wait' in attempt) return { ok: false, reason: 'wait', waitMs: attempt.wait };
  if (!attempt.lock) return { ok: true };
  const key = await unlock(attempt.lock, secret);
  if (!key) return { ok: false, reason: 'wrong', waitMs: retryDelayMs(attempt.count) };
  setVaultState(unlockedWith(attempt.lock.salt, key));
  // The right PIN opens even if the count cannot be cleared now (a full disk): it is next time.
  await updateSettings({ lockFailures: undefined }).catch(() => undefined);
  return { ok: true };
}

/** Forgets the key: every sealed record stays sealed until the PIN is given again. */
export async function lockCarnet(): Promise<void> {
  const state = vaultState();
  try {
    // A half-typed answer is saved (sealed) while the key is still here…
    await flushUnsavedEdits();
  } finally {
    // …but the key is forgotten even if that save fails: a lock never fails open.
    if (state.kind === 'unlocked') setVaultState({ kind: 'locked', lockId: state.lockId });
  }
}

const SEALED_TABLES = Object.keys(SEALED_FIELDS) as (keyof typeof SEALED_FIELDS)[];

/**
 * Re-seals every sealed table from the current key to `next` (none: stored plain) and saves
 * `next`'s lock record, in one transaction: either everything is under the new lock or nothing
 * changed. Records are sealed before the transaction, which goes ahead only if none changed
 * meanwhile (else it is all done again).
 */
async function reseal(next: { key: LockKey; record: LockRecord } | undefined): Promise<void> {
  const state = vaultState();
  if (state.kind === 'locked') throw new StorageError('locked');
  const from = state.kind === 'unlocked' ? state.key : undefined;
  const tables = SEALED_TABLES.map((name) => db.table(name));
  const after: VaultState = next ? unlockedWith(next.record.salt, next.key) : { kind: 'open' };
  await writeUnlessChanged(async () => {
    const before = await guard(() => Promise.all(tables.map((table) => table.toArray())));
    const resealed = await Promise.all(
      before.map((rows, index) =>
        Promise.all(
          rows.map(async (raw: object) => {
            const fields = SEALED_FIELDS[SEALED_TABLES[index]!];
            if (!isSealed(raw)) return sealWith(next?.key, raw, fields);
            const secret = from ? await openFields(from, raw.sealed) : undefined;
            // A record that does not open (damaged) is kept as it is, never dropped.
            if (!secret) return raw;
            const { sealed: _sealed, ...kept } = raw;
            return sealWith(next?.key, { ...kept, ...secret }, fields);
          }),
        ),
      ),
    );
    return writeSealed([state.kind === 'unlocked' ? state.lockId : undefined], tables, async () => {
      const now = await Promise.all(tables.map((table) => table.toArray()));
      if (JSON.stringify(now) !== JSON.stringify(before)) return false;
      for (const [index, table] of tables.entries()) await table.bulkPut(resealed[index]!);
      const settings = readSettings((await db.settings.get('device'))?.value);
      const { lock: _lock, lockFailures: _failures, ...rest } = settings;
      await db.settings.put({ key: 'device', value: next ? { ...rest, lock: next.record } : rest });
      // Before the commit, so that this tab's screens, woken by it, already see the new lock.
      setVaultState(after);
      return true;
    }).catch((error: unknown) => {
      setVaultState(state);
      throw error;
    });
  });
}

/** Puts a lock on a carnet that has none; the carnet stays unlocked in this tab. */
export async function setLock(secret: string): Promise<void> {
  if ((await getSettings()).lock) throw new StorageError('locked');
  await reseal(await createLock(secret));
}

/** True when `secret` opens the lock in place (no lock: nothing to check). */
async function isCurrentSecret(secret: string): Promise<boolean> {
  const { lock } = await getSettings();
  return !lock || (await unlock(lock, secret)) !== undefined;
}

/** false when `current` is not the PIN in place: nothing changed. */
export async function changeLock(current: string, next: string): Promise<boolean> {
  if (!(await isCurrentSecret(current))) return false;
  await reseal(await createLock(next));
  return true;
}

/** false when `current` is not the PIN in place: nothing changed. */
export async function removeLock(current: string): Promise<boolean> {
  if (!(await isCurrentSecret(current))) return false;
  await reseal(undefined);
  return true;
}
