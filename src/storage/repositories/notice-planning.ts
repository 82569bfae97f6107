// Plans the notices of a household and stores the new ones, in one transaction: the app does
// it when it opens, the service worker on a periodic background sync.
import { planNotices, type NoticeState, type PlannedNotice } from '../../domain/notices';
import { CATALOGUE, isRightId } from '../../domain/rights';
import { db } from '../db';
import { getHousehold } from './households';
import { claimRowSchema, noticeRowSchema, readRows, snapshotRowSchema, type NoticeRow } from '../records';
import { guard } from '../storage-errors';

function toState(row: NoticeRow): NoticeState {
  return {
    key: row.key,
    kind: row.kind,
    createdOn: row.createdAt.slice(0, 10),
    ...(row.rightId ? { rightId: row.rightId } : {}),
    ...(row.dismissedAt ? { dismissed: true } : {}),
    ...(row.mutesRight ? { mutesRight: true } : {}),
  };
}

function toRow(householdId: string, notice: PlannedNotice, now: string): NoticeRow {
  return {
    id: `${householdId}:${notice.key}`,
    householdId,
    key: notice.key,
    kind: notice.kind,
    rightId: notice.rightId,
    params: notice.params,
    createdAt: now,
    dueOn: notice.dueOn,
    ...(notice.eventOn ? { eventOn: notice.eventOn } : {}),
  };
}

/** Returns the notices added (none if the household cannot be read). */
export async function planNoticesFor(householdId: string, today: string): Promise<NoticeRow[]> {
  // Read (and opened, under a lock) before the transaction: a sealed household cannot be opened
  // inside it. Without the key — the service worker on a locked device — nothing is planned.
  const household = await getHousehold(householdId);
  if (!household) return [];
  return guard(() =>
    db.transaction('rw', [db.households, db.claims, db.notices, db.snapshots], async () => {
      // Deleted meanwhile (a volunteer's session ended): nothing may be planned for it.
      if ((await db.households.get(householdId)) === undefined) return [];
      const claims = readRows(claimRowSchema, await db.claims.where('householdId').equals(householdId).toArray());
      const notices = readRows(noticeRowSchema, await db.notices.where('householdId').equals(householdId).toArray());
      const snapshot = readRows(snapshotRowSchema, [await db.snapshots.get(householdId)].filter(Boolean))[0];
      const planned = planNotices({
        profile: household.profile,
        claims: claims.map(({ rightId, status, since, followUpAfter, delivery }) => ({
          rightId,
          status,
          ...(since ? { since } : {}),
          ...(followUpAfter ? { followUpAfter } : {}),
          ...(delivery ? { delivery } : {}),
        })),
        notices: notices.map(toState),
        catalogue: CATALOGUE,
        today,
        // Ids read back are checked: a snapshot may name a right retired since.
        ...(snapshot ? { snapshot: { catalogueVersion: snapshot.catalogueVersion, takenOn: snapshot.takenOn, eligible: snapshot.eligible.filter(isRightId) } } : {}),
      });
      const now = new Date().toISOString();
      const rows = planned.notices.map((notice) => toRow(householdId, notice, now));
      await db.notices.bulkPut(rows);
      await db.snapshots.put({ householdId, ...planned.snapshot });
      return rows;
    }),
  );
}

/** Plans every household on the device (a volunteer's tablet holds several). */
export async function planAllNotices(today: string): Promise<NoticeRow[]> {
  const ids = (await guard(() => db.households.toCollection().primaryKeys())) as string[];
  const added: NoticeRow[] = [];
  for (const id of ids) added.push(...(await planNoticesFor(id, today)));
  return added;
}
