import { describe, expect, it } from 'vitest';
import { aHousehold } from '../testing/household-builder';
import { seal } from '../handover/envelope';
import { BACKUP_FORMAT, BACKUP_VERSION, openBackup, readBackup, sealBackup, type Backup } from './backup';

const backup: Backup = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  createdAt: '2026-11-22T10:00:00.000Z',
  households: [
    {
      name: 'Amina',
      language: 'ar',
      profile: aHousehold('2026-11-22').inBrussels().belgian().aged(29).earning(['child-benefit', 450]).build(),
      answers: [{ questionId: 'postal-code', state: 'answered', at: '2026-11-20T10:00:00.000Z' }],
      claims: [{ rightId: 'be-bim', status: 'asked', since: '2026-11-20', updatedAt: '2026-11-20T10:00:00.000Z' }],
    },
  ],
};

describe('a backup file', () => {
  it('opens with its passphrase, whole', async () => {
    const text = await sealBackup(backup, 'correct horse battery');
    expect(await openBackup(text, 'correct horse battery')).toEqual({ ok: true, backup });
  });

  it('refuses a wrong passphrase, a passphrase too short to protect it, and a file of another kind', async () => {
    const text = await sealBackup(backup, 'correct horse battery');
    expect(await openBackup(text, 'correct horse batterie')).toEqual({ ok: false, error: 'wrong-code' });
    await expect(sealBackup(backup, 'short')).rejects.toThrow();
    expect(await openBackup(await seal('profile', backup.households[0]!.profile), 'whatever')).toEqual({ ok: false, error: 'not-a-backup' });
  });

  it('says when it comes from a newer Carnet, and refuses what is not valid without a partial read', () => {
    expect(readBackup({ ...backup, version: 2 })).toEqual({ ok: false, error: 'newer-version' });
    expect(readBackup({ ...backup, format: 'something-else' })).toEqual({ ok: false, error: 'not-a-backup' });
    expect(readBackup([backup])).toEqual({ ok: false, error: 'not-a-backup' });
    const badProfile = { ...backup, households: [backup.households[0], { ...backup.households[0], profile: { format: 'carnet-profile', version: 1, household: { members: [] } } }] };
    const refused = readBackup(badProfile);
    expect(refused).toMatchObject({ ok: false, error: 'invalid' });
    expect(!refused.ok && refused.issues?.[0]).toMatchObject({ code: 'self-count' });
    expect(readBackup({ ...backup, households: [{ ...backup.households[0], claims: [{ rightId: 'be-bim', status: 'stolen', updatedAt: 'x' }] }] })).toMatchObject({ ok: false, error: 'invalid' });
  });
});
