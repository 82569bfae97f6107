// Receiving on one's own phone: the household an office hands back after a session, or a help
// point a neighbourhood office shares. Nothing replaces saved data without the person choosing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Profile } from '../../domain/profile';
import { createHousehold, receiveHelpPoint, saveProfile, updateSettings, useActiveHousehold } from '../../storage';
import { Screen } from '../../ui/screen';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Field } from '../../ui/field';
import { QrReceiver } from './qr-receiver';

function ReceivedProfile({ profile, onDone }: { profile: Profile; onDone: () => void }) {
  const { t } = useTranslation('handover');
  const { active } = useActiveHousehold();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [failed, setFailed] = useState(false);
  const keep = async (into: 'replace' | 'new') => {
    try {
      if (into === 'replace' && active) await saveProfile(active.id, profile);
      else await updateSettings({ activeHouseholdId: await createHousehold(name.trim() || t('volunteer.citizen'), profile) });
      navigate('/rights');
    } catch {
      setFailed(true);
    }
  };
  return (
    <Card>
      <h2>{t('receive.profileTitle')}</h2>
      <p>{t('receive.profileBody', { count: profile.household.members.length })}</p>
      {failed && (
        <p role="alert" className="field__error">
          {t('receive.error.invalid-profile')}
        </p>
      )}
      {active && (
        <Button block onClick={() => void keep('replace')}>
          {t('receive.replace', { name: active.name })}
        </Button>
      )}
      <Field label={t('receive.newName')} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      <Button block variant={active ? 'secondary' : 'primary'} onClick={() => void keep('new')}>
        {t('receive.addNew')}
      </Button>
      <Button block variant="secondary" onClick={onDone}>
        {t('receive.cancel')}
      </Button>
    </Card>
  );
}

export function ReceiveScreen() {
  const { t } = useTranslation('handover');
  const [profile, setProfile] = useState<Profile>();
  const [helpPoint, setHelpPoint] = useState<string>();
  const [error, setError] = useState(false);
  return (
    <Screen title={t('receive.title')}>
      {profile ? (
        <ReceivedProfile profile={profile} onDone={() => setProfile(undefined)} />
      ) : (
        <>
          <p>{t('receive.intro')}</p>
          {helpPoint && (
            <p role="status">
              <strong>{t('receive.helpPointTitle')}</strong> {t('receive.helpPointBody', { name: helpPoint })}
            </p>
          )}
          {error && (
            <p role="alert" className="field__error">
              {t('receive.error.damaged')}
            </p>
          )}
          <QrReceiver
            onProfile={setProfile}
            onHelpPoint={(value) =>
              void receiveHelpPoint(value).then((saved) => {
                setError(!saved.ok);
                if (saved.ok) setHelpPoint((value as { name?: string }).name ?? '');
              })
            }
          />
        </>
      )}
    </Screen>
  );
}
