// Device settings (not a household's): interface language, the household in use, whether the
// browser agreed to keep our storage. Read on start-up, so checked by hand (no validator in
// the first screen's code).
import { db } from '../db';
import type { LockRecord } from '../../domain/lock/lock';
import type { DeviceSettings } from '../records';
import { guard } from '../storage-errors';

const KEY = 'device';
const PERSISTENCE = new Set(['granted', 'denied', 'unsupported']);

/** Only its shape is checked here: a record damaged inside refuses every PIN, never opens without one. */
function readLock(raw: unknown): LockRecord | undefined {
  const lock = raw as Partial<LockRecord> | null | undefined;
  return lock?.version === 1 && typeof lock.salt === 'string' && typeof lock.check === 'object' ? (lock as LockRecord) : undefined;
}

export function readSettings(raw: unknown): DeviceSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const { language, activeHouseholdId, persistence, systemNotifications, volunteerMode, lock, lockFailures } = raw as Record<string, unknown>;
  const settings: DeviceSettings = {};
  if (typeof language === 'string') settings.language = language;
  if (typeof activeHouseholdId === 'string') settings.activeHouseholdId = activeHouseholdId;
  if (typeof systemNotifications === 'boolean') settings.systemNotifications = systemNotifications;
  if (volunteerMode === true) settings.volunteerMode = true;
  const lockRecord = readLock(lock);
  if (lockRecord) settings.lock = lockRecord;
  const failures = lockFailures as DeviceSettings['lockFailures'];
  if (Number.isInteger(failures?.count) && Number.isFinite(failures?.lastAt)) settings.lockFailures = failures;
  if (typeof persistence === 'string' && PERSISTENCE.has(persistence)) {
    settings.persistence = persistence as DeviceSettings['persistence'];
  }
  return settings;
}

export async function getSettings(): Promise<DeviceSettings> {
  const row = await guard(() => db.settings.get(KEY));
  return readSettings(row?.value);
}

export async function updateSettings(patch: Partial<DeviceSettings>): Promise<DeviceSettings> {
  return guard(() =>
    db.transaction('rw', db.settings, async () => {
      const next = { ...(await getSettings()), ...patch };
      await db.settings.put({ key: KEY, value: next });
      return next;
    }),
  );
}
