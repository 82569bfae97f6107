// Public API of the profile module: the interchange format, its vocabulary and helpers.
export * from './vocabulary';
export type { Profile, Household, Member, Income, Housing, TaxableIncome } from './profile-schema';
export { readProfile, readProfileText, writeProfile, MAX_PROFILE_BYTES, type ProfileReadResult } from './interchange';
export type { ProfileIssue, ProfileIssueCode } from './profile-issues';
export { regionFromPostalCode, regionOf } from './region';
export { emptyProfile, selfOf } from './profile-factory';
export { setHouseholdField, setMemberField, addMember, removeMember, nextMemberId } from './profile-edits';
