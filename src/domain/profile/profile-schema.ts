// Validation of the profile interchange format v1. Objects are "loose": unknown fields are
// kept on import and written back on export (the contract's forward-compatibility rule).
import * as v from 'valibot';
import { isIsoDate } from '../calendar/iso-date';
import {
  HEATINGS,
  INCOME_BASES,
  INCOME_KINDS,
  LIMITS,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  REGIONS,
  RELATIONS,
  RESIDENCES,
  SCHOOL_COMMUNITIES,
  SCHOOL_LEVELS,
  SCHOOL_TRACKS,
  STATUSES,
  TENURES,
} from './vocabulary';

const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'invalid-date'));

const euros = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0, 'out-of-range'),
  v.maxValue(LIMITS.money, 'out-of-range'),
);

const incomeSchema = v.looseObject({
  kind: v.picklist(INCOME_KINDS),
  monthly: euros,
  basis: v.optional(v.picklist(INCOME_BASES)),
  workFraction: v.optional(v.pipe(v.number(), v.minValue(0, 'out-of-range'), v.maxValue(1, 'out-of-range'))),
});

const memberSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(LIMITS.idLength, 'too-long')),
  relation: v.picklist(RELATIONS),
  birthDate: v.optional(isoDate),
  residence: v.optional(v.picklist(RESIDENCES)),
  arrivalDate: v.optional(isoDate),
  incomes: v.optional(v.pipe(v.array(incomeSchema), v.maxLength(LIMITS.incomesPerMember, 'too-many'))),
  statuses: v.optional(v.array(v.picklist(STATUSES))),
  statusesComplete: v.optional(v.boolean()),
  schoolLevel: v.optional(v.picklist(SCHOOL_LEVELS)),
  schoolTrack: v.optional(v.picklist(SCHOOL_TRACKS)),
  schoolCommunity: v.optional(v.picklist(SCHOOL_COMMUNITIES)),
});

const housingSchema = v.looseObject({
  tenure: v.optional(v.picklist(TENURES)),
  monthlyRent: v.optional(euros),
  heating: v.optional(v.picklist(HEATINGS)),
  onSocialHousingWaitingList: v.optional(v.boolean()),
  socialHousingApplicationDate: v.optional(isoDate),
  ownsOtherDwelling: v.optional(v.boolean()),
});

const taxableIncomeSchema = v.looseObject({
  year: v.pipe(v.number(), v.integer(), v.minValue(1990, 'out-of-range'), v.maxValue(2100, 'out-of-range')),
  grossTaxable: v.optional(euros),
  netTaxable: v.optional(euros),
});

const membersSchema = v.pipe(
  v.array(memberSchema),
  v.minLength(1, 'self-count'),
  v.maxLength(LIMITS.members, 'too-many'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const members = dataset.value;
    const selves = members.filter((m) => m.relation === 'self').length;
    if (selves !== 1) addIssue({ message: 'self-count', received: String(selves) });
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.id)) {
        addIssue({
          message: 'duplicate-id',
          received: member.id,
          path: [
            { type: 'array', origin: 'value', input: members, key: index, value: member },
            { type: 'object', origin: 'value', input: member, key: 'id', value: member.id },
          ],
        });
      }
      seen.add(member.id);
    });
  }),
);

export const householdSchema = v.looseObject({
  postalCode: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{3}$/, 'invalid-postal-code'))),
  region: v.optional(v.picklist(REGIONS)),
  housing: v.optional(housingSchema),
  debts: v.optional(v.looseObject({ hasArrears: v.optional(v.boolean()) })),
  taxableIncome: v.optional(
    v.pipe(v.array(taxableIncomeSchema), v.maxLength(LIMITS.taxableIncomeYears, 'too-many')),
  ),
  realEstateIncome: v.optional(euros),
  members: membersSchema,
});

export const profileSchema = v.looseObject({
  format: v.literal(PROFILE_FORMAT),
  version: v.literal(PROFILE_VERSION),
  household: householdSchema,
});

export type Profile = v.InferOutput<typeof profileSchema>;
export type Household = Profile['household'];
export type Member = Household['members'][number];
export type Income = NonNullable<Member['incomes']>[number];
export type Housing = NonNullable<Household['housing']>;
export type TaxableIncome = NonNullable<Household['taxableIncome']>[number];
