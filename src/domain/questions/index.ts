// Public API of the questionnaire.
export { QUESTION_KINDS, PER_MEMBER, questionId, parseQuestionId, type QuestionKind, type QuestionRef } from './question';
export { questionForFact } from './fact-questions';
export { nextQuestions, questionsForRight, type Questionnaire, type RankedQuestion } from './next-questions';
export { applyAnswer, type Answer } from './answers';
