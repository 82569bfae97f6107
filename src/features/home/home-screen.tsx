// Home: the first run for a new device; otherwise the household in use with the way back into
// the questions and the rights, and the other households kept on this device (a volunteer's
// tablet).
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { createEmptyHousehold, updateSettings, useActiveHousehold } from '../../storage/shell';
import { Screen } from '../../ui/screen';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Welcome } from './welcome';

export function HomeScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { loading, active: household, households, unreadable } = useActiveHousehold();

  if (loading) return null;
  if (!household && unreadable.length === 0) return <Welcome />;

  const addHousehold = async () => {
    const id = await createEmptyHousehold('');
    await updateSettings({ activeHouseholdId: id });
    navigate('/questions');
  };

  const open = async (id: string) => {
    await updateSettings({ activeHouseholdId: id });
    navigate('/rights');
  };

  return (
    <Screen title={t('home.title')}>
      <p className="muted">{t('home.privacy')}</p>
      {household && (
        <Card>
          <h2>{household.name || t('household.unnamed')}</h2>
          <div className="button-row">
            <Link href="/questions" className={buttonClass('primary')}>
              {t('home.continue')}
            </Link>
            <Link href="/rights" className={buttonClass('secondary')}>
              {t('home.seeRights')}
            </Link>
          </div>
        </Card>
      )}
      {households.length > 1 && (
        <section aria-labelledby="other-households">
          <h2 id="other-households">{t('home.otherHouseholds')}</h2>
          <ul className="list-plain">
            {households
              .filter((h) => h.id !== household?.id)
              .map((h) => (
                <li key={h.id} className="button-row">
                  <Button variant="secondary" block onClick={() => void open(h.id)}>
                    {t('home.open', { name: h.name || t('household.unnamed') })}
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      )}
      <Button variant="secondary" block onClick={() => void addHousehold()}>
        {t('home.addHousehold')}
      </Button>
      {unreadable.length > 0 && (
        <p role="alert" className="field__error">
          {t('home.unreadable', { count: unreadable.length })}
        </p>
      )}
    </Screen>
  );
}
