// A backup of every household on the device, in one file locked with a passphrase: to move to
// a new phone, or to keep in case this one is lost. Versioned like the profile: a file from an
// earlier version is carried up through each migration before it is read.
import * as v from 'valibot';
import { CLAIM_STATUSES } from '../claims';
import { readProfile, type Profile, type ProfileIssue } from '../profile';
import { open, seal, type OpenError } from '../handover/envelope';

export const BACKUP_FORMAT = 'carnet-backup';
export const BACKUP_VERSION = 1;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const day = v.pipe(v.string(), v.isoDate());

const claimSchema = v.object({
  rightId: v.pipe(v.string(), v.maxLength(80)),
  status: v.picklist(CLAIM_STATUSES),
  since: v.optional(day),
  followUpAfter: v.optional(day),
  delivery: v.optional(day),
  documents: v.optional(v.array(v.pipe(v.string(), v.maxLength(80)))),
  updatedAt: timestamp,
});

const answerSchema = v.object({
  questionId: v.pipe(v.string(), v.maxLength(120)),
  state: v.picklist(['answered', 'unknown', 'skipped']),
  at: timestamp,
});

const householdSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(200)),
  language: v.optional(v.pipe(v.string(), v.maxLength(12))),
  profile: v.unknown(),
  answers: v.pipe(v.array(answerSchema), v.maxLength(500)),
  claims: v.pipe(v.array(claimSchema), v.maxLength(200)),
});

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  createdAt: timestamp,
  households: v.pipe(v.array(householdSchema), v.maxLength(100)),
});

export type BackupHousehold = Omit<v.InferOutput<typeof householdSchema>, 'profile'> & { profile: Profile };
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  households: BackupHousehold[];
}

export type BackupRead =
  | { ok: true; backup: Backup }
  | { ok: false; error: OpenError | 'not-a-backup' | 'newer-version' | 'invalid'; issues?: ProfileIssue[] };

/**
 * Each earlier version's reader, carrying it one version up. Version 1 is the first: a change
 * to the format adds `2: (v1) => v2` here and a test reading a real v1 file.
 */
const MIGRATIONS: Record<number, (backup: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(value: Record<string, unknown>): Record<string, unknown> | 'newer-version' | 'not-a-backup' {
  if (value.format !== BACKUP_FORMAT || typeof value.version !== 'number' || !Number.isInteger(value.version)) return 'not-a-backup';
  if (value.version > BACKUP_VERSION) return 'newer-version';
  let current = value;
  for (let version = value.version + 1; version <= BACKUP_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return 'not-a-backup';
    current = step(current);
  }
  return current;
}

export function readBackup(value: unknown): BackupRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'not-a-backup' };
  const migrated = migrate(value as Record<string, unknown>);
  if (typeof migrated === 'string') return { ok: false, error: migrated };
  const parsed = v.safeParse(backupSchema, migrated);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const households: BackupHousehold[] = [];
  for (const household of parsed.output.households) {
    const profile = readProfile(household.profile);
    if (!profile.ok) return { ok: false, error: 'invalid', issues: profile.issues };
    households.push({ ...household, profile: profile.profile });
  }
  return { ok: true, backup: { ...parsed.output, households } };
}

export function sealBackup(backup: Backup, passphrase: string): Promise<string> {
  return seal('backup', backup, passphrase);
}

export async function openBackup(text: string, passphrase: string): Promise<BackupRead> {
  const opened = await open(text, passphrase);
  if (!opened.ok) return opened;
  if (opened.kind !== 'backup') return { ok: false, error: 'not-a-backup' };
  return readBackup(opened.value);
}
