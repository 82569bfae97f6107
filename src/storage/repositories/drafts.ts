// Half-typed answers, saved as they are typed: an update, a crash or a closed tab must not
// lose what someone was in the middle of writing. Keys start with the household id. A draft
// may be an income: under a lock its value is sealed like the household itself.
import { db } from '../db';
import { guard } from '../storage-errors';
import { LOCKED, openRecord, sealRecord, SEALED_FIELDS } from '../vault/sealing';
import { writeSealed } from '../vault/vault-guard';

export function draftKey(householdId: string, field: string): string {
  return `${householdId}:${field}`;
}

// Sealing is asynchronous: drafts are written one after another, so a later keystroke's draft
// is never overwritten by an earlier one that took longer to seal.
let writes: Promise<unknown> = Promise.resolve();

function inTurn(write: () => Promise<void>): Promise<void> {
  const next = writes.then(write);
  writes = next.catch(() => undefined);
  return next;
}

export function saveDraft(key: string, value: unknown): Promise<void> {
  return inTurn(async () => {
    const { row, lockId } = await sealRecord({ key, value, updatedAt: new Date().toISOString() }, SEALED_FIELDS.drafts);
    await writeSealed([lockId], [db.drafts], () => db.drafts.put(row));
  });
}

export async function readDraft(key: string): Promise<unknown> {
  const row = await guard(() => db.drafts.get(key));
  const opened = await openRecord(row);
  return opened === LOCKED ? undefined : (opened as { value?: unknown } | undefined)?.value;
}

export function clearDraft(key: string): Promise<void> {
  return inTurn(() => guard(() => db.drafts.delete(key)));
}
