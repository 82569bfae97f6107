// Reading and writing the profile interchange format v1 — the public contract spoken by
// exports, QR handoffs and the `rights` command. Reading never throws: it returns the
// profile or the list of issues, each naming its field.
import * as v from 'valibot';
import { PROFILE_FORMAT, PROFILE_VERSION } from './vocabulary';
import { profileSchema, type Profile } from './profile-schema';
import { fromValibotIssue, describeValue, type ProfileIssue } from './profile-issues';

/** Larger inputs are refused before parsing: no real household needs a megabyte. */
export const MAX_PROFILE_BYTES = 1_000_000;

export type ProfileReadResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

function fail(issue: ProfileIssue): ProfileReadResult {
  return { ok: false, issues: [issue] };
}

export function readProfile(input: unknown): ProfileReadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail({ code: 'not-an-object', path: '', received: describeValue(input) });
  }
  const document = input as Record<string, unknown>;
  // The envelope is checked first so that a file of another kind gets one clear message
  // instead of a list of every field it lacks.
  if (document.format !== PROFILE_FORMAT) {
    return fail({
      code: document.format === undefined ? 'required' : 'wrong-format',
      path: 'format',
      expected: JSON.stringify(PROFILE_FORMAT),
      ...(document.format === undefined ? {} : { received: describeValue(document.format) }),
    });
  }
  if (document.version !== PROFILE_VERSION) {
    const newer = typeof document.version === 'number' && document.version > PROFILE_VERSION;
    return fail({
      code: document.version === undefined ? 'required' : newer ? 'newer-version' : 'wrong-version',
      path: 'version',
      expected: String(PROFILE_VERSION),
      ...(document.version === undefined ? {} : { received: describeValue(document.version) }),
    });
  }
  const result = v.safeParse(profileSchema, input);
  if (result.success) return { ok: true, profile: result.output };
  return { ok: false, issues: result.issues.map(fromValibotIssue) };
}

export function readProfileText(text: string): ProfileReadResult {
  if (utf8Length(text) > MAX_PROFILE_BYTES) {
    return fail({ code: 'too-large', path: '', expected: String(MAX_PROFILE_BYTES) });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json', path: '' });
  }
  return readProfile(parsed);
}

export function writeProfile(profile: Profile): string {
  return JSON.stringify(profile, null, 2);
}

function utf8Length(text: string): number {
  // Quick bound first: a UTF-8 string is at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_PROFILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
