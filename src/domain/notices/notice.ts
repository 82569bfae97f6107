// What the app may tell a household without being asked: a right probably due and not asked
// for, a new right, a request that should have had an answer, a deadline, a figure that changes.
import type { IsoDate } from '../calendar/iso-date';
import type { RightId } from '../rights';

export const NOTICE_KINDS = ['follow-up', 'deadline', 'change', 'new-right', 'unclaimed', 'renewal'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type NoticeParams = Record<string, string | number>;

/** A notice the planner proposes. Its key never changes for the same situation (deduplication). */
export interface PlannedNotice {
  key: string;
  kind: NoticeKind;
  rightId: RightId;
  /** The day it becomes relevant: today for most, the deadline's reminder day for a deadline. */
  dueOn: IsoDate;
  /** The day the notice is about (a deadline, the request, the change), for the calendar. */
  eventOn?: IsoDate;
  params: NoticeParams;
}

/** A notice already stored, as the planner needs to know it. */
export interface NoticeState {
  key: string;
  kind: string;
  rightId?: string;
  createdOn: IsoDate;
  dismissed?: boolean;
  /** "Don't remind me about this right": no notice about it ever again. */
  mutesRight?: boolean;
}

/** Which rights were probably due at the last planning, and under which catalogue. */
export interface Snapshot {
  catalogueVersion: string;
  eligible: RightId[];
  takenOn: IsoDate;
}
