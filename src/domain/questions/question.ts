// The questions Carnet can put to a household. One question per screen; a question about a
// person carries that person's id (`birth-date:m2`), so it can be asked for each of them.
export const QUESTION_KINDS = [
  'members',
  'postal-code',
  'birth-date',
  'residence',
  'arrival-date',
  'incomes',
  'statuses',
  'school',
  'tenure',
  'rent',
  'heating',
  'waiting-list',
  'owns-other-dwelling',
  'debts',
  'taxable-income',
  'real-estate-income',
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Questions asked about one person rather than the household. */
export const PER_MEMBER: ReadonlySet<QuestionKind> = new Set(['birth-date', 'residence', 'arrival-date', 'incomes', 'statuses', 'school']);

export interface QuestionRef {
  kind: QuestionKind;
  memberId?: string;
}

export function questionId(question: QuestionRef): string {
  return question.memberId ? `${question.kind}:${question.memberId}` : question.kind;
}

export function parseQuestionId(id: string): QuestionRef | undefined {
  const [kind, memberId, extra] = id.split(':');
  if (extra !== undefined || !(QUESTION_KINDS as readonly string[]).includes(kind ?? '')) return undefined;
  const question = { kind: kind as QuestionKind, ...(memberId ? { memberId } : {}) };
  return PER_MEMBER.has(question.kind) === Boolean(memberId) ? question : undefined;
}
