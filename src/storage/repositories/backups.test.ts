import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { aHousehold } from '../../domain/testing/household-builder';
import { openBackup, sealBackup } from '../../domain/backup';
import { createHousehold, listHouseholds } from './households';
import { setClaimStatus, listClaims } from './claims';
import { markAnswer, listAnswers } from './answers';
import { exportBackup, importBackup } from './backups';
import { startSession } from './volunteer-sessions';
import { deleteEverything } from '../delete-everything';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function deviceWithTwoHouseholds(): Promise<string[]> {
  const a = await createHousehold('Amina', aHousehold().inBrussels().belgian().aged(29).build());
  const b = await createHousehold('Mehmet', aHousehold().inFlanders().aged(71).earning(['pension', 1100]).build());
  await setClaimStatus(a, 'be-bim', 'asked', '2026-11-20');
  await markAnswer(b, 'postal-code', 'answered');
  return [a, b];
}

describe('backups', () => {
  it('move every household, its answers and its claims to another phone, through a locked file', async () => {
    await deviceWithTwoHouseholds();
    await startSession(aHousehold().build(), 'La personne');
    const text = await sealBackup(await exportBackup(), 'un mot de passe long');

    await db.delete();
    await db.open();
    const opened = await openBackup(text, 'un mot de passe long');
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.backup.households.map((household) => household.name).sort()).toEqual(['Amina', 'Mehmet']);
    const ids = await importBackup(opened.backup, 'add');
    const { households } = await listHouseholds();
    expect(households.map((household) => household.name).sort()).toEqual(['Amina', 'Mehmet']);
    const amina = households.find((household) => household.name === 'Amina')!;
    expect(await listClaims(amina.id)).toMatchObject([{ rightId: 'be-bim', status: 'asked' }]);
    const mehmet = households.find((household) => household.name === 'Mehmet')!;
    expect(await listAnswers(mehmet.id)).toMatchObject([{ questionId: 'postal-code', state: 'answered' }]);
    expect(ids).toHaveLength(2);
  });

  it('replace what is here, or add to it', async () => {
    await deviceWithTwoHouseholds();
    const backup = await exportBackup();
    await importBackup(backup, 'add');
    expect((await listHouseholds()).households).toHaveLength(4);
    await importBackup({ ...backup, households: backup.households.filter((household) => household.name === 'Amina') }, 'replace');
    expect((await listHouseholds()).households.map((household) => household.name)).toEqual(['Amina']);
  });

  it('"delete everything" leaves an empty database', async () => {
    await deviceWithTwoHouseholds();
    await deleteEverything();
    await db.open();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
