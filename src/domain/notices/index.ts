// Public API of the notice planner.
export { planNotices, MAX_NOTICES_PER_WEEK, REMIND_UNCLAIMED_AFTER_DAYS, DEADLINE_NOTICE_DAYS, HEATING_REQUEST_DAYS, type PlannerInput, type PlannerOutput } from './planner';
export { NOTICE_KINDS, type NoticeKind, type NoticeParams, type NoticeState, type PlannedNotice, type Snapshot } from './notice';
export { toIcs, type CalendarEvent } from './ics';
