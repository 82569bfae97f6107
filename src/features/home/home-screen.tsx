// Home: what Carnet is, in two lines, and the way in — start a first household, or carry on
// with one of the households kept on this device.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { createEmptyHousehold, updateSettings, useActiveHousehold } from '../../storage/shell';
import { Screen } from '../../ui/screen';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';

export function HomeScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { loading, active: household, households, unreadable } = useActiveHousehold();

  const start = async () => {
    const id = await createEmptyHousehold(households.length === 0 ? t('household.defaultName') : '');
    await updateSettings({ activeHouseholdId: id });
    navigate('/household');
  };

  const open = async (id: string) => {
    await updateSettings({ activeHouseholdId: id });
    navigate('/household');
  };

  return (
    <Screen title={t('home.title')}>
      <p>{t('home.intro')}</p>
      <p className="muted">{t('home.privacy')}</p>
      {loading ? null : household ? (
        <>
          <Card>
            <h2>{household.name || t('household.unnamed')}</h2>
            <div className="button-row">
              <Link href="/household" className={buttonClass('primary')}>
                {t('home.continue')}
              </Link>
              <Link href="/rights" className={buttonClass('secondary')}>
                {t('home.seeRights')}
              </Link>
            </div>
          </Card>
          {households.length > 1 && (
            <section aria-labelledby="other-households">
              <h2 id="other-households">{t('home.otherHouseholds')}</h2>
              <ul className="list-plain">
                {households
                  .filter((h) => h.id !== household.id)
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
          <Button variant="secondary" block onClick={() => void start()}>
            {t('home.addHousehold')}
          </Button>
        </>
      ) : (
        <Button block onClick={() => void start()}>
          {t('home.start')}
        </Button>
      )}
      {unreadable.length > 0 && (
        <p role="alert" className="field__error">
          {t('home.unreadable', { count: unreadable.length })}
        </p>
      )}
    </Screen>
  );
}
