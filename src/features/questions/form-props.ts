// What every question form receives: the household, the question (and its person), and a way
// to submit a complete, valid answer. Text typed so far is kept as drafts under `draftPrefix`.
import type { Member, Profile } from '../../domain/profile';
import type { Answer, QuestionRef } from '../../domain/questions';

export interface FormProps {
  question: QuestionRef;
  profile: Profile;
  member: Member | undefined;
  /** How to name the person in questions ("you", "your child (2)"). */
  person: string;
  today: string;
  draftPrefix: string;
  submit: (answer: Answer) => void;
  /** For the household composition: edits saved at once. */
  edit: (change: (profile: Profile) => Profile) => Promise<void>;
}
