// Turns what IndexedDB throws into a few kinds the UI can explain in the person's language.
import { reportStorageEvent } from './storage-events';

export type StorageErrorKind = 'quota' | 'unavailable' | 'invalid' | 'not-found' | 'locked' | 'busy' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause?: unknown,
  ) {
    super(`storage: ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Dexie wraps the DOMException (AbortError → inner QuotaExceededError): walk the chain.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    reportStorageEvent('quota');
    return new StorageError('quota', error);
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'DatabaseClosedError') {
    return new StorageError('unavailable', error);
  }
  return new StorageError('unknown', error);
}

/** Runs a storage operation and rethrows its failure as a StorageError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
