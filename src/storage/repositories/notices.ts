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

/** Dismiss, and never again mention the right this notice is about. */
export async function muteRightOfNotice(id: string): Promise<void> {
  await guard(() => db.notices.update(id, { dismissedAt: new Date().toISOString(), mutesRight: true }));
}

/** Notices not shown yet as a system notification, not read, not dismissed, not snoozed. */
export async function noticesToShow(today: string): Promise<NoticeRow[]> {
  const rows = readRows(noticeRowSchema, await guard(() => db.notices.toArray()));
  return rows.filter((n) => !n.shownAt && !n.readAt && !n.dismissedAt && !(n.snoozedUntil && n.snoozedUntil > today));
}

export async function markNoticesShown(ids: string[]): Promise<void> {
  const at = new Date().toISOString();
  await guard(() => db.transaction('rw', db.notices, async () => {
    for (const id of ids) await db.notices.update(id, { shownAt: at });
  }));
}
