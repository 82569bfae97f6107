import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../../tests/unit/render-app';
import { db } from '../db';
import { changeLock, setLock } from '../repositories/lock';
import { sealRecord, SEALED_FIELDS, type SealedRow } from './sealing';
import { writeSealed } from './vault-guard';

beforeEach(resetDatabase);

function writeDraft(sealed: SealedRow<{ key: string; value: string; updatedAt: string }>) {
  return writeSealed([sealed.lockId], [db.drafts], () => db.drafts.put(sealed.row));
}

describe('a write checked against the lock it was sealed under', () => {
  it('refuses a row made before the lock was set and written after, instead of storing it plain', async () => {
    const typedBefore = await sealRecord({ key: 'h:rent', value: 'PLAINTEXT-1850', updatedAt: '2026-11-22T10:00:00.000Z' }, SEALED_FIELDS.drafts);
    expect(typedBefore.lockId).toBeUndefined();
    await setLock('482913');

    await expect(writeDraft(typedBefore)).rejects.toMatchObject({ kind: 'locked' });
    expect(JSON.stringify(await db.drafts.toArray())).not.toContain('PLAINTEXT');
  });

  it('refuses a row sealed under a lock since replaced, whose key nobody will hold', async () => {
    await setLock('482913');
    const sealedUnderOld = await sealRecord({ key: 'h:rent', value: '1850', updatedAt: '2026-11-22T10:00:00.000Z' }, SEALED_FIELDS.drafts);
    await changeLock('482913', 'une phrase toute neuve');

    await expect(writeDraft(sealedUnderOld)).rejects.toMatchObject({ kind: 'locked' });
  });

  it('writes a row sealed under the lock in place', async () => {
    await setLock('482913');
    const sealed = await sealRecord({ key: 'h:rent', value: '1850', updatedAt: '2026-11-22T10:00:00.000Z' }, SEALED_FIELDS.drafts);
    await writeDraft(sealed);
    expect(await db.drafts.count()).toBe(1);
  });
});
