// The form for each kind of question.
import type { ComponentType } from 'react';
import type { QuestionKind } from '../../domain/questions';
import type { FormProps } from './form-props';
import { AmountForm } from './forms/amount-form';
import { ChoiceForm } from './forms/choice-form';
import { DateForm } from './forms/date-form';
import { IncomesForm } from './forms/incomes-form';
import { MembersForm } from './forms/members-form';
import { PostalCodeForm } from './forms/postal-code-form';
import { SchoolForm } from './forms/school-form';
import { StatusesForm } from './forms/statuses-form';
import { TaxableIncomeForm } from './forms/taxable-income-form';
import { WaitingListForm } from './forms/waiting-list-form';
import { YesNoForm } from './forms/yes-no-form';

export const FORMS: Record<QuestionKind, ComponentType<FormProps>> = {
  members: MembersForm,
  'postal-code': PostalCodeForm,
  'birth-date': DateForm,
  residence: ChoiceForm,
  'arrival-date': DateForm,
  incomes: IncomesForm,
  statuses: StatusesForm,
  school: SchoolForm,
  tenure: ChoiceForm,
  rent: AmountForm,
  heating: ChoiceForm,
  'waiting-list': WaitingListForm,
  'owns-other-dwelling': YesNoForm,
  debts: YesNoForm,
  'taxable-income': TaxableIncomeForm,
  'real-estate-income': AmountForm,
};
