// Notices shown in the inbox. Each has a deduplication key, so the planner can run often
// without ever creating the same notice twice.
import { db } from '../db';
import { noticeRowSchema, readRows, type NoticeRow } from '../records';
import { guard } from '../storage-errors';

export async function listNotices(householdId: string): Promise<NoticeRow[]> {
  const rows = await guard(() => db.notices.where('householdId').equals(householdId).toArray());
  return readRows(noticeRowSchema, rows).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Adds the notices whose key is new for the household; returns how many were added. */
export async function addNewNotices(notices: NoticeRow[]): Promise<number> {
  return guard(() =>
    db.transaction('rw', db.notices, async () => {
      let added = 0;
      for (const notice of notices) {
        const existing = await db.notices.where('[householdId+key]').equals([notice.householdId, notice.key]).first();
        if (existing) continue;
        await db.notices.add(notice);
        added += 1;
      }
      return added;
    }),
  );
}

export async function markNoticeRead(id: string): Promise<void> {
  await guard(() => db.notices.update(id, { readAt: new Date().toISOString() }));
}

export async function snoozeNotice(id: string, until: string): Promise<void> {
  await guard(() => db.notices.update(id, { snoozedUntil: until }));
}

export async function dismissNotice(id: string): Promise<void> {
  await guard(() => db.notices.update(id, { dismissedAt: new Date().toISOString() }));
}
