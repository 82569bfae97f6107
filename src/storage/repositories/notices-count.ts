// The unread count for the navigation badge; checked by hand because it is shell code.
import { db } from '../db';
import { guard } from '../storage-errors';

export async function countUnreadNotices(householdId: string): Promise<number> {
  const rows: unknown[] = await guard(() => db.notices.where('householdId').equals(householdId).toArray());
  return rows.filter((row) => {
    const { readAt, dismissedAt } = (row ?? {}) as { readAt?: unknown; dismissedAt?: unknown };
    return readAt === undefined && dismissedAt === undefined;
  }).length;
}
