import { describe, expect, it } from 'vitest';
import { aHousehold } from '../testing/household-builder';
import { seal } from './envelope';
import { openProfile, sealProfile } from './profile-handover';
import { SECTIONS } from './sections';

const profile = aHousehold('2026-11-22').inWallonia().belgian().aged(67).earning(['pension', 1100]).build();

describe('a household handed to another device', () => {
  it('arrives whole, through a code', async () => {
    const text = await sealProfile(profile, SECTIONS, '314159');
    expect(await openProfile(text, '314159')).toEqual({ ok: true, profile });
  });

  it('is refused when the envelope holds something else, or a profile that is not valid', async () => {
    expect(await openProfile(await seal('help-point', { name: 'x' }))).toEqual({ ok: false, error: 'not-a-profile' });
    const invalid = await openProfile(await seal('profile', { format: 'carnet-profile', version: 1, household: { members: [] } }));
    expect(invalid).toMatchObject({ ok: false, error: 'invalid-profile' });
    expect(invalid.ok === false && 'issues' in invalid && invalid.issues[0]).toMatchObject({ path: 'household.members', code: 'self-count' });
  });
});
