// The unread count for the navigation badge; checked by hand because it is shell code.
import { db } from '../db';
import { guard } from '../storage-errors';

/** Notices not read, not dismissed and not snoozed past `today`. */
export async function countUnreadNotices(householdId: string, today: string): Promise<number> {
  const rows: unknown[] = await guard(() => db.notices.where('householdId').equals(householdId).toArray());
  return rows.filter((row) => {
    const { readAt, dismissedAt, snoozedUntil } = (row ?? {}) as { readAt?: unknown; dismissedAt?: unknown; snoozedUntil?: unknown };
    const snoozed = typeof snoozedUntil === 'string' && snoozedUntil > today;
    return readAt === undefined && dismissedAt === undefined && !snoozed;
  }).length;
}
