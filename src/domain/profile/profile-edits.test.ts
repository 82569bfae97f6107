import { describe, expect, it } from 'vitest';
import { emptyProfile } from './profile-factory';
import { addMember, nextMemberId, removeMember, setHouseholdField, setMemberField } from './profile-edits';
import { readProfile } from './interchange';

describe('editing a profile', () => {
  it('removes a cleared field instead of storing an empty value', () => {
    const withCode = setHouseholdField(emptyProfile(), 'postalCode', '4000');
    expect(withCode.household.postalCode).toBe('4000');
    const cleared = setHouseholdField(withCode, 'postalCode', undefined);
    expect('postalCode' in cleared.household).toBe(false);
  });

  it('adds members with fresh ids and never reuses a removed one', () => {
    let profile = emptyProfile();
    const first = addMember(profile, 'child');
    profile = first.profile;
    const second = addMember(profile, 'partner');
    profile = removeMember(second.profile, second.memberId);
    expect(first.memberId).toBe('m2');
    expect(second.memberId).toBe('m3');
    expect(nextMemberId(second.profile)).toBe('m4');
    expect(profile.household.members.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('never removes the person themselves', () => {
    expect(removeMember(emptyProfile(), 'm1').household.members).toHaveLength(1);
  });

  it('sets and clears a member field, keeping the profile valid', () => {
    const dated = setMemberField(emptyProfile(), 'm1', 'birthDate', '1970-01-31');
    expect(dated.household.members[0]?.birthDate).toBe('1970-01-31');
    expect(readProfile(dated).ok).toBe(true);
    const cleared = setMemberField(dated, 'm1', 'birthDate', undefined);
    expect(cleared.household.members[0]).toEqual({ id: 'm1', relation: 'self' });
  });

  it('leaves the original profile untouched', () => {
    const original = emptyProfile();
    setHouseholdField(original, 'postalCode', '1000');
    addMember(original, 'child');
    expect(original).toEqual(emptyProfile());
  });
});
