// Asks the browser to keep Carnet's data (not to evict it when the phone is short of space)
// and reports how much space is used.
import { updateSettings } from './repositories/settings';

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

// `persist()` exists only in windows; this module is also compiled for the service worker.
type WindowStorage = StorageManager & { persist?: () => Promise<boolean> };

export async function requestPersistentStorage(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage as WindowStorage | undefined;
  if (!storage?.persist) return record('unsupported');
  try {
    if (await storage.persisted()) return record('granted');
    return record((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    return record('unsupported');
  }
}

async function record(state: PersistenceState): Promise<PersistenceState> {
  await updateSettings({ persistence: state });
  return state;
}

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
}

export async function estimateStorage(): Promise<StorageUsage | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return undefined;
  const { usage, quota } = await storage.estimate();
  if (usage === undefined || quota === undefined) return undefined;
  return { usedBytes: usage, quotaBytes: quota };
}
