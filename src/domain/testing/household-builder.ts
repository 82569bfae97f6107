// Builds profiles for tests in the words of the law:
//   aHousehold().inWallonia().withSingleParent().withChild({ age: 4 }).build()
// Only what a test says is filled in: everything else stays unknown, as in a real profile.
import { addDays } from '../calendar/iso-date';
import type { Income, IncomeKind, Member, Profile, Status, Tenure, Heating } from '../profile';

export const TODAY = '2026-11-22';

/** A birth date making someone `age` on `on` (their birthday was yesterday). */
export function bornAged(age: number, on: string = TODAY): string {
  const [year, month, day] = on.split('-');
  return addDays(`${Number(year) - age}-${month}-${day}`, -1);
}

type MemberInput = Partial<Omit<Member, 'id' | 'relation'>> & { age?: number };

export class HouseholdBuilder {
  private readonly profile: Profile = {
    format: 'carnet-profile',
    version: 1,
    household: { members: [{ id: 'm1', relation: 'self' }] },
  };

  constructor(private readonly asOf: string = TODAY) {}

  private get self(): Member {
    return this.profile.household.members[0]!;
  }

  private member(input: MemberInput): Omit<Member, 'id' | 'relation'> {
    const { age, ...rest } = input;
    return { ...(age !== undefined ? { birthDate: bornAged(age, this.asOf) } : {}), ...rest };
  }

  withPostalCode(postalCode: string): this {
    this.profile.household.postalCode = postalCode;
    return this;
  }
  inWallonia(): this {
    return this.withPostalCode('4000');
  }
  inBrussels(): this {
    return this.withPostalCode('1080');
  }
  inFlanders(): this {
    return this.withPostalCode('9000');
  }
  inGermanSpeakingCommunity(): this {
    return this.withPostalCode('4700');
  }

  /** Details of the person themselves. */
  person(input: MemberInput): this {
    Object.assign(this.self, this.member(input));
    return this;
  }
  aged(age: number): this {
    return this.person({ age });
  }
  belgian(): this {
    return this.person({ residence: 'belgian' });
  }
  /** The person's incomes; `earning()` with nothing means "no income" (an empty list). */
  earning(...incomes: [IncomeKind, number, ('net' | 'gross')?][]): this {
    this.self.incomes = incomes.map(([kind, monthly, basis]) => income(kind, monthly, basis));
    return this;
  }
  withStatuses(...statuses: Status[]): this {
    this.self.statuses = statuses;
    return this;
  }
  /** Says that the listed statuses are all the person has (others are "no", not unknown). */
  statusesComplete(): this {
    this.self.statusesComplete = true;
    this.self.statuses ??= [];
    return this;
  }

  withPartner(input: MemberInput = {}): this {
    return this.withMember('partner', input);
  }
  withChild(input: MemberInput = {}): this {
    return this.withMember('child', input);
  }
  withMember(relation: Exclude<Member['relation'], 'self'>, input: MemberInput = {}): this {
    const id = `m${this.profile.household.members.length + 1}`;
    this.profile.household.members.push({ id, relation, ...this.member(input) });
    return this;
  }
  withSingleParent(): this {
    this.self.statuses = [...(this.self.statuses ?? []), 'single-parent'];
    return this;
  }

  living(tenure: Tenure, extra: { monthlyRent?: number; heating?: Heating } = {}): this {
    this.profile.household.housing = { ...this.profile.household.housing, tenure, ...extra };
    return this;
  }
  heatedWith(heating: Heating): this {
    this.profile.household.housing = { ...this.profile.household.housing, heating };
    return this;
  }
  withTaxableIncome(year: number, grossTaxable: number, netTaxable?: number): this {
    const list = (this.profile.household.taxableIncome ??= []);
    list.push({ year, grossTaxable, ...(netTaxable !== undefined ? { netTaxable } : {}) });
    return this;
  }
  with(patch: Partial<Profile['household']>): this {
    Object.assign(this.profile.household, patch);
    return this;
  }

  build(): Profile {
    return structuredClone(this.profile);
  }
}

export function income(kind: IncomeKind, monthly: number, basis?: 'net' | 'gross'): Income {
  return { kind, monthly, ...(basis ? { basis } : {}) };
}

export function aHousehold(asOf?: string): HouseholdBuilder {
  return new HouseholdBuilder(asOf);
}
