// Schema version 2 — adds `snapshots`: per household, what was probably due at the last notice
// planning, so the planner can tell a new right. Claims gain an optional delivery date (for the
// heating allowance's 60 days) and notices optional `mutesRight` / `shownAt`: optional fields,
// so v1 rows stay valid as they are and the upgrade has nothing to rewrite.
import type { SchemaVersion } from './schema-version';

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    snapshots: 'householdId',
  },
};
