import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CarnetDatabase } from '../db';
import { readHouseholdRow } from '../records';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './index';
import { v1Data } from './fixtures/v1-data';
import { v2Data } from './fixtures/v2-data';
import { v3Data } from './fixtures/v3-data';

// One fixture set per schema version that ever shipped. A new version adds its fixtures here
// and the loop below upgrades every earlier one to it.
const FIXTURES: Record<number, Record<string, readonly unknown[]>> = { 1: v1Data, 2: v2Data, 3: v3Data };

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) database.close();
});

async function seedAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const v = old.version(schema.version).stores(schema.stores);
    if (schema.upgrade) v.upgrade(schema.upgrade);
  }
  await old.open();
  for (const [table, rows] of Object.entries(FIXTURES[version] ?? {})) {
    await old.table(table).bulkAdd(rows as object[]);
  }
  old.close();
}

describe('schema migrations', () => {
  it('keeps a fixture set for every schema version', () => {
    for (const schema of SCHEMA_VERSIONS) expect(FIXTURES[schema.version], `fixtures for v${schema.version}`).toBeDefined();
  });

  for (const schema of SCHEMA_VERSIONS) {
    it(`opens data written by schema v${schema.version} with the current schema v${CURRENT_SCHEMA_VERSION}, nothing lost`, async () => {
      const name = `migration-from-v${schema.version}`;
      await seedAtVersion(name, schema.version);
      const current = new CarnetDatabase(name);
      opened.push(current);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);

      const households = await current.households.toArray();
      expect(households).toHaveLength(schema.version >= 3 ? 2 : 1);
      const read = readHouseholdRow(await current.households.get('h-amina'));
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.row.name).toBe('Amina');
        expect(read.row.profile.household.members).toHaveLength(2);
      }
      expect(await current.claims.get(['h-amina', 'be-bim'])).toMatchObject({ status: 'asked', since: '2026-10-20' });
      expect(await current.notices.count()).toBe(1);
      expect(await current.shareLog.count()).toBe(1);
      expect(await current.drafts.get('h-amina:monthlyRent')).toMatchObject({ value: '72' });
      expect(await current.settings.get('device')).toMatchObject({ value: { activeHouseholdId: 'h-amina' } });
      expect(await current.answers.count()).toBe(1);
      if (schema.version >= 2) {
        expect(await current.snapshots.get('h-amina')).toMatchObject({ eligible: ['be-bim'] });
        expect(await current.claims.get(['h-amina', 'be-heating-allowance'])).toMatchObject({ delivery: '2026-10-10' });
      } else {
        // Data from before snapshots existed opens with an empty table, ready to be filled.
        expect(await current.snapshots.count()).toBe(0);
      }
      if (schema.version >= 3) {
        expect(readHouseholdRow(await current.households.get('h-session'))).toMatchObject({ ok: true, row: { session: { startedAt: '2026-11-20T09:00:00.000Z' } } });
        expect(await current.helpPoints.get('hp-molenbeek')).toMatchObject({ name: 'Maison sociale du Vieux Molenbeek', origin: 'this-device' });
      } else {
        expect(await current.helpPoints.count()).toBe(0);
      }
    });
  }
});
