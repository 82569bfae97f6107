// Where a household stands with a right it may have: what the person told the app.
import type { IsoDate } from '../calendar/iso-date';

export const CLAIM_STATUSES = ['not-asked', 'asked', 'receiving', 'refused', 'not-for-me'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ClaimState {
  rightId: string;
  status: ClaimStatus;
  /** The day of the request, or since when the right is received / was refused. */
  since?: IsoDate;
  /** Do not ask "did you get an answer?" before this day (the person said "still waiting"). */
  followUpAfter?: IsoDate;
}
