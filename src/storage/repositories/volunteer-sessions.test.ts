import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { aHousehold } from '../../domain/testing/household-builder';
import { createHousehold } from './households';
import { endSessions, startSession } from './volunteer-sessions';
import { setClaimStatus } from './claims';
import { saveDraft, draftKey } from './drafts';
import { logShare } from './share-log';
import { saveHelpPoint } from './help-points';
import { getSettings, updateSettings } from './settings';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Everything in the database, as text: what a forensic look at the device would find. */
async function everything(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => JSON.stringify(await table.toArray())));
  return tables.join('\n');
}

describe('a volunteer session', () => {
  it('leaves nothing of the citizen once ended, and keeps the office’s own data', async () => {
    const office = await createHousehold('Office test household');
    await saveHelpPoint({ name: 'Maison sociale', languages: ['fr'] });
    await updateSettings({ volunteerMode: true });
    const citizen = aHousehold().inBrussels().belgian().aged(41).earning(['unemployment', 1234.56]).build();
    const id = await startSession(citizen, 'Citoyenne Zeynep');
    await setClaimStatus(id, 'be-bim', 'asked', '2026-11-20');
    await saveDraft(draftKey(id, 'monthlyRent'), '987');
    await logShare({ householdId: id, what: ['incomes'], to: 'CPAS', channel: 'qr' });
    expect((await getSettings()).activeHouseholdId).toBe(id);

    expect(await endSessions()).toBe(1);

    const left = await everything();
    for (const trace of [id, 'Zeynep', '1234.56', '987']) expect(left).not.toContain(trace);
    expect(left).toContain(office);
    expect(left).toContain('Maison sociale');
    expect(await getSettings()).toMatchObject({ volunteerMode: true });
    expect((await getSettings()).activeHouseholdId).toBeUndefined();
  });
});
