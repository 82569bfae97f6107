// The household's own record of what was shared, when, and with whom. It never leaves the
// device; the person can read it at any time.
import { db } from '../db';
import { readRows, shareRowSchema, type ShareRow } from '../records';
import { guard } from '../storage-errors';

export async function logShare(entry: Omit<ShareRow, 'id' | 'at'>): Promise<void> {
  await guard(() => db.shareLog.add({ ...entry, at: new Date().toISOString() }));
}

export async function listShares(householdId: string): Promise<ShareRow[]> {
  const rows = await guard(() => db.shareLog.where('householdId').equals(householdId).reverse().sortBy('at'));
  return readRows(shareRowSchema, rows);
}
