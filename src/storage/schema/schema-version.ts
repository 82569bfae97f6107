import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites the data of the previous version; runs in the upgrade transaction. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}
