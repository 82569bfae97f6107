// Schema version 3 — adds `helpPoints`: help points an office added on this device or received
// from another. Households gain an optional `session` (a volunteer's session with a citizen,
// wiped when it ends): an optional field, so v2 rows stay valid and nothing is rewritten.
import type { SchemaVersion } from './schema-version';

export const v3: SchemaVersion = {
  version: 3,
  stores: {
    helpPoints: 'id, addedAt',
  },
};
