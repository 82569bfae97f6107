import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { aHousehold } from '../../domain/testing/household-builder';
import { createHousehold } from './households';
import { listNotices, muteRightOfNotice, markNoticesShown, markNoticeRead, noticesToShow, snoozeNotice } from './notices';
import { planNoticesFor, planAllNotices } from './notice-planning';
import { setDelivery, setClaimStatus, listClaims } from './claims';
import { countUnreadNotices } from './notices-count';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const noIncome = () => aHousehold().inBrussels().belgian().aged(30).statusesComplete().earning().living('private-rent', { heating: 'natural-gas' }).build();

describe('planning notices on the device', () => {
  it('stores the planned notices once, and remembers what was due for next time', async () => {
    const id = await createHousehold('A', noIncome());
    const added = await planNoticesFor(id, '2026-11-22');
    expect(added.map((n) => n.key)).toContain('unclaimed:be-integration-income');
    expect(await planNoticesFor(id, '2026-11-22')).toEqual([]);
    expect((await listNotices(id)).length).toBe(added.length);
    expect(await db.snapshots.get(id)).toMatchObject({ takenOn: '2026-11-22', eligible: expect.arrayContaining(['be-integration-income']) });
  });

  it('plans every household of a shared device', async () => {
    await createHousehold('A', noIncome());
    await createHousehold('B', noIncome());
    const added = await planAllNotices('2026-11-22');
    expect(new Set(added.map((n) => n.householdId)).size).toBe(2);
  });

  it('keeps a muted right quiet, and shows each notice as a system notification only once', async () => {
    const id = await createHousehold('A', noIncome());
    const [first] = await planNoticesFor(id, '2026-11-22');
    expect((await noticesToShow('2026-11-22')).map((n) => n.id)).toContain(first!.id);
    await markNoticesShown([first!.id]);
    expect((await noticesToShow('2026-11-22')).map((n) => n.id)).not.toContain(first!.id);
    await muteRightOfNotice(first!.id);
    await setClaimStatus(id, first!.rightId!, 'asked', '2026-09-01');
    const later = await planNoticesFor(id, '2027-02-01');
    expect(later.map((n) => n.rightId)).not.toContain(first!.rightId);
  });

  it('keeps the delivery date when the claim status changes', async () => {
    const id = await createHousehold('A', noIncome());
    await setDelivery(id, 'be-heating-allowance', '2026-11-01');
    await setClaimStatus(id, 'be-heating-allowance', 'asked', '2026-11-05');
    expect(await listClaims(id)).toEqual([expect.objectContaining({ status: 'asked', delivery: '2026-11-01' })]);
  });

  it('counts for the badge only the notices not read, not dismissed and not snoozed today', async () => {
    const id = await createHousehold('A', noIncome());
    const added = await planNoticesFor(id, '2026-11-22');
    expect(added.length).toBeGreaterThanOrEqual(2);
    await snoozeNotice(added[0]!.id, '2026-11-29');
    await markNoticeRead(added[1]!.id);
    expect(await countUnreadNotices(id, '2026-11-22')).toBe(added.length - 2);
    expect(await countUnreadNotices(id, '2026-11-29')).toBe(added.length - 1);
  });
});
