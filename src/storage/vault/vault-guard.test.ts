import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { setLock } from '../repositories/lock';
import { sealRecord, SEALED_FIELDS } from './sealing';
import { assertSealedUnder } from './vault-guard';
import { setVaultState } from './vault-state';

beforeEach(async () => {
  setVaultState({ kind: 'open' });
  await db.delete();
  await db.open();
});

function writeDraft(sealed: Awaited<ReturnType<typeof sealRecord<{ key: string; value: string; updatedAt: string }>>>) {
  return db.transaction('rw', db.drafts, db.settings, async () => {
    await assertSealedUnder([sealed.lockId]);
    await db.drafts.put(sealed.row);
  });
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
    const { changeLock } = await import('../repositories/lock');
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
