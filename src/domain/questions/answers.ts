// Writing an answer into the profile, as a pure function. "I don't know" and "Skip" change
// nothing here (absent means unknown): the questionnaire only remembers that it asked.
import type { IsoDate } from '../calendar/iso-date';
import {
  setHouseholdField,
  setMemberField,
  type Heating,
  type Income,
  type Profile,
  type Residence,
  type SchoolCommunity,
  type SchoolLevel,
  type SchoolTrack,
  type Status,
  type TaxableIncome,
  type Tenure,
} from '../profile';
import type { QuestionRef } from './question';

export type Answer =
  | { kind: 'members' }
  | { kind: 'postal-code'; value: string }
  | { kind: 'birth-date'; value: IsoDate }
  | { kind: 'residence'; value: Residence }
  | { kind: 'arrival-date'; value: IsoDate }
  | { kind: 'incomes'; value: Income[] }
  | { kind: 'statuses'; value: Status[] }
  | { kind: 'school'; value: { level: SchoolLevel; track?: SchoolTrack; community?: SchoolCommunity } }
  | { kind: 'tenure'; value: Tenure }
  | { kind: 'rent'; value: number }
  | { kind: 'heating'; value: Heating }
  | { kind: 'waiting-list'; value: { onList: boolean; since?: IsoDate } }
  | { kind: 'owns-other-dwelling'; value: boolean }
  | { kind: 'debts'; value: boolean }
  | { kind: 'taxable-income'; value: TaxableIncome }
  | { kind: 'real-estate-income'; value: number };

function housing(profile: Profile, patch: Partial<NonNullable<Profile['household']['housing']>>): Profile {
  return setHouseholdField(profile, 'housing', { ...profile.household.housing, ...patch });
}

export function applyAnswer(profile: Profile, question: QuestionRef, answer: Answer): Profile {
  if (answer.kind !== question.kind) throw new Error(`Answer of kind ${answer.kind} given to a ${question.kind} question`);
  const member = question.memberId ?? '';
  switch (answer.kind) {
    case 'members':
      return profile;
    case 'postal-code':
      return setHouseholdField(profile, 'postalCode', answer.value);
    case 'birth-date':
      return setMemberField(profile, member, 'birthDate', answer.value);
    case 'residence':
      return setMemberField(profile, member, 'residence', answer.value);
    case 'arrival-date':
      return setMemberField(profile, member, 'arrivalDate', answer.value);
    case 'incomes':
      return setMemberField(profile, member, 'incomes', answer.value);
    case 'statuses':
      // The list answers the question completely: a status not ticked is a "no".
      return setMemberField(setMemberField(profile, member, 'statuses', answer.value), member, 'statusesComplete', true);
    case 'school': {
      let next = setMemberField(profile, member, 'schoolLevel', answer.value.level);
      next = setMemberField(next, member, 'schoolTrack', answer.value.track);
      return setMemberField(next, member, 'schoolCommunity', answer.value.community);
    }
    case 'tenure':
      return housing(profile, { tenure: answer.value });
    case 'rent':
      return housing(profile, { monthlyRent: answer.value });
    case 'heating':
      return housing(profile, { heating: answer.value });
    case 'waiting-list': {
      const next = housing(profile, { onSocialHousingWaitingList: answer.value.onList });
      const { socialHousingApplicationDate: _, ...rest } = next.household.housing ?? {};
      return setHouseholdField(next, 'housing', answer.value.onList && answer.value.since ? { ...rest, socialHousingApplicationDate: answer.value.since } : rest);
    }
    case 'owns-other-dwelling':
      return housing(profile, { ownsOtherDwelling: answer.value });
    case 'debts':
      return setHouseholdField(profile, 'debts', { ...profile.household.debts, hasArrears: answer.value });
    case 'taxable-income': {
      const others = (profile.household.taxableIncome ?? []).filter((year) => year.year !== answer.value.year);
      return setHouseholdField(profile, 'taxableIncome', [...others, answer.value].sort((a, b) => a.year - b.year));
    }
    case 'real-estate-income':
      return setHouseholdField(profile, 'realEstateIncome', answer.value);
  }
}
