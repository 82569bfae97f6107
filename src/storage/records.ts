// The shape of every row Carnet keeps in IndexedDB, and the checks applied when a row is read
// back: a row written by an older version, a browser extension or a bug must never crash a
// screen or be taken for valid data.
import * as v from 'valibot';
import { readProfile, type Profile } from '../domain/profile';
import { CLAIM_STATUSES } from '../domain/claims';
import { helpPointSchema } from '../domain/help/office-help-point';
import type { LockRecord, Sealed } from '../domain/lock/lock';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const day = v.pipe(v.string(), v.isoDate());

export { CLAIM_STATUSES, type ClaimStatus } from '../domain/claims';

export const ANSWER_STATES = ['answered', 'unknown', 'skipped'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export const SHARE_CHANNELS = ['print', 'qr', 'share', 'sms', 'email', 'file'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

export interface HouseholdRow {
  id: string;
  name: string;
  profile: Profile;
  /** Language chosen for this household (a volunteer's tablet serves several). */
  language?: string;
  /** Set for a citizen's household on a volunteer's device: wiped when the session ends. */
  session?: { startedAt: string };
  createdAt: string;
  updatedAt: string;
}

const householdEnvelope = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.maxLength(200)),
  profile: v.unknown(),
  language: v.optional(v.string()),
  session: v.optional(v.object({ startedAt: timestamp })),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type HouseholdRead = { ok: true; row: HouseholdRow } | { ok: false; id: string };

export function readHouseholdRow(raw: unknown): HouseholdRead {
  const envelope = v.safeParse(householdEnvelope, raw);
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '';
  if (!envelope.success) return { ok: false, id };
  const profile = readProfile(envelope.output.profile);
  if (!profile.ok) return { ok: false, id };
  return { ok: true, row: { ...envelope.output, profile: profile.profile } };
}

export const answerRowSchema = v.object({
  householdId: v.string(),
  questionId: v.string(),
  state: v.picklist(ANSWER_STATES),
  at: timestamp,
});
export type AnswerRow = v.InferOutput<typeof answerRowSchema>;

export const claimRowSchema = v.object({
  householdId: v.string(),
  rightId: v.string(),
  status: v.picklist(CLAIM_STATUSES),
  /** The day the request was made, or since when the right is received / was refused. */
  since: v.optional(day),
  /** Do not ask "did you get an answer?" before this day. */
  followUpAfter: v.optional(day),
  /** Day of the last fuel delivery (the heating allowance is asked within 60 days of it). */
  delivery: v.optional(day),
  /** Documents of the "what to bring" checklist already gathered. */
  documents: v.optional(v.array(v.string())),
  updatedAt: timestamp,
});
export type ClaimRow = v.InferOutput<typeof claimRowSchema>;

export const noticeRowSchema = v.object({
  id: v.string(),
  householdId: v.string(),
  /** Deduplication key: the same situation never gives two notices. */
  key: v.string(),
  kind: v.string(),
  rightId: v.optional(v.string()),
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  createdAt: timestamp,
  dueOn: v.optional(day),
  readAt: v.optional(timestamp),
  snoozedUntil: v.optional(day),
  dismissedAt: v.optional(timestamp),
  /** "Don't remind me about this right": the planner never mentions the right again. */
  mutesRight: v.optional(v.boolean()),
  /** When it was shown as a system notification (shown once only). */
  shownAt: v.optional(timestamp),
  /** The day the notice is about (a deadline, a change), for the calendar. */
  eventOn: v.optional(day),
});
export type NoticeRow = v.InferOutput<typeof noticeRowSchema>;

export const shareRowSchema = v.object({
  id: v.optional(v.number()),
  householdId: v.string(),
  at: timestamp,
  /** Which sections were shared (ids of the summary sections). */
  what: v.array(v.string()),
  /** To whom, as the person wrote it ("CPAS de Liège", "my daughter"). */
  to: v.pipe(v.string(), v.maxLength(200)),
  channel: v.picklist(SHARE_CHANNELS),
});
export type ShareRow = v.InferOutput<typeof shareRowSchema>;

export const helpPointRowSchema = v.object({
  ...helpPointSchema.entries,
  addedAt: timestamp,
  /** Added on this device, or received from another (a file or a QR code). */
  origin: v.picklist(['this-device', 'received']),
});
export type HelpPointRow = v.InferOutput<typeof helpPointRowSchema>;

export const snapshotRowSchema = v.object({
  householdId: v.string(),
  catalogueVersion: v.string(),
  eligible: v.array(v.string()),
  takenOn: day,
});
export type SnapshotRow = v.InferOutput<typeof snapshotRowSchema>;

export const draftRowSchema = v.object({
  key: v.string(),
  value: v.unknown(),
  updatedAt: timestamp,
});
export type DraftRow = v.InferOutput<typeof draftRowSchema>;

export interface DeviceSettings {
  language?: string;
  activeHouseholdId?: string;
  persistence?: 'granted' | 'denied' | 'unsupported';
  /** The person turned on reminders shown by the phone (system notifications). */
  systemNotifications?: boolean;
  /** A device of a neighbourhood office: volunteers hold sessions with citizens on it. */
  volunteerMode?: boolean;
  /** The PIN or passphrase lock: households are sealed with a key derived from it. */
  lock?: LockRecord;
  /** Wrong tries since the last right one, for the growing wait (kept across reloads). */
  lockFailures?: { count: number; lastAt: number };
}

export interface SettingsRow {
  key: 'device';
  value: DeviceSettings;
}

/** A row as IndexedDB holds it: whole, or with its personal fields sealed under the lock (vault/sealing.ts). */
export type Stored<T, Secret extends keyof T> = T | (Omit<T, Secret> & { sealed: Sealed });
export type StoredHousehold = Stored<HouseholdRow, 'name' | 'profile' | 'language'>;
export type StoredDraft = Stored<DraftRow, 'value'>;
export type StoredShare = Stored<ShareRow, 'to' | 'what'>;

/** Parse a row, or drop it: an unreadable row is skipped, never shown as if it were valid. */
export function readRows<T>(schema: v.GenericSchema<unknown, T>, rows: unknown[]): T[] {
  const valid: T[] = [];
  for (const row of rows) {
    const result = v.safeParse(schema, row);
    if (result.success) valid.push(result.output);
  }
  return valid;
}
