export { CLAIM_STATUSES, type ClaimStatus, type ClaimState } from './claim';
export { followUpDue, nextFollowUp, FOLLOW_UP_AFTER_DAYS } from './follow-up';
