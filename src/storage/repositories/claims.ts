// Where the household stands with each right: not asked, asked on a date, receiving since a
// date, refused, or "not for me".
import { db } from '../db';
import { claimRowSchema, readRows, type ClaimRow, type ClaimStatus } from '../records';
import { guard } from '../storage-errors';

export async function listClaims(householdId: string): Promise<ClaimRow[]> {
  const rows = await guard(() => db.claims.where('householdId').equals(householdId).toArray());
  return readRows(claimRowSchema, rows);
}

export async function setClaimStatus(
  householdId: string,
  rightId: string,
  status: ClaimStatus,
  since?: string,
): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.claims, async () => {
      const previous = await db.claims.get([householdId, rightId]);
      const row: ClaimRow = {
        householdId,
        rightId,
        status,
        updatedAt: new Date().toISOString(),
        ...(since ? { since } : {}),
        ...(previous?.documents ? { documents: previous.documents } : {}),
      };
      await db.claims.put(row);
    }),
  );
}

export async function setClaimDocuments(householdId: string, rightId: string, documents: string[]): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.claims, async () => {
      const previous = await db.claims.get([householdId, rightId]);
      await db.claims.put({
        householdId,
        rightId,
        status: previous?.status ?? 'not-asked',
        ...(previous?.since ? { since: previous.since } : {}),
        documents: [...new Set(documents)],
        updatedAt: new Date().toISOString(),
      });
    }),
  );
}
