import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
// The loop below upgrades every earlier version's fixtures (fixtures/seed.ts) to the current one.
import { CarnetDatabase } from '../db';
import { readHouseholdRow } from '../records';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './index';
import { FIXTURES, seedAtVersion } from './fixtures/seed';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) database.close();
});

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
