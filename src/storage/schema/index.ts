// Every schema version, oldest first. Adding a version: append a file, list it here, and add
// its case to migrations.test.ts with fixture data of every earlier version.
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import type { SchemaVersion } from './schema-version';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
export type { SchemaVersion };
