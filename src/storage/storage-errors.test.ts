import { describe, expect, it, vi } from 'vitest';
import { toStorageError } from './storage-errors';
import { onStorageEvent } from './storage-events';

describe('storage errors', () => {
  it('recognises a full device even when Dexie wraps the browser error', () => {
    const listener = vi.fn();
    const stop = onStorageEvent(listener);
    const wrapped = { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') };
    expect(toStorageError(wrapped).kind).toBe('quota');
    expect(listener).toHaveBeenCalledWith('quota');
    stop();
  });

  it('tells an unavailable database from an unknown failure', () => {
    expect(toStorageError({ name: 'DatabaseClosedError' }).kind).toBe('unavailable');
    expect(toStorageError(new Error('boom')).kind).toBe('unknown');
  });
});
