// Schema version 1 — the first one. Append-only: a later change gets its own file (v2.ts)
// with an upgrade function and a test upgrading real v1 data; this file never changes.
import type { SchemaVersion } from './schema-version';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    households: 'id, updatedAt',
    answers: '[householdId+questionId], householdId',
    claims: '[householdId+rightId], householdId',
    notices: 'id, householdId, &[householdId+key]',
    settings: 'key',
    shareLog: '++id, householdId, at',
    drafts: 'key',
  },
};
