// My rights. Until the household has answered enough, it says what to do next.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useActiveHousehold } from '../../storage';
import { Screen } from '../../ui/screen';
import { buttonClass } from '../../ui/button';

export function RightsScreen() {
  const { t } = useTranslation('rights');
  const { active: household } = useActiveHousehold();
  return (
    <Screen title={t('title')}>
      <p>{household ? t('answerFirst') : t('noHousehold')}</p>
      <Link href={household ? '/household' : '/'} className={buttonClass()}>
        {household ? t('goToHousehold') : t('start')}
      </Link>
    </Screen>
  );
}
