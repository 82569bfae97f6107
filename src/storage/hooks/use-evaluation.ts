// The household's rights and questionnaire, computed on the device from what is stored and
// recomputed whenever the profile, an answer or a claim changes (in this tab or another).
import { useMemo } from 'react';
import { todayIso } from '../../domain/calendar/iso-date';
import { nextQuestions, type Questionnaire } from '../../domain/questions';
import { rightsOverview, type RightsOverview } from '../../domain/rights/overview';
import type { ClaimState } from '../../domain/claims';
import { useAnswers, useClaims, useHousehold } from './live';
import type { AnswerRow, ClaimRow, HouseholdRow } from '../records';

export interface HouseholdEvaluation {
  household: HouseholdRow;
  claims: ClaimRow[];
  answers: AnswerRow[];
  questionnaire: Questionnaire;
  overview: RightsOverview;
  today: string;
}

function claimStates(rows: readonly ClaimRow[]): ClaimState[] {
  return rows.map(({ rightId, status, since, followUpAfter }) => ({
    rightId,
    status,
    ...(since ? { since } : {}),
    ...(followUpAfter ? { followUpAfter } : {}),
  }));
}

/** `undefined` while loading, `null` when there is no such household. */
export function useHouseholdEvaluation(householdId: string | undefined): HouseholdEvaluation | null | undefined {
  const household = useHousehold(householdId);
  const claims = useClaims(householdId);
  const answers = useAnswers(householdId);
  const today = todayIso();
  return useMemo(() => {
    if (household === null) return null;
    if (!household || !claims || !answers) return undefined;
    const asked = new Set(answers.map((answer) => answer.questionId));
    const questionnaire = nextQuestions(household.profile, today, asked);
    const overview = rightsOverview(questionnaire.evaluation.results, claimStates(claims));
    return { household, claims, answers, questionnaire, overview, today };
  }, [household, claims, answers, today]);
}
