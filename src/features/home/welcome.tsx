// First run: choose a language (each named in itself), read in plain words what happens to the
// data (it stays on this phone), give the household a nickname, start the questions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { changeLanguage } from '../../i18n';
import { createEmptyHousehold, requestPersistentStorage, updateSettings } from '../../storage/shell';
import { LanguagePicker } from '../../ui/language-picker';
import { Screen } from '../../ui/screen';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';

type Step = 'language' | 'promise' | 'name';

export function Welcome() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [step, setStep] = useState<Step>('language');
  const [name, setName] = useState('');
  const [failed, setFailed] = useState(false);

  const pickLanguage = async (code: string) => {
    await changeLanguage(code);
    await updateSettings({ language: code }).catch(() => undefined);
  };

  const start = async () => {
    try {
      const id = await createEmptyHousehold(name.trim() || t('household.defaultName'), i18n.language);
      await updateSettings({ activeHouseholdId: id });
      // Now there is something to keep: ask the browser not to evict it when space runs low.
      void requestPersistentStorage();
      navigate('/questions');
    } catch {
      setFailed(true);
    }
  };

  if (step === 'language') {
    return (
      <Screen title={t('welcome.languageTitle')}>
        <LanguagePicker legend={t('welcome.languageLegend')} value={i18n.language} onChange={(code) => void pickLanguage(code)} />
        <Button block onClick={() => setStep('promise')}>
          {t('welcome.next')}
        </Button>
      </Screen>
    );
  }
  if (step === 'promise') {
    return (
      <Screen title={t('welcome.promiseTitle')}>
        <ul className="promise">
          <li>{t('welcome.promise1')}</li>
          <li>{t('welcome.promise2')}</li>
          <li>{t('welcome.promise3')}</li>
          <li>{t('welcome.promise4')}</li>
        </ul>
        <Button block onClick={() => setStep('name')}>
          {t('welcome.agree')}
        </Button>
        <Button block variant="secondary" onClick={() => setStep('language')}>
          {t('welcome.back')}
        </Button>
      </Screen>
    );
  }
  return (
    <Screen title={t('welcome.nameTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <Field label={t('welcome.nameLabel')} hint={t('welcome.nameHint')} value={name} maxLength={60} autoComplete="off" onChange={(event) => setName(event.target.value)} />
        {failed && (
          <p role="alert" className="field__error">
            {t('welcome.failed')}
          </p>
        )}
        <Button type="submit" block>
          {t('welcome.start')}
        </Button>
      </form>
      <Button block variant="secondary" onClick={() => setStep('promise')}>
        {t('welcome.back')}
      </Button>
    </Screen>
  );
}
