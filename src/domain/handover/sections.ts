// What a person may hand over, section by section. A summary for an office carries only the
// sections the person ticked: the list of members (who they are to each other) always, as the
// profile format needs it, and nothing else unless chosen.
import { evaluateRights, type Catalogue } from '../rights/engine/evaluate';
import { PROFILE_FORMAT, PROFILE_VERSION, type Household, type Member, type Profile } from '../profile';
import type { IsoDate } from '../calendar/iso-date';
import type { QuestionKind } from '../questions';

export const SECTIONS = ['address', 'ages', 'residence', 'incomes', 'situation', 'housing', 'debts', 'school'] as const;
export type Section = (typeof SECTIONS)[number];

/** The questions whose answers make up each section, in the order a summary shows them. */
export const SECTION_QUESTIONS: Record<Section, readonly QuestionKind[]> = {
  address: ['postal-code'],
  ages: ['birth-date'],
  residence: ['residence', 'arrival-date'],
  incomes: ['incomes', 'taxable-income', 'real-estate-income'],
  situation: ['statuses'],
  housing: ['tenure', 'rent', 'heating', 'waiting-list', 'owns-other-dwelling'],
  debts: ['debts'],
  school: ['school'],
};

const MEMBER_FIELDS: Record<Section, readonly (keyof Member)[]> = {
  address: [],
  ages: ['birthDate'],
  residence: ['residence', 'arrivalDate'],
  incomes: ['incomes'],
  situation: ['statuses', 'statusesComplete'],
  housing: [],
  debts: [],
  school: ['schoolLevel', 'schoolTrack', 'schoolCommunity'],
};

const HOUSEHOLD_FIELDS: Record<Section, readonly (keyof Household)[]> = {
  address: ['postalCode', 'region'],
  ages: [],
  residence: [],
  incomes: ['taxableIncome', 'realEstateIncome'],
  situation: [],
  housing: ['housing'],
  debts: ['debts'],
  school: [],
};

function copyFields<T extends object>(from: T, to: Partial<T>, fields: readonly (keyof T)[]): void {
  for (const field of fields) if (from[field] !== undefined) to[field] = structuredClone(from[field]);
}

/**
 * The profile with only the chosen sections. With every section chosen it is the profile
 * itself, unknown fields included (a hand-back from an office must lose nothing); otherwise
 * only known fields of the chosen sections travel.
 */
export function keepSections(profile: Profile, sections: readonly Section[]): Profile {
  if (SECTIONS.every((section) => sections.includes(section))) return structuredClone(profile);
  const household: Partial<Household> = {};
  const members = profile.household.members.map((member) => {
    const kept: Partial<Member> = { id: member.id, relation: member.relation };
    for (const section of sections) copyFields(member, kept, MEMBER_FIELDS[section]);
    return kept as Member;
  });
  for (const section of sections) copyFields(profile.household, household, HOUSEHOLD_FIELDS[section]);
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, household: { ...household, members } };
}

/** The sections a right's answer depends on for this household: without one, the answer changes. */
export function sectionsNeededBy(profile: Profile, rightId: string, asOf: IsoDate, catalogue: Catalogue): Section[] {
  const answer = (candidate: Profile): string => {
    const result = evaluateRights(candidate, asOf, catalogue).results.find((r) => r.id === rightId);
    return result ? `${result.status}|${result.reasons.map((r) => r.key).join(',')}` : '';
  };
  const full = answer(profile);
  return SECTIONS.filter((section) => answer(keepSections(profile, SECTIONS.filter((other) => other !== section))) !== full);
}
