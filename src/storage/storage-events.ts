// Storage problems the person must hear about (not a console line): another tab upgraded
// the database, an upgrade is blocked, or the device is full. The app shell subscribes.
export type StorageEvent = 'version-change' | 'blocked' | 'quota';

type Listener = (event: StorageEvent) => void;
const listeners = new Set<Listener>();

export function reportStorageEvent(event: StorageEvent): void {
  for (const listener of listeners) listener(event);
}

export function onStorageEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
