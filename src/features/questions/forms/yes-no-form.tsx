// A yes-or-no question: two large buttons that answer at once.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import type { FormProps } from '../form-props';

export function YesNoForm({ question, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const kind = question.kind === 'debts' ? 'debts' : 'owns-other-dwelling';
  return (
    <div className="button-row yes-no">
      <Button block onClick={() => submit({ kind, value: true })}>
        {t('actions.yes')}
      </Button>
      <Button block variant="secondary" onClick={() => submit({ kind, value: false })}>
        {t('actions.no')}
      </Button>
    </div>
  );
}
