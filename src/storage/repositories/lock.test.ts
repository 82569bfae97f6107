import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfile, type Profile } from '../../domain/profile';
import { db } from '../db';
import { setVaultState, vaultState } from '../vault/vault-state';
import { draftKey, readDraft, saveDraft } from './drafts';
import { createHousehold, getHousehold, listHouseholds, updateProfile } from './households';
import { changeLock, lockCarnet, removeLock, setLock, unlockCarnet, waitBeforeNextTry } from './lock';
import { createLock } from '../../domain/lock/lock';
import { registerUnsavedEdit } from '../unsaved-edits';
import { listShares, logShare } from './share-log';
import { endSessions, sessionHouseholds, startSession } from './volunteer-sessions';
import { getSettings } from './settings';
import { StorageError } from '../storage-errors';
import { listHouseholdSummaries } from './household-summaries';
import { DATABASE_NAME } from '../db';
import { SCHEMA_VERSIONS } from '../schema';
import { seedAtVersion } from '../schema/fixtures/seed';
import Dexie from 'dexie';

const PIN = '482913';

beforeEach(async () => {
  setVaultState({ kind: 'open' });
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.useRealTimers();
});

function profileEarning(amount: number): Profile {
  const profile = emptyProfile();
  profile.household.postalCode = '4000';
  profile.household.members[0]!.incomes = [{ kind: 'employment', monthly: amount }];
  return profile;
}

async function everythingStored(): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

async function householdWithEverything(): Promise<string> {
  const id = await createHousehold('Fatima Benali', profileEarning(1234.56));
  await saveDraft(draftKey(id, 'rent'), '1850');
  await logShare({ householdId: id, what: ['income'], to: 'CPAS de Liège', channel: 'qr' });
  return id;
}

describe('the PIN lock', () => {
  it('seals every household, half-typed answer and share entry, so nothing personal is readable in the database', async () => {
    const id = await householdWithEverything();
    expect(await everythingStored()).toContain('Fatima Benali');

    await setLock(PIN);

    const stored = await everythingStored();
    for (const secret of ['Fatima', '1234.56', '1850', 'Liège', '"monthly"', '4000', PIN]) expect(stored).not.toContain(secret);
    // This tab holds the key: the carnet stays open for the person who set the PIN.
    expect((await getHousehold(id))?.name).toBe('Fatima Benali');
    expect(await readDraft(draftKey(id, 'rent'))).toBe('1850');
    expect((await listShares(id))[0]?.to).toBe('CPAS de Liège');
    expect((await listHouseholdSummaries()).households.map((household) => household.name)).toEqual(['Fatima Benali']);
  });

  it('reads and writes nothing once locked, until the right PIN is given', async () => {
    const id = await householdWithEverything();
    await setLock(PIN);
    await lockCarnet();

    expect((await listHouseholds()).households).toEqual([]);
    expect((await listHouseholdSummaries()).households).toEqual([]);
    expect(await readDraft(draftKey(id, 'rent'))).toBeUndefined();
    const before = await everythingStored();
    await expect(updateProfile(id, (profile) => profile)).rejects.toMatchObject({ kind: 'locked' });
    await expect(saveDraft(draftKey(id, 'rent'), '900')).rejects.toBeInstanceOf(StorageError);
    expect(await everythingStored()).toBe(before);

    expect(await unlockCarnet('000000')).toEqual({ ok: false, reason: 'wrong', waitMs: 0 });
    expect(await unlockCarnet(PIN)).toEqual({ ok: true });
    expect((await getHousehold(id))?.profile.household.members[0]?.incomes?.[0]?.monthly).toBe(1234.56);
    expect((await getSettings()).lockFailures).toBeUndefined();
  });

  it('makes each wrong try after the third wait longer, and keeps the count on the device, not in the page', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await householdWithEverything();
    await setLock(PIN);
    await lockCarnet();

    for (let i = 0; i < 3; i += 1) expect(await unlockCarnet('111111')).toMatchObject({ reason: 'wrong', waitMs: i < 2 ? 0 : 30_000 });
    // During the wait even the right PIN is not checked.
    expect(await unlockCarnet(PIN)).toMatchObject({ ok: false, reason: 'wait' });
    vi.advanceTimersByTime(30_000);
    expect(await unlockCarnet('222222')).toMatchObject({ reason: 'wrong', waitMs: 60_000 });
    expect((await getSettings()).lockFailures?.count).toBe(4);
    vi.advanceTimersByTime(60_000);
    expect(await unlockCarnet(PIN)).toEqual({ ok: true });
  });

  it('changes the PIN only with the current one; afterwards only the new one opens the same data', async () => {
    const id = await householdWithEverything();
    await setLock(PIN);
    expect(await changeLock('999999', 'nouvelle phrase secrète')).toBe(false);
    expect(await changeLock(PIN, 'nouvelle phrase secrète')).toBe(true);
    expect((await getSettings()).lock?.kind).toBe('passphrase');
    await lockCarnet();

    expect(await unlockCarnet(PIN)).toMatchObject({ ok: false });
    expect(await unlockCarnet('nouvelle phrase secrète')).toEqual({ ok: true });
    expect((await getHousehold(id))?.name).toBe('Fatima Benali');
    expect(await readDraft(draftKey(id, 'rent'))).toBe('1850');
  });

  it('removes the lock only with the current PIN, and then stores the households plainly again', async () => {
    const id = await householdWithEverything();
    await setLock(PIN);
    expect(await removeLock('000000')).toBe(false);
    expect(await everythingStored()).not.toContain('Fatima');

    expect(await removeLock(PIN)).toBe(true);
    expect((await getSettings()).lock).toBeUndefined();
    expect(await everythingStored()).toContain('Fatima Benali');
    expect((await listShares(id))[0]?.to).toBe('CPAS de Liège');
  });

  it('applies two quick edits under the lock one after the other, neither lost', async () => {
    const id = await createHousehold('Famille Diallo');
    await setLock(PIN);
    await Promise.all([
      updateProfile(id, (profile) => ({ ...profile, household: { ...profile.household, postalCode: '1000' } })),
      updateProfile(id, (profile) => ({ ...profile, household: { ...profile.household, housing: { tenure: 'private-rent' } } })),
    ]);
    const household = (await getHousehold(id))?.profile.household;
    expect(household?.postalCode).toBe('1000');
    expect(household?.housing?.tenure).toBe('private-rent');
  });

  it('refuses every write of this tab once another tab changed the lock, and leaves the stored data as it was', async () => {
    const id = await householdWithEverything();
    await setLock(PIN);
    // Another tab puts a new PIN: the device's lock record changes under this tab's feet.
    const elsewhere = await createLock('another pin please');
    const device = (await db.settings.get('device'))!;
    await db.settings.put({ key: 'device', value: { ...device.value, lock: elsewhere.record } });
    const before = await everythingStored();

    await expect(saveDraft(draftKey(id, 'rent'), '2000')).rejects.toMatchObject({ kind: 'locked' });
    await expect(logShare({ householdId: id, what: ['income'], to: 'CPAS de Namur', channel: 'qr' })).rejects.toMatchObject({ kind: 'locked' });
    await expect(updateProfile(id, (profile) => profile)).rejects.toMatchObject({ kind: 'locked' });
    await expect(createHousehold('Famille Peeters')).rejects.toMatchObject({ kind: 'locked' });
    expect(await everythingStored()).toBe(before);
  });

  it('lets no try past the wait when several are made at once (several tabs)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await setLock(PIN);
    await lockCarnet();
    for (let i = 0; i < 3; i += 1) await unlockCarnet('111111');
    vi.advanceTimersByTime(30_000);

    const results = await Promise.all(Array.from({ length: 5 }, () => unlockCarnet('222222')));
    expect(results.filter((result) => !result.ok && result.reason === 'wrong')).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'wait')).toHaveLength(4);
    expect((await getSettings()).lockFailures?.count).toBe(4);
  });

  it('never makes a wait longer than its delay, even when the clock was set back', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(waitBeforeNextTry({ count: 3, lastAt: now + 90 * 86_400_000 }, now)).toBe(30_000);
    expect(waitBeforeNextTry({ count: 3, lastAt: now - 10_000 }, now)).toBe(20_000);
    expect(waitBeforeNextTry({ count: 2, lastAt: now }, now)).toBe(0);
  });

  it('forgets the key even when the half-typed answer cannot be saved first', async () => {
    await setLock(PIN);
    const forget = registerUnsavedEdit('h:rent', () => Promise.reject(new Error('disk full')));
    try {
      await expect(lockCarnet()).rejects.toThrow('disk full');
      expect(vaultState().kind).toBe('locked');
    } finally {
      forget();
    }
  });

  it("ends a volunteer's session even while the tablet is locked, leaving nothing of the citizen", async () => {
    await setLock(PIN);
    const id = await startSession(profileEarning(900), 'Mme Haddad');
    await lockCarnet();

    expect((await sessionHouseholds()).map((household) => household.id)).toEqual([id]);
    expect(await endSessions()).toBe(1);
    expect(await db.households.count()).toBe(0);
  });

  it('keeps a sealed record that no longer opens when the lock changes, never dropping it', async () => {
    await householdWithEverything();
    await setLock(PIN);
    await db.households.put({ id: 'damaged', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', sealed: { iv: 'AAAAAAAAAAAAAAAA', data: 'bm90IGEgcmVjb3Jk' } });

    expect((await listHouseholds()).unreadable).toEqual(['damaged']);
    expect(await removeLock(PIN)).toBe(true);
    expect(await db.households.get('damaged')).toMatchObject({ sealed: { data: 'bm90IGEgcmVjb3Jk' } });
    expect((await listHouseholds()).households.map((household) => household.name)).toEqual(['Fatima Benali']);
  });
});

describe('the PIN lock on upgraded data', () => {
  for (const { version } of SCHEMA_VERSIONS) {
    it(`seals and opens again, whole, a database written by schema v${version}`, async () => {
      db.close();
      await Dexie.delete(DATABASE_NAME);
      await seedAtVersion(DATABASE_NAME, version);
      await db.open();

      await setLock(PIN);
      expect(await everythingStored()).not.toContain('Amina');
      await lockCarnet();
      expect(await unlockCarnet(PIN)).toEqual({ ok: true });

      const amina = await getHousehold('h-amina');
      expect(amina?.name).toBe('Amina');
      expect(amina?.profile.household.members).toHaveLength(2);
      expect(await readDraft('h-amina:monthlyRent')).toBe('72');
      expect(await listShares('h-amina')).toHaveLength(1);
    });
  }
});
