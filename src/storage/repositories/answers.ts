// Which questions were put to a household and how they were left: answered, "I don't know",
// or skipped. The answers themselves live in the profile; this remembers the asking, so that
// a skipped question is not asked again and the questionnaire resumes where it stopped.
import { db } from '../db';
import { answerRowSchema, readRows, type AnswerRow, type AnswerState } from '../records';
import { guard } from '../storage-errors';

export async function listAnswers(householdId: string): Promise<AnswerRow[]> {
  const rows = await guard(() => db.answers.where('householdId').equals(householdId).toArray());
  return readRows(answerRowSchema, rows);
}

export async function markAnswer(householdId: string, questionId: string, state: AnswerState): Promise<void> {
  await guard(() => db.answers.put({ householdId, questionId, state, at: new Date().toISOString() }));
}

export async function forgetAnswer(householdId: string, questionId: string): Promise<void> {
  await guard(() => db.answers.delete([householdId, questionId]));
}
