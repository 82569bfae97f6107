// Facts about one household on one day, read from the profile once and shared by every rule.
// Each fact is three-valued: a fact nobody gave is unknown, with the profile field that would
// settle it — never "no", never zero.
import { ageOn, type IsoDate } from '../../calendar/iso-date';
import type { IncomeKind, Member, Profile, Region, Status } from '../../profile';
import { regionOf } from '../../profile/region';
import { no, unknown, yes, type Check } from './check';
import { reason } from './reason';

export interface MemberFacts {
  index: number;
  member: Member;
  /** Age on the evaluation day, undefined when the birth date is not known. */
  age: number | undefined;
  path: (field: string) => string;
}

export class HouseholdFacts {
  readonly members: readonly MemberFacts[];
  readonly self: MemberFacts;
  readonly region: Region | undefined;

  constructor(
    readonly profile: Profile,
    readonly asOf: IsoDate,
  ) {
    this.members = profile.household.members.map((member, index) => ({
      index,
      member,
      age: member.birthDate && member.birthDate <= asOf ? ageOn(member.birthDate, asOf) : undefined,
      path: (field: string) => `household.members[${index}].${field}`,
    }));
    const self = this.members.find((m) => m.member.relation === 'self');
    if (!self) throw new Error('A validated profile always has a "self" member');
    this.self = self;
    this.region = regionOf(profile.household);
  }

  get household() {
    return this.profile.household;
  }

  get size(): number {
    return this.members.length;
  }

  get partner(): MemberFacts | undefined {
    return this.members.find((m) => m.member.relation === 'partner');
  }

  get children(): MemberFacts[] {
    return this.members.filter((m) => m.member.relation === 'child');
  }

  /** Adults other than the person and their partner (a parent, a friend…). */
  get otherAdults(): MemberFacts[] {
    return this.members.filter((m) => m.member.relation === 'parent' || m.member.relation === 'other');
  }

  /** The person, their partner and their children: the "household" of most federal rules. */
  get family(): MemberFacts[] {
    return this.members.filter((m) => m.member.relation !== 'parent' && m.member.relation !== 'other');
  }

  /** Lives alone (children aside): no partner, no other adult under the same roof. */
  get livesWithoutOtherAdults(): boolean {
    return !this.partner && this.otherAdults.length === 0;
  }

  // ---- Region ------------------------------------------------------------------------------

  regionIs(...regions: Region[]): Check {
    if (!this.region) return unknown(['household.postalCode'], reason('region.unknown'));
    return regions.includes(this.region)
      ? yes(reason('region.is', { region: this.region }))
      : no(reason('region.other', { region: this.region }));
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
    const statuses = member.member.statuses;
    if (statuses?.includes(status)) return yes(reason(`status.${status}`));
    if (member.member.statusesComplete) return no(reason(`status.not.${status}`));
    return unknown([member.path('statuses')]);
  }

  anyMemberHasStatus(status: Status, members: readonly MemberFacts[] = this.members): Check {
    const checks = members.map((m) => this.hasStatus(m, status));
    const found = checks.find((c) => c.verdict === 'yes');
    if (found) return found;
    const missing = checks.flatMap((c) => c.missing);
    return missing.length > 0 ? unknown(missing) : no(reason(`status.not.${status}`));
  }

  // ---- Incomes -----------------------------------------------------------------------------

  /** Whether a member receives an income of this kind: unknown while their incomes are not given. */
  receives(member: MemberFacts, kind: IncomeKind): Check {
    const incomes = member.member.incomes;
    if (!incomes) return unknown([member.path('incomes')]);
    return incomes.some((income) => income.kind === kind)
      ? yes(reason(`receives.${kind}`))
      : no(reason(`receives.not.${kind}`));
  }

  anyMemberReceives(kind: IncomeKind, members: readonly MemberFacts[] = this.members): Check {
    const checks = members.map((m) => this.receives(m, kind));
    const found = checks.find((c) => c.verdict === 'yes');
    if (found) return found;
    const missing = checks.flatMap((c) => c.missing);
    return missing.length > 0 ? unknown(missing) : no(reason(`receives.not.${kind}`));
  }

  /** True only when the profile says so (for `receiving`: never guessed). */
  knownToReceive(kind: IncomeKind): boolean {
    return this.members.some((m) => m.member.incomes?.some((income) => income.kind === kind));
  }

  knownStatus(status: Status): boolean {
    return this.members.some((m) => m.member.statuses?.includes(status));
  }
}
