// Settings of this device: language, how much space Carnet uses, whether the browser keeps
// its data, and the version running.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, formatBytes } from '../../i18n';
import {
  estimateStorage,
  requestPersistentStorage,
  pickLanguage,
  updateSettings,
  useSettings,
  type StorageUsage,
} from '../../storage';
import { Link } from 'wouter';
import { LanguagePicker } from '../../ui/language-picker';
import { BackupSection } from './backup-section';
import { EraseSection } from './erase-section';
import { LockSection } from './lock/lock-section';
import { Screen } from '../../ui/screen';
import { Button, buttonClass } from '../../ui/button';

/** A device of a neighbourhood office: sessions with one citizen at a time, wiped at the end. */
function VolunteerSection() {
  const { t } = useTranslation('handover');
  const settings = useSettings();
  const on = settings?.volunteerMode === true;
  return (
    <section aria-labelledby="volunteer-title">
      <h2 id="volunteer-title">{t('volunteer.title')}</h2>
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(event) => void updateSettings({ volunteerMode: event.target.checked })} />
        <span>
          {t('volunteer.setting')}
          <span className="choice__hint">{t('volunteer.settingHint')}</span>
        </span>
      </label>
      {on && (
        <Link href="/volunteer" className={buttonClass()}>
          {t('volunteer.open')}
        </Link>
      )}
    </section>
  );
}

function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const settings = useSettings();
  const [usage, setUsage] = useState<StorageUsage | null>();
  useEffect(() => {
    void estimateStorage()
      .then((estimate) => setUsage(estimate ?? null))
      .catch(() => setUsage(null));
  }, []);
  const persistence = settings?.persistence;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>
        {usage === undefined
          ? t('storage.measuring')
          : usage === null
            ? t('storage.unknown')
            : t('storage.used', { used: formatBytes(usage.usedBytes, i18n.language) })}
      </p>
      <p>{t(`storage.persistence.${persistence ?? 'notAsked'}`)}</p>
      {persistence !== 'granted' && (
        <Button variant="secondary" onClick={() => void requestPersistentStorage()}>
          {t('storage.askToKeep')}
        </Button>
      )}
    </section>
  );
}

export function SettingsScreen() {
  const { t, i18n } = useTranslation('settings');
  const [notSaved, setNotSaved] = useState(false);
  const pick = async (code: string) => {
    await changeLanguage(code);
    setNotSaved(false);
    // The screen speaks the new language at once; keeping it for next time may still fail.
    await pickLanguage(code).catch(() => setNotSaved(true));
  };
  return (
    <Screen title={t('title')}>
      <LanguagePicker legend={t('language')} value={i18n.language} onChange={(code) => void pick(code)} />
      {notSaved && (
        <p role="alert" className="field__error">
          {t('languageNotSaved')}
        </p>
      )}
      <LockSection />
      <StorageSection />
      <BackupSection />
      <VolunteerSection />
      <EraseSection />
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t('about.title')}</h2>
        <p>{t('about.privacy')}</p>
        <p className="muted">{t('about.version', { version: __BUILD_ID__ })}</p>
      </section>
    </Screen>
  );
}
