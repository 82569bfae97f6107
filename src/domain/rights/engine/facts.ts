// Facts about one household on one day, read from the profile once and shared by every rule.
// Each fact is three-valued: a fact nobody gave is unknown, with the profile field that would
// settle it — never "no", never zero.
import { ageOn, type IsoDate } from '../../calendar/iso-date';
import type { IncomeKind, Member, Profile, Region, Status } from '../../profile';
import { regionOf } from '../../profile/region';
import { no, unknown, yes, type Check } from './check';
import { reason } from './reason';

export class MemberFacts {
  /** Age on the evaluation day, undefined when the birth date is not known. */
  readonly age: number | undefined;
  /** Memo of `hasStatus` and `receives`: rules ask the same facts many times. */
  readonly statusMemo = new Map<Status, Check>();
  readonly incomeMemo = new Map<IncomeKind, Check>();

  constructor(
    readonly index: number,
    readonly member: Member,
    asOf: IsoDate,
  ) {
    this.age = member.birthDate && member.birthDate <= asOf ? ageOn(member.birthDate, asOf) : undefined;
  }

  /** JSON path of one of this member's fields, e.g. `household.members[1].birthDate`. */
  path(field: string): string {
    return `household.members[${this.index}].${field}`;
  }
}

export class HouseholdFacts {
  readonly members: readonly MemberFacts[];
  readonly self: MemberFacts;
  readonly region: Region | undefined;
  readonly partner: MemberFacts | undefined;
  /** The person and their partner, if any: whose benefits and earnings most rules weigh. */
  readonly couple: readonly MemberFacts[];
  readonly children: readonly MemberFacts[];
  /** Adults other than the person and their partner (a parent, a friend…). */
  readonly otherAdults: readonly MemberFacts[];
  /** The person, their partner and their children: the "household" of most federal rules. */
  readonly family: readonly MemberFacts[];
  /** Memo of household-level lookups (incomes by measure, checks over members): rules share them. */
  readonly memo = new Map<string, unknown>();

  constructor(
    readonly profile: Profile,
    readonly asOf: IsoDate,
  ) {
    this.members = profile.household.members.map((member, index) => new MemberFacts(index, member, asOf));
    const self = this.members.find((m) => m.member.relation === 'self');
    if (!self) throw new Error('A validated profile always has a "self" member');
    this.self = self;
    this.region = regionOf(profile.household);
    this.partner = this.members.find((m) => m.member.relation === 'partner');
    this.couple = this.partner ? [self, this.partner] : [self];
    this.children = this.members.filter((m) => m.member.relation === 'child');
    this.otherAdults = this.members.filter((m) => m.member.relation === 'parent' || m.member.relation === 'other');
    this.family = this.members.filter((m) => m.member.relation !== 'parent' && m.member.relation !== 'other');
  }

  /** Computes a value once per household and key. */
  remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  get household() {
    return this.profile.household;
  }

  get size(): number {
    return this.members.length;
  }

  /** Lives alone (children aside): no partner, no other adult under the same roof. */
  get livesWithoutOtherAdults(): boolean {
    return !this.partner && this.otherAdults.length === 0;
  }

  // ---- Region ------------------------------------------------------------------------------

  private regionAnswers?: { in: Check; out: Check; unknown: Check };

  regionIs(...regions: Region[]): Check {
    // Only three answers exist for a household: build them once, compare cheaply after.
    const answers = (this.regionAnswers ??= {
      in: yes(reason('region.is', { region: this.region ?? '' })),
      out: no(reason('region.other', { region: this.region ?? '' })),
      unknown: unknown(['household.postalCode'], reason('region.unknown')),
    });
    if (!this.region) return answers.unknown;
    return regions.includes(this.region) ? answers.in : answers.out;
  }

  // ---- Age ---------------------------------------------------------------------------------

  ageAtLeast(member: MemberFacts, years: number): Check {
    if (member.age === undefined) return unknown([member.path('birthDate')]);
    return member.age >= years
      ? yes(reason('age.atLeast', { age: member.age, min: years }))
      : no(reason('age.under', { age: member.age, min: years }));
  }

  ageBelow(member: MemberFacts, years: number): Check {
    if (member.age === undefined) return unknown([member.path('birthDate')]);
    return member.age < years
      ? yes(reason('age.below', { age: member.age, max: years }))
      : no(reason('age.notBelow', { age: member.age, max: years }));
  }

  // ---- Statuses ----------------------------------------------------------------------------

  /** A status listed is known; a status not listed is unknown unless `statusesComplete`. */
  hasStatus(member: MemberFacts, status: Status): Check {
    let check = member.statusMemo.get(status);
    if (check) return check;
    const statuses = member.member.statuses;
    if (statuses?.includes(status)) check = yes(reason(`status.${status}`));
    else if (member.member.statusesComplete) check = no(reason(`status.not.${status}`));
    else check = unknown([member.path('statuses')]);
    member.statusMemo.set(status, check);
    return check;
  }

  private readonly anyMemo = new Map<readonly MemberFacts[], Map<string, Check>>();

  private anyOf(members: readonly MemberFacts[], what: string, compute: () => Check): Check {
    let forMembers = this.anyMemo.get(members);
    if (!forMembers) {
      forMembers = new Map();
      this.anyMemo.set(members, forMembers);
    }
    let check = forMembers.get(what);
    if (!check) {
      check = compute();
      forMembers.set(what, check);
    }
    return check;
  }

  anyMemberHasStatus(status: Status, members: readonly MemberFacts[] = this.members): Check {
    return this.anyOf(members, status, () => this.findInMembers(members, (m) => this.hasStatus(m, status), `status.not.${status}`));
  }

  private findInMembers(members: readonly MemberFacts[], check: (member: MemberFacts) => Check, noKey: string): Check {
    const checks = members.map(check);
    const found = checks.find((c) => c.verdict === 'yes');
    if (found) return found;
    const missing = checks.flatMap((c) => c.missing);
    return missing.length > 0 ? unknown(missing) : no(reason(noKey));
  }

  // ---- Incomes -----------------------------------------------------------------------------

  /** Whether a member receives an income of this kind: unknown while their incomes are not given. */
  receives(member: MemberFacts, kind: IncomeKind): Check {
    let check = member.incomeMemo.get(kind);
    if (check) return check;
    const incomes = member.member.incomes;
    if (!incomes) check = unknown([member.path('incomes')]);
    else if (incomes.some((income) => income.kind === kind)) check = yes(reason(`receives.${kind}`));
    else check = no(reason(`receives.not.${kind}`));
    member.incomeMemo.set(kind, check);
    return check;
  }

  anyMemberReceives(kind: IncomeKind, members: readonly MemberFacts[] = this.members): Check {
    // Statuses and income kinds never share a name, so one memo serves both.
    return this.anyOf(members, kind, () => this.findInMembers(members, (m) => this.receives(m, kind), `receives.not.${kind}`));
  }

  /**
   * True only when the profile says so (for `receiving`: never guessed). Asked of the people the
   * right is weighed for: a grandmother's GRAPA says nothing of whether the person has theirs.
   */
  knownToReceive(kind: IncomeKind, members: readonly MemberFacts[]): boolean {
    return members.some((m) => m.member.incomes?.some((income) => income.kind === kind));
  }

  knownStatus(status: Status): boolean {
    return this.members.some((m) => m.member.statuses?.includes(status));
  }
}

const keys = new WeakMap<readonly MemberFacts[], string>();

/** A short key naming a set of members, for memos (remembered for the lists the facts keep). */
export function indices(members: readonly MemberFacts[]): string {
  let key = keys.get(members);
  if (key !== undefined) return key;
  key = '';
  for (const member of members) key += `${member.index},`;
  keys.set(members, key);
  return key;
}
