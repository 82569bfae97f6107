import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';

export function ContinueButton({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation('questions');
  return (
    <Button type="submit" block disabled={disabled}>
      {t('actions.continue')}
    </Button>
  );
}
