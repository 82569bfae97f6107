// Sealing the personal fields of a record: with a lock on the device, the fields that say who
// a person is and how they live are stored as one AES-GCM sealed value, and only ids and dates
// stay readable (IndexedDB needs them as keys). Encryption runs before a transaction starts and
// decryption after it ends: Web Crypto is asynchronous, and awaiting it inside an IndexedDB
// transaction would let the transaction commit halfway.
import { openJson, sealJson, type LockKey, type Sealed } from '../../domain/lock/lock';
import { StorageError } from '../storage-errors';
import { vaultState, type VaultState } from './vault-state';

/** What `openRecord` gives for a sealed record while the carnet is locked. */
export const LOCKED = 'locked';

export function isSealed(raw: unknown): raw is { sealed: Sealed } {
  const sealed = (raw as { sealed?: { iv?: unknown; data?: unknown } } | null)?.sealed;
  return typeof sealed?.iv === 'string' && typeof sealed.data === 'string';
}

/**
 * A row ready to write, and the lock it was sealed under (undefined: none, stored plain). The
 * write's transaction checks that this is still the device's lock (vault-guard.ts): if the lock
 * was set or changed meanwhile, the row is refused rather than stored plain or under a lost key.
 */
export interface SealedRow<T> {
  row: T;
  lockId: string | undefined;
}

/** `fields` of `row` moved into `sealed`; the row unchanged when there is no key. */
export async function sealWith<T extends object>(key: LockKey | undefined, row: T, fields: readonly string[]): Promise<T> {
  if (!key) return row;
  const secret: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (fields.includes(name)) secret[name] = value;
    else kept[name] = value;
  }
  // Promise.resolve keeps Dexie's live-query context across a non-IndexedDB promise.
  return { ...kept, sealed: await Promise.resolve(sealJson(key, secret)) } as T;
}

/**
 * A sealed record opened with `key` (its fields back in place); a plain record as it is;
 * LOCKED without a key. A record that does not open (altered, or sealed under another lock)
 * comes back without its fields, so the row's reader sets it aside as unreadable.
 */
export async function openWith(key: LockKey | undefined, raw: unknown): Promise<unknown> {
  if (!isSealed(raw)) return raw;
  if (!key) return LOCKED;
  const { sealed: _sealed, ...kept } = raw as { sealed: Sealed } & Record<string, unknown>;
  return { ...kept, ...(await openFields(key, raw.sealed)) };
}

/** The sealed fields, or undefined when they do not open with `key`. */
export async function openFields(key: LockKey, sealed: Sealed): Promise<Record<string, unknown> | undefined> {
  // Promise.resolve keeps Dexie's live-query context across a non-IndexedDB promise.
  const secret = await Promise.resolve(openJson(key, sealed));
  return typeof secret === 'object' && secret !== null && !Array.isArray(secret) ? (secret as Record<string, unknown>) : undefined;
}

/** The state of a tab that holds `key`. */
export function unlockedWith(lockId: string, key: LockKey): VaultState {
  return { kind: 'unlocked', lockId, key, open: (raw) => openWith(key, raw) };
}

/** `row` sealed with this tab's key; as it is without a lock. A locked tab writes nothing. */
export async function sealRecord<T extends object>(row: T, fields: readonly string[]): Promise<SealedRow<T>> {
  const state = vaultState();
  if (state.kind === 'locked') throw new StorageError('locked');
  if (state.kind === 'open') return { row, lockId: undefined };
  return { row: await sealWith(state.key, row, fields), lockId: state.lockId };
}

export function openRecord(raw: unknown): Promise<unknown> {
  const state = vaultState();
  return openWith(state.kind === 'unlocked' ? state.key : undefined, raw);
}

/** The fields sealed in each table; the others are ids, dates and states the indexes need. */
export const SEALED_FIELDS = {
  households: ['name', 'profile', 'language'],
  drafts: ['value'],
  shareLog: ['to', 'what'],
} as const;
