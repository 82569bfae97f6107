// The notice planner: (profile, claims, notices already given, catalogue, today) → the notices
// to add now. Pure, so the app and the service worker plan the same way, offline, on the device.
// At most a few notices a week: the most useful first, the rest wait for a later day.
import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { followUpDue, type ClaimState } from '../claims';
import type { Profile } from '../profile';
import { evaluateRights, toMonthly, type Catalogue, type RightId, type RightResult } from '../rights';
import { upcomingChanges } from './upcoming-changes';
import type { NoticeKind, NoticeState, PlannedNotice, Snapshot } from './notice';

/** No more than this many notices in any 7 days: more would be noise. */
export const MAX_NOTICES_PER_WEEK = 3;
/** A right still not asked for is mentioned again after this many days. */
export const REMIND_UNCLAIMED_AFTER_DAYS = 60;
/** A deadline is announced this many days before it. */
export const DEADLINE_NOTICE_DAYS = 14;
/** Figure changes are looked for this far ahead. */
export const CHANGE_HORIZON_DAYS = 60;
/** The heating allowance must be asked within 60 days of a delivery (research §6). */
export const HEATING_REQUEST_DAYS = 60;

const PRIORITY: Record<NoticeKind, number> = { 'follow-up': 0, deadline: 1, change: 2, renewal: 3, 'new-right': 4, unclaimed: 5 };

export interface PlannerInput {
  profile: Profile;
  claims: readonly (ClaimState & { delivery?: IsoDate })[];
  notices: readonly NoticeState[];
  catalogue: Catalogue;
  today: IsoDate;
  /** What was probably due at the last planning; absent the first time. */
  snapshot?: Snapshot;
}

export interface PlannerOutput {
  notices: PlannedNotice[];
  /** To store for next time. */
  snapshot: Snapshot;
}

function monthlyValue(result: RightResult): number {
  return result.estimate && result.estimate.per !== 'once' ? Math.round(toMonthly(result.estimate) * 100) / 100 : 0;
}

function candidates(input: PlannerInput, results: readonly RightResult[]): PlannedNotice[] {
  const { today, snapshot } = input;
  const claims = new Map(input.claims.map((claim) => [claim.rightId, claim]));
  const out: PlannedNotice[] = [];

  for (const claim of input.claims) {
    if (followUpDue(claim, today) && claim.since) {
      out.push({
        key: `follow-up:${claim.rightId}:${claim.since}:${claim.followUpAfter ?? ''}`,
        kind: 'follow-up',
        rightId: claim.rightId as RightId,
        dueOn: today,
        eventOn: claim.since,
        params: { since: claim.since, weeks: Math.floor(daysBetween(claim.since, today) / 7) },
      });
    }
    // A delivery of heating oil opens 60 days to ask for the heating allowance.
    if (claim.rightId === 'be-heating-allowance' && claim.delivery && claim.status !== 'asked' && claim.status !== 'receiving') {
      const deadline = addDays(claim.delivery, HEATING_REQUEST_DAYS);
      if (today <= deadline) {
        out.push({
          key: `deadline:be-heating-allowance:${claim.delivery}`,
          kind: 'deadline',
          rightId: 'be-heating-allowance',
          dueOn: addDays(deadline, -DEADLINE_NOTICE_DAYS) < today ? today : addDays(deadline, -DEADLINE_NOTICE_DAYS),
          eventOn: deadline,
          params: { deadline, delivery: claim.delivery },
        });
      }
    }
  }

  for (const result of results) {
    const claim = claims.get(result.id);
    const untouched = !claim || claim.status === 'not-asked';
    if (result.status !== 'eligible' || result.receiving || !untouched) continue;
    // The study allowance is asked again every school year: a reminder as each one starts.
    if (result.id === 'fwb-study-allowance') {
      const year = Number(today.slice(0, 4)) - (today.slice(5) < '08-15' ? 1 : 0);
      out.push({
        key: `renewal:fwb-study-allowance:${year}`,
        kind: 'renewal',
        rightId: result.id,
        dueOn: `${year}-08-15` < today ? today : `${year}-08-15`,
        params: { schoolYear: `${year}-${year + 1}` },
      });
    }
    if (result.automatic) continue;
    const isNew = snapshot !== undefined && !snapshot.eligible.includes(result.id);
    out.push({
      key: `unclaimed:${result.id}`,
      kind: isNew ? 'new-right' : 'unclaimed',
      rightId: result.id,
      dueOn: today,
      params: {
        monthly: monthlyValue(result),
        ...(isNew ? { because: snapshot.catalogueVersion !== input.catalogue.version ? 'catalogue' : 'household' } : {}),
      },
    });
  }

  for (const change of upcomingChanges(input.profile, input.catalogue, today, results, CHANGE_HORIZON_DAYS)) {
    out.push({
      key: `change:${change.rightId}:${change.on}`,
      kind: 'change',
      rightId: change.rightId,
      dueOn: today,
      eventOn: change.on,
      params: { on: change.on, from: change.from, to: change.to },
    });
  }
  return out;
}

/** A reminder for a right still not asked for, once the first notice is old enough. */
function reminders(input: PlannerInput, planned: readonly PlannedNotice[]): PlannedNotice[] {
  const out: PlannedNotice[] = [];
  for (const notice of planned) {
    if (notice.kind !== 'unclaimed' && notice.kind !== 'new-right') continue;
    const first = input.notices.find((n) => n.key === notice.key);
    if (!first) continue;
    const age = daysBetween(first.createdOn, input.today);
    if (age < REMIND_UNCLAIMED_AFTER_DAYS || first.dismissed) continue;
    const round = Math.floor(age / REMIND_UNCLAIMED_AFTER_DAYS);
    out.push({ ...notice, key: `${notice.key}:reminder:${round}`, kind: 'unclaimed', params: { ...notice.params, reminder: round } });
  }
  return out;
}

export function planNotices(input: PlannerInput): PlannerOutput {
  const results = evaluateRights(input.profile, input.today, input.catalogue).results;
  const muted = new Set(input.notices.filter((n) => n.mutesRight && n.rightId).map((n) => n.rightId));
  const known = new Set(input.notices.map((n) => n.key));
  const planned = candidates(input, results);
  const all = [...planned, ...reminders(input, planned)]
    .filter((notice) => !known.has(notice.key) && !muted.has(notice.rightId) && notice.dueOn <= input.today)
    .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || Number(b.params.monthly ?? 0) - Number(a.params.monthly ?? 0) || a.key.localeCompare(b.key));
  const lastWeek = input.notices.filter((n) => daysBetween(n.createdOn, input.today) < 7).length;
  const room = Math.max(0, MAX_NOTICES_PER_WEEK - lastWeek);
  return {
    notices: all.slice(0, room),
    snapshot: {
      catalogueVersion: input.catalogue.version,
      eligible: results.filter((r) => r.status === 'eligible').map((r) => r.id),
      takenOn: input.today,
    },
  };
}

