import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { emptyProfile, type Profile } from '../../domain/profile';
import {
  createHousehold,
  deleteHousehold,
  getHousehold,
  listHouseholds,
  renameHousehold,
  saveProfile,
} from './households';
import { setClaimStatus, listClaims } from './claims';
import { saveDraft, readDraft, draftKey } from './drafts';
import { logShare, listShares } from './share-log';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function profileWithPostalCode(postalCode: string): Profile {
  const profile = emptyProfile();
  profile.household.postalCode = postalCode;
  return profile;
}

describe('household repository', () => {
  it('keeps several households on one device, most recently changed first', async () => {
    const first = await createHousehold('Famille Diallo');
    const second = await createHousehold('Mme Peeters');
    await saveProfile(first, profileWithPostalCode('4000'));
    const { households } = await listHouseholds();
    expect(households.map((h) => h.name)).toEqual(['Famille Diallo', 'Mme Peeters']);
    expect(households[0]?.profile.household.postalCode).toBe('4000');
    expect(second).not.toBe(first);
  });

  it('refuses an invalid profile and keeps the saved one', async () => {
    const id = await createHousehold('Test');
    await saveProfile(id, profileWithPostalCode('1000'));
    const broken = profileWithPostalCode('99999');
    await expect(saveProfile(id, broken)).rejects.toMatchObject({ kind: 'invalid' });
    expect((await getHousehold(id))?.profile.household.postalCode).toBe('1000');
  });

  it('reports a household that does not exist instead of creating it', async () => {
    await expect(saveProfile('nope', emptyProfile())).rejects.toMatchObject({ kind: 'not-found' });
    await expect(renameHousehold('nope', 'x')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('sets aside a damaged row instead of showing it or crashing', async () => {
    await createHousehold('Bon');
    await db.households.add({ id: 'broken', name: 'X', createdAt: 'yesterday' } as never);
    const list = await listHouseholds();
    expect(list.households.map((h) => h.name)).toEqual(['Bon']);
    expect(list.unreadable).toEqual(['broken']);
    expect(await db.households.get('broken')).toBeDefined();
  });

  it('deletes a household with its claims, drafts and share log, and nothing of the others', async () => {
    const gone = await createHousehold('A');
    const kept = await createHousehold('B');
    for (const id of [gone, kept]) {
      await setClaimStatus(id, 'be-bim', 'asked', '2026-11-01');
      await saveDraft(draftKey(id, 'rent'), '650');
      await logShare({ householdId: id, what: ['household'], to: 'CPAS', channel: 'print' });
    }
    await deleteHousehold(gone);
    expect(await getHousehold(gone)).toBeUndefined();
    expect(await listClaims(gone)).toEqual([]);
    expect(await readDraft(draftKey(gone, 'rent'))).toBeUndefined();
    expect(await listShares(gone)).toEqual([]);
    expect(await listClaims(kept)).toHaveLength(1);
    expect(await readDraft(draftKey(kept, 'rent'))).toBe('650');
    expect(await listShares(kept)).toHaveLength(1);
  });
});
