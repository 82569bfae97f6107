// Every household of the device to one backup, and a backup back into the device: "replace"
// (this device becomes the backup) or "add" (the backup's households join those here, with new
// ids). Either way one transaction: a failure halfway leaves the device as it was.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../domain/backup';
import { db } from '../db';
import { answerRowSchema, claimRowSchema, readRows, type HouseholdRow } from '../records';
import { guard } from '../storage-errors';
import { listHouseholds, sealHousehold } from './households';
import { writeSealed } from '../vault/vault-guard';

export async function exportBackup(): Promise<Backup> {
  const { households } = await listHouseholds();
  const rows = households.filter((household) => !household.session);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    households: await Promise.all(
      rows.map(async (household) => {
        const answers = readRows(answerRowSchema, await guard(() => db.answers.where('householdId').equals(household.id).toArray()));
        const claims = readRows(claimRowSchema, await guard(() => db.claims.where('householdId').equals(household.id).toArray()));
        return {
          name: household.name,
          ...(household.language ? { language: household.language } : {}),
          profile: household.profile,
          answers: answers.map(({ questionId, state, at }) => ({ questionId, state, at })),
          claims: claims.map(({ householdId: _householdId, ...claim }) => claim),
        };
      }),
    ),
  };
}

export type ImportMode = 'replace' | 'add';

/** Writes a backup read and checked by the domain; returns the ids of the households written. */
export async function importBackup(backup: Backup, mode: ImportMode): Promise<string[]> {
  const tables = [db.households, db.answers, db.claims, db.notices, db.shareLog, db.drafts, db.snapshots, db.settings];
  const at = new Date().toISOString();
  const households = backup.households.map((household) => ({ household, id: crypto.randomUUID() }));
  // Sealed (under a lock) before the transaction: Web Crypto cannot run inside it.
  const rows = await Promise.all(
    households.map(({ household, id }) => {
      const row: HouseholdRow = { id, name: household.name, profile: household.profile, createdAt: at, updatedAt: at, ...(household.language ? { language: household.language } : {}) };
      return sealHousehold(row);
    }),
  );
  return writeSealed(
    rows.map((sealed) => sealed.lockId),
    tables,
    async () => {
      if (mode === 'replace') {
        for (const table of [db.households, db.answers, db.claims, db.notices, db.shareLog, db.drafts, db.snapshots]) await table.clear();
      }
      await db.households.bulkAdd(rows.map((sealed) => sealed.row));
      const ids: string[] = [];
      for (const { household, id } of households) {
        await db.answers.bulkAdd(household.answers.map((answer) => ({ ...answer, householdId: id })));
        await db.claims.bulkPut(household.claims.map((claim) => ({ ...claim, householdId: id })));
        ids.push(id);
      }
      if (mode === 'replace' && ids[0]) {
        const settings = await db.settings.get('device');
        await db.settings.put({ key: 'device', value: { ...(settings?.value ?? {}), activeHouseholdId: ids[0] } });
      }
      return ids;
    },
  );
}
