// Half-typed answers, saved as they are typed: an update, a crash or a closed tab must not
// lose what someone was in the middle of writing. Keys start with the household id.
import { db } from '../db';
import { guard } from '../storage-errors';

export function draftKey(householdId: string, field: string): string {
  return `${householdId}:${field}`;
}

export async function saveDraft(key: string, value: unknown): Promise<void> {
  await guard(() => db.drafts.put({ key, value, updatedAt: new Date().toISOString() }));
}

export async function readDraft(key: string): Promise<unknown> {
  const row = await guard(() => db.drafts.get(key));
  return row?.value;
}

export async function clearDraft(key: string): Promise<void> {
  await guard(() => db.drafts.delete(key));
}
