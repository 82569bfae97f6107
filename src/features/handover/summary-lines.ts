// A household's chosen sections as lines of text in one language: for the printed summary
// (twice, side by side) and for the message the person sends.
import type { TFunction } from 'i18next';
import { SECTION_QUESTIONS, type Section } from '../../domain/handover';
import { PER_MEMBER } from '../../domain/questions';
import type { Profile } from '../../domain/profile';
import { answerValue, personLabel } from '../../i18n/answer-text';
import type { Translate } from '../../i18n/render-reason';
import { formatList } from '../../i18n';

export interface SummaryLine {
  label: string;
  value: string;
}

/** Any i18next `t` with the questions and handover texts loaded (the app's, or another language's). */
export function summaryLines(t: Translate, language: string, profile: Profile, sections: readonly Section[]): SummaryLine[] {
  // The answers' words live in the questions texts; whichever namespace `t` defaults to.
  const tq = ((key: string, options?: Record<string, unknown>) => t(`questions:${key}`, options)) as unknown as TFunction<'questions'>;
  const lines: SummaryLine[] = [];
  const members = profile.household.members;
  lines.push({
    label: t('handover:summary.household'),
    value: formatList(members.map((member) => personLabel(tq, profile, member.id)), language),
  });
  for (const section of sections) {
    for (const kind of SECTION_QUESTIONS[section]) {
      const refs = PER_MEMBER.has(kind) ? members.map((member) => ({ kind, memberId: member.id })) : [{ kind }];
      for (const question of refs) {
        const member = 'memberId' in question ? members.find((m) => m.id === question.memberId) : undefined;
        const value = answerValue(tq, language, question, profile, member);
        if (value === undefined) continue;
        const person = personLabel(tq, profile, member?.id);
        lines.push({ label: tq(`${kind}.title`, { person, context: member?.relation === 'self' ? 'self' : undefined }), value });
      }
    }
  }
  return lines;
}
