// A household handed from one device to another (citizen → office → citizen) in the profile
// interchange format, with only the sections the person chose.
import { readProfile, type Profile, type ProfileIssue } from '../profile';
import { open, seal, type OpenError } from './envelope';
import { keepSections, type Section } from './sections';

export type ProfileOpened =
  | { ok: true; profile: Profile }
  | { ok: false; error: OpenError | 'not-a-profile' }
  | { ok: false; error: 'invalid-profile'; issues: ProfileIssue[] };

export function sealProfile(profile: Profile, sections: readonly Section[], code?: string): Promise<string> {
  return seal('profile', keepSections(profile, sections), code);
}

export async function openProfile(text: string, code?: string): Promise<ProfileOpened> {
  const opened = await open(text, code);
  if (!opened.ok) return opened;
  if (opened.kind !== 'profile') return { ok: false, error: 'not-a-profile' };
  const read = readProfile(opened.value);
  return read.ok ? { ok: true, profile: read.profile } : { ok: false, error: 'invalid-profile', issues: read.issues };
}
