// My household: the nickname, where the household lives and who lives in it. The detailed
// questions come from the questionnaire; this is where any answer can be seen and changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { regionFromPostalCode, setHouseholdField, type Profile } from '../../domain/profile';
import { todayIso } from '../../domain/calendar';
import { draftKey, renameHousehold, updateProfile, useActiveHousehold, useAnswers, useHousehold } from '../../storage';
import { AnswersSummary } from './answers-summary';
import { Screen } from '../../ui/screen';
import { buttonClass } from '../../ui/button';
import { DraftTextField } from './draft-text-field';
import { MembersEditor } from './members-editor';

export function HouseholdScreen() {
  const { t } = useTranslation('household');
  const { t: tc } = useTranslation();
  const { t: tq } = useTranslation('questions');
  const { loading, active } = useActiveHousehold();
  const household = useHousehold(active?.id);
  const answers = useAnswers(active?.id);
  const [saveError, setSaveError] = useState(false);

  if (loading || household === undefined) return null;
  if (!household) {
    return (
      <Screen title={t('title')}>
        <p>{t('none')}</p>
        <Link href="/" className={buttonClass()}>
          {tc('nav.home')}
        </Link>
      </Screen>
    );
  }

  const edit = async (change: (profile: Profile) => Profile) => {
    try {
      await updateProfile(household.id, change);
      setSaveError(false);
    } catch {
      setSaveError(true);
    }
  };
  const postalCode = household.profile.household.postalCode ?? '';
  const region = postalCode ? regionFromPostalCode(postalCode) : undefined;

  return (
    <Screen title={t('title')}>
      {saveError && (
        <p role="alert" className="field__error">
          {t('saveFailed')}
        </p>
      )}
      <DraftTextField
        draftKey={draftKey(household.id, 'name')}
        saved={household.name}
        label={t('name.label')}
        hint={t('name.hint')}
        autoComplete="off"
        maxLength={60}
        saveFailedMessage={t('saveFailed')}
        commit={(text) => renameHousehold(household.id, text)}
      />
      <DraftTextField
        draftKey={draftKey(household.id, 'postalCode')}
        saved={postalCode}
        label={t('postalCode.label')}
        hint={t('postalCode.hint')}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={4}
        saveFailedMessage={t('saveFailed')}
        validate={(text) => (text === '' || regionFromPostalCode(text) ? undefined : t('postalCode.invalid'))}
        commit={(text) => updateProfile(household.id, (p) => setHouseholdField(p, 'postalCode', text || undefined))}
      />
      {region && <p className="muted">{t('postalCode.region', { region: t(`region.${region}`) })}</p>}
      <MembersEditor profile={household.profile} edit={edit} today={todayIso()} />
      <p>
        <Link href="/questions" className={buttonClass('primary', true)}>
          {t('answers.continue')}
        </Link>
      </p>
      {answers && (
        <AnswersSummary
          profile={household.profile}
          answers={answers}
          personOf={(memberId) => {
            const index = household.profile.household.members.findIndex((m) => m.id === memberId);
            const member = household.profile.household.members[index];
            return !member || member.relation === 'self' ? tq('person.self') : `${t(`relation.${member.relation}`)} (${index + 1})`;
          }}
        />
      )}
    </Screen>
  );
}
