// The questionnaire's order: who lives in the household first (everything depends on it),
// then the questions whose answers settle the most rights (and the most money), skipping
// what was already answered, left as "I don't know" or skipped.
import type { IsoDate } from '../calendar/iso-date';
import type { Profile } from '../profile';
import { CATALOGUE, evaluateRights, rankMissingFacts, type Evaluation, type RightId } from '../rights';
import { questionForFact } from './fact-questions';
import { questionId, type QuestionRef } from './question';

export interface RankedQuestion extends QuestionRef {
  id: string;
  /** Rights the answer may settle. */
  rights: RightId[];
}

export interface Questionnaire {
  evaluation: Evaluation;
  /** Questions still to ask, best first. */
  questions: RankedQuestion[];
}

/** `asked`: ids of questions already put to the household (answered, "I don't know" or skipped). */
export function nextQuestions(profile: Profile, asOf: IsoDate, asked: ReadonlySet<string>): Questionnaire {
  const evaluation = evaluateRights(profile, asOf, CATALOGUE);
  const questions: RankedQuestion[] = [];
  const seen = new Set<string>(asked);
  if (!seen.has('members')) {
    questions.push({ kind: 'members', id: 'members', rights: [] });
    seen.add('members');
  }
  for (const missing of rankMissingFacts(evaluation.results)) {
    const question = questionForFact(missing.fact, profile);
    if (!question) continue;
    const id = questionId(question);
    const known = questions.find((q) => q.id === id);
    if (known) {
      for (const right of missing.rights) if (!known.rights.includes(right)) known.rights.push(right);
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    questions.push({ ...question, id, rights: [...missing.rights] });
  }
  return { evaluation, questions };
}

/** How many of the questions still to ask would help settle a given right. */
export function questionsForRight(questionnaire: Questionnaire, right: RightId): number {
  return questionnaire.questions.filter((question) => question.rights.includes(right)).length;
}
