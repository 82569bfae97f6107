import { describe, expect, it } from 'vitest';
import example from './fixtures/contract-example.json';
import { MAX_PROFILE_BYTES, readProfile, readProfileText, writeProfile } from './interchange';

function issuesOf(input: unknown) {
  const result = readProfile(input);
  if (result.ok) throw new Error('expected the profile to be refused');
  return result.issues;
}

function withMember(member: Record<string, unknown>) {
  return { format: 'carnet-profile', version: 1, household: { members: [{ id: 'm1', relation: 'self', ...member }] } };
}

describe('reading the profile interchange format', () => {
  it('reads the contract example and writes it back unchanged', () => {
    const result = readProfile(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(writeProfile(result.profile))).toEqual(example);
  });

  it('keeps unknown fields at every level for forward compatibility', () => {
    type Json = { [key: string]: unknown };
    const future = structuredClone(example) as unknown as Json;
    const household = future.household as Json;
    const member = (household.members as Json[])[0] as Json;
    future.producedBy = 'carnet 9';
    household.energyContract = { supplier: 'x' };
    (household.housing as Json).floor = 3;
    member.nickname = 'Mimi';
    ((member.incomes as Json[])[0] as Json).since = '2020-01-01';
    ((household.taxableIncome as Json[])[0] as Json).source = 'aer';
    (household.debts as Json).creditors = 2;
    const result = readProfile(future);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(writeProfile(result.profile))).toEqual(future);
  });

  it('accepts a household where only the person is known', () => {
    expect(readProfile(withMember({})).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(readProfileText('{"format": ')).toEqual({ ok: false, issues: [{ code: 'not-json', path: '' }] });
  });

  it('refuses more than a megabyte before parsing it', () => {
    const huge = JSON.stringify({ ...example, padding: 'x'.repeat(MAX_PROFILE_BYTES) });
    expect(readProfileText(huge)).toMatchObject({ ok: false, issues: [{ code: 'too-large' }] });
  });

  it('names a document of another kind by its format', () => {
    expect(issuesOf({ ...example, format: 'vcard' })).toEqual([
      { code: 'wrong-format', path: 'format', expected: '"carnet-profile"', received: '"vcard"' },
    ]);
    expect(issuesOf([1, 2])).toEqual([{ code: 'not-an-object', path: '', received: 'a list' }]);
  });

  it('tells a file from a newer Carnet apart from a wrong version', () => {
    expect(issuesOf({ ...example, version: 2 })[0]).toMatchObject({ code: 'newer-version', path: 'version' });
    expect(issuesOf({ ...example, version: '1' })[0]).toMatchObject({ code: 'wrong-version', path: 'version' });
    expect(issuesOf({ format: 'carnet-profile' })[0]).toMatchObject({ code: 'required', path: 'version' });
  });

  it.each([
    [{ birthDate: '1990-02-30' }, { code: 'invalid-date', path: 'household.members[0].birthDate', received: '"1990-02-30"' }],
    [{ birthDate: 19900101 }, { code: 'wrong-type', path: 'household.members[0].birthDate' }],
    [{ relation: 'cousin' }, { code: 'invalid-value', path: 'household.members[0].relation' }],
    [{ statuses: ['bim', 'rich'] }, { code: 'invalid-value', path: 'household.members[0].statuses[1]' }],
    [{ incomes: [{ kind: 'pension', monthly: -5 }] }, { code: 'out-of-range', path: 'household.members[0].incomes[0].monthly' }],
    [{ incomes: [{ kind: 'pension', monthly: '1200' }] }, { code: 'wrong-type', path: 'household.members[0].incomes[0].monthly' }],
    [{ incomes: [{ kind: 'pension' }] }, { code: 'required', path: 'household.members[0].incomes[0].monthly' }],
    [{ incomes: [{ kind: 'pension', monthly: 100, workFraction: 1.5 }] }, { code: 'out-of-range', path: 'household.members[0].incomes[0].workFraction' }],
  ])('names the field at fault in member %j', (member, expected) => {
    expect(issuesOf(withMember(member))).toContainEqual(expect.objectContaining(expected));
  });

  it('refuses a postal code that is not four Belgian digits', () => {
    const profile = { ...withMember({}), household: { postalCode: '0999', members: [{ id: 'm1', relation: 'self' }] } };
    expect(issuesOf(profile)).toEqual([
      expect.objectContaining({ code: 'invalid-postal-code', path: 'household.postalCode' }),
    ]);
  });

  it('requires exactly one "self" and unique member ids', () => {
    const twoSelves = {
      format: 'carnet-profile',
      version: 1,
      household: { members: [{ id: 'a', relation: 'self' }, { id: 'a', relation: 'self' }] },
    };
    const issues = issuesOf(twoSelves);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'self-count', path: 'household.members', received: '2' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate-id', path: 'household.members[1].id' }));
    expect(issuesOf({ format: 'carnet-profile', version: 1, household: { members: [] } })).toContainEqual(
      expect.objectContaining({ code: 'self-count', path: 'household.members' }),
    );
  });

  it('refuses a household with more members than any real one', () => {
    const members = Array.from({ length: 31 }, (_, i) => ({ id: `m${i}`, relation: i === 0 ? 'self' : 'child' }));
    expect(issuesOf({ format: 'carnet-profile', version: 1, household: { members } })).toContainEqual(
      expect.objectContaining({ code: 'too-many', path: 'household.members' }),
    );
  });
});
