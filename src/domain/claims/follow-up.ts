// A few weeks after a request, the app asks "Did you get an answer?" — as the best take-up
// tools do — and again a few weeks after "still waiting".
import { addDays, type IsoDate } from '../calendar/iso-date';
import type { ClaimState } from './claim';

/** Offices answer most requests within a month (the CPAS has 30 days for the RIS). */
export const FOLLOW_UP_AFTER_DAYS = 28;

export function followUpDue(claim: ClaimState, today: IsoDate): boolean {
  if (claim.status !== 'asked' || !claim.since) return false;
  const due = claim.followUpAfter ?? addDays(claim.since, FOLLOW_UP_AFTER_DAYS);
  return due <= today;
}

/** "Still waiting": ask again in four weeks. */
export function nextFollowUp(today: IsoDate): IsoDate {
  return addDays(today, FOLLOW_UP_AFTER_DAYS);
}
