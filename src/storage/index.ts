// Public API of the storage layer: the rest of the app reaches IndexedDB only through here
// (and through ./shell.ts, its light part, which this re-exports).
export * from './shell';
export * from './repositories/households';

export * from './repositories/claims';
export * from './repositories/answers';
export * from './repositories/notices';
export * from './repositories/notice-planning';
export * from './repositories/share-log';
export * from './repositories/drafts';
export * from './repositories/help-points';
export * from './repositories/volunteer-sessions';
export * from './repositories/backups';
export { deleteEverything } from './delete-everything';
export * from './hooks/live';
export { estimateStorage, type StorageUsage } from './persistence';
export { StorageError, type StorageErrorKind } from './storage-errors';
export { CLAIM_STATUSES, type ClaimStatus, type ClaimRow, type HouseholdRow, type NoticeRow, type ShareRow, type AnswerState, type AnswerRow, type SnapshotRow, type HelpPointRow } from './records';
export { useDraftField, type DraftField } from './hooks/use-draft-field';
export { useHouseholdEvaluation, type HouseholdEvaluation } from './hooks/use-evaluation';
export { unlockCarnet, lockCarnet, setLock, changeLock, removeLock, waitBeforeNextTry, type UnlockResult } from './repositories/lock';
