// How questions name a person: "you", "your partner", "your child (2)".
import type { TFunction } from 'i18next';
import type { Profile } from '../../domain/profile';

export function personLabel(t: TFunction<'questions'>, profile: Profile, memberId: string | undefined): string {
  const members = profile.household.members;
  const member = members.find((m) => m.id === memberId);
  if (!member || member.relation === 'self') return t('person.self');
  const sameRelation = members.filter((m) => m.relation === member.relation);
  const number = sameRelation.length > 1 ? sameRelation.indexOf(member) + 1 : 0;
  return number > 0 ? t(`person.numbered.${member.relation}`, { number }) : t(`person.${member.relation}`);
}
