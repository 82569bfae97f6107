// What can be wrong with a profile, as data: the app and the CLI turn an issue into words in
// the reader's language (locales/<lang>/errors.json), so nothing here is a sentence.
import type * as v from 'valibot';

export type ProfileIssueCode =
  | 'not-json'
  | 'too-large'
  | 'not-an-object'
  | 'wrong-format'
  | 'wrong-version'
  | 'newer-version'
  | 'required'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'invalid-postal-code'
  | 'out-of-range'
  | 'too-long'
  | 'too-many'
  | 'self-count'
  | 'duplicate-id';

export interface ProfileIssue {
  code: ProfileIssueCode;
  /** JSON path of the field, e.g. `household.members[1].birthDate`; empty for the whole document. */
  path: string;
  /** What was expected, when it helps the reader (a type or the allowed values). */
  expected?: string;
  /** What was found, shortened. */
  received?: string;
}

const CUSTOM_CODES = new Set<string>([
  'invalid-date',
  'invalid-postal-code',
  'out-of-range',
  'too-long',
  'too-many',
  'self-count',
  'duplicate-id',
  'required',
]);

const BASE_TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'loose_object']);

export function toJsonPath(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function fromValibotIssue(issue: v.BaseIssue<unknown>): ProfileIssue {
  const path = toJsonPath(issuePath(issue));
  const received = issue.input === undefined ? undefined : shorten(describeValue(issue.input));
  let code: ProfileIssueCode;
  if (CUSTOM_CODES.has(issue.message)) code = issue.message as ProfileIssueCode;
  else if (issue.kind === 'schema' && issue.input === undefined) code = 'required';
  else if (issue.kind === 'schema' && BASE_TYPES.has(issue.type)) code = 'wrong-type';
  else if (issue.type === 'finite' || issue.type === 'integer') code = 'wrong-type';
  else code = 'invalid-value';
  const result: ProfileIssue = { code, path };
  if (issue.expected && code !== 'required' && code !== 'out-of-range') result.expected = issue.expected;
  if (code === 'out-of-range' && issue.requirement !== undefined) result.expected = String(issue.requirement);
  if (received !== undefined && code !== 'required') result.received = received;
  if (code === 'self-count' || code === 'duplicate-id') result.received = issue.received;
  return result;
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
