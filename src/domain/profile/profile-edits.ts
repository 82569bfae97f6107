// Edits a person makes to their profile, as pure functions returning a new profile. Clearing
// a field removes it (absent means unknown): an emptied answer is never stored as "" or 0.
import type { Household, Member, Profile } from './profile-schema';
import type { Relation } from './vocabulary';

type HouseholdFields = Omit<Household, 'members'>;

export function setHouseholdField<K extends keyof HouseholdFields>(
  profile: Profile,
  field: K,
  value: HouseholdFields[K] | undefined,
): Profile {
  const household: Household = { ...profile.household };
  if (value === undefined) delete household[field];
  else household[field] = value as Household[K];
  return { ...profile, household };
}

export function setMemberField<K extends Exclude<keyof Member, 'id'>>(
  profile: Profile,
  memberId: string,
  field: K,
  value: Member[K] | undefined,
): Profile {
  const members = profile.household.members.map((member) => {
    if (member.id !== memberId) return member;
    const next: Member = { ...member };
    if (value === undefined) delete next[field];
    else next[field] = value as Member[K];
    return next;
  });
  return { ...profile, household: { ...profile.household, members } };
}

/** Ids are "m1", "m2"…; a removed member's id is never reused within the profile. */
export function nextMemberId(profile: Profile): string {
  const used = profile.household.members
    .map((member) => /^m(\d+)$/.exec(member.id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `m${Math.max(0, ...used) + 1}`;
}

export function addMember(profile: Profile, relation: Exclude<Relation, 'self'>): { profile: Profile; memberId: string } {
  const memberId = nextMemberId(profile);
  const members = [...profile.household.members, { id: memberId, relation }];
  return { profile: { ...profile, household: { ...profile.household, members } }, memberId };
}

export function removeMember(profile: Profile, memberId: string): Profile {
  const members = profile.household.members.filter((member) => member.id !== memberId || member.relation === 'self');
  return { ...profile, household: { ...profile.household, members } };
}
