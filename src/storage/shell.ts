// The light part of the storage API, for the app shell and the first screen: household
// summaries, device settings, the unread count, storage events, drafts on reload. It loads
// no validator, so the first screen stays within its size budget (docs/decisions/0004).
// Everything else goes through ./index.ts.
export { listHouseholdSummaries, type HouseholdSummaries } from './repositories/household-summaries';
export { householdInUse, type HouseholdSummary } from './household-summary';
export { getSettings, updateSettings } from './repositories/settings';
export { createEmptyHousehold } from './repositories/create-household';
export { pickLanguage } from './repositories/household-language';
export { useActiveHousehold, type ActiveHousehold } from './hooks/use-active-household';
export { useSettings, useUnreadNoticeCount } from './hooks/shell-hooks';
export { onStorageEvent, type StorageEvent } from './storage-events';
export { hasUnsavedEdits, flushUnsavedEdits } from './unsaved-edits';
export { requestPersistentStorage, type PersistenceState } from './persistence';
export { vaultMatches, setVaultState } from './vault/vault-state';
export type { DeviceSettings } from './records';
