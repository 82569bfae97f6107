// Which question answers a missing fact. The engine names facts by their JSON path in the
// profile (`household.members[1].incomes`); the questionnaire asks them in plain words.
import type { Profile } from '../profile';
import type { QuestionKind, QuestionRef } from './question';

const HOUSEHOLD_FACTS: Record<string, QuestionKind> = {
  'household.postalCode': 'postal-code',
  'household.region': 'postal-code',
  'household.housing': 'tenure',
  'household.housing.tenure': 'tenure',
  'household.housing.monthlyRent': 'rent',
  'household.housing.heating': 'heating',
  'household.housing.onSocialHousingWaitingList': 'waiting-list',
  'household.housing.socialHousingApplicationDate': 'waiting-list',
  'household.housing.ownsOtherDwelling': 'owns-other-dwelling',
  'household.debts': 'debts',
  'household.debts.hasArrears': 'debts',
  'household.taxableIncome': 'taxable-income',
  'household.realEstateIncome': 'real-estate-income',
};

const MEMBER_FACTS: Record<string, QuestionKind> = {
  birthDate: 'birth-date',
  residence: 'residence',
  arrivalDate: 'arrival-date',
  incomes: 'incomes',
  statuses: 'statuses',
  statusesComplete: 'statuses',
  schoolLevel: 'school',
  schoolTrack: 'school',
  schoolCommunity: 'school',
};

const MEMBER_PATH = /^household\.members\[(\d+)\]\.([A-Za-z]+)/;

export function questionForFact(fact: string, profile: Profile): QuestionRef | undefined {
  const household = HOUSEHOLD_FACTS[fact];
  if (household) return { kind: household };
  const match = MEMBER_PATH.exec(fact);
  if (!match) return undefined;
  const member = profile.household.members[Number(match[1])];
  const kind = MEMBER_FACTS[match[2] ?? ''];
  if (!member || !kind) return undefined;
  return { kind, memberId: member.id };
}
