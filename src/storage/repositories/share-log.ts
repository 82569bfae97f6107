// The household's own record of what was shared, when, and with whom. It never leaves the
// device; the person can read it at any time. Under a lock, what and to whom are sealed.
import { db } from '../db';
import { readRows, shareRowSchema, type ShareRow } from '../records';
import { guard } from '../storage-errors';
import { openRecord, sealRecord, SEALED_FIELDS } from '../vault/sealing';
import { writeSealed } from '../vault/vault-guard';

export async function logShare(entry: Omit<ShareRow, 'id' | 'at'>): Promise<void> {
  const { row, lockId } = await sealRecord({ ...entry, at: new Date().toISOString() }, SEALED_FIELDS.shareLog);
  await writeSealed([lockId], [db.shareLog], () => db.shareLog.add(row));
}

export async function listShares(householdId: string): Promise<ShareRow[]> {
  const rows = await guard(() => db.shareLog.where('householdId').equals(householdId).reverse().sortBy('at'));
  return readRows(shareRowSchema, await Promise.all(rows.map(openRecord)));
}
