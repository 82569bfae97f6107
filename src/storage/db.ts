// The one Dexie database of the app. Nothing outside src/storage talks to IndexedDB.
import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema';
import type { AnswerRow, ClaimRow, HelpPointRow, NoticeRow, SettingsRow, SnapshotRow, StoredDraft, StoredHousehold, StoredShare } from './records';
import { reportStorageEvent } from './storage-events';

export const DATABASE_NAME = 'carnet';

export class CarnetDatabase extends Dexie {
  households!: Table<StoredHousehold, string>;
  answers!: Table<AnswerRow, [string, string]>;
  claims!: Table<ClaimRow, [string, string]>;
  notices!: Table<NoticeRow, string>;
  settings!: Table<SettingsRow, string>;
  shareLog!: Table<StoredShare, number>;
  drafts!: Table<StoredDraft, string>;
  snapshots!: Table<SnapshotRow, string>;
  helpPoints!: Table<HelpPointRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    // Another tab opened a newer Carnet: close so its upgrade can run, and tell the person
    // here to reload instead of failing later on a closed database.
    this.on('versionchange', () => {
      this.close();
      reportStorageEvent('version-change');
      return false;
    });
    // This tab has the newer Carnet but an older tab still holds the database open.
    this.on('blocked', () => reportStorageEvent('blocked'));
  }
}

export const db = new CarnetDatabase();
