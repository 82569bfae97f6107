// Where the household stands with each right: not asked, asked on a date, receiving since a
// date, refused, or "not for me".
import { db } from '../db';
import { claimRowSchema, readRows, type ClaimRow, type ClaimStatus } from '../records';
import { guard, StorageError } from '../storage-errors';

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
        // The checklist of documents and the delivery date survive a change of status.
        ...(previous?.documents ? { documents: previous.documents } : {}),
        ...(previous?.delivery ? { delivery: previous.delivery } : {}),
      };
      await db.claims.put(row);
    }),
  );
}

/** "Still waiting" for an answer: keep the request, ask again after `after`. */
export async function postponeFollowUp(householdId: string, rightId: string, after: string): Promise<void> {
  await guard(async () => {
    const changed = await db.claims.update([householdId, rightId], { followUpAfter: after, updatedAt: new Date().toISOString() });
    if (changed === 0) throw new StorageError('not-found');
  });
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

/** The day of the last fuel delivery, for the heating allowance's 60-day deadline. */
export async function setDelivery(householdId: string, rightId: string, delivery: string | undefined): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.claims, async () => {
      const previous = await db.claims.get([householdId, rightId]);
      const { delivery: _, ...rest } = previous ?? { householdId, rightId, status: 'not-asked' as const };
      await db.claims.put({ ...rest, ...(delivery ? { delivery } : {}), updatedAt: new Date().toISOString() });
    }),
  );
}
