// A new household starts with only its "self" member and nothing else known: absent means
// unknown, so nothing is filled in on the person's behalf.
import { PROFILE_FORMAT, PROFILE_VERSION } from './vocabulary';
import type { Member, Profile } from './profile-schema';

export function emptyProfile(): Profile {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    household: { members: [{ id: 'm1', relation: 'self' }] },
  };
}

export function selfOf(profile: Profile): Member {
  const self = profile.household.members.find((member) => member.relation === 'self');
  // The schema guarantees exactly one "self"; reaching this line means an unvalidated object.
  if (!self) throw new Error('A validated profile always has a "self" member');
  return self;
}
