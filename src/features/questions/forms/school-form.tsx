// A child's school: level, full-time or work-study (secondary), and which community runs it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_COMMUNITIES, SCHOOL_LEVELS, SCHOOL_TRACKS, type SchoolCommunity, type SchoolLevel, type SchoolTrack } from '../../../domain/profile';
import type { FormProps } from '../form-props';
import { ContinueButton } from './continue-button';

export function SchoolForm({ member, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const id = useId();
  const [level, setLevel] = useState<SchoolLevel | undefined>(member?.schoolLevel);
  const [track, setTrack] = useState<SchoolTrack | undefined>(member?.schoolTrack);
  const [community, setCommunity] = useState<SchoolCommunity | undefined>(member?.schoolCommunity);
  const [error, setError] = useState<string>();
  const atSchool = level !== undefined && level !== 'none';
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!level) return setError(t('choice.required'));
        submit({
          kind: 'school',
          value: { level, ...(level === 'secondary' && track ? { track } : {}), ...(atSchool && community ? { community } : {}) },
        });
      }}
    >
      <fieldset className="choices">
        <legend>{t('school.level')}</legend>
        {SCHOOL_LEVELS.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={`${id}-level`} checked={level === option} onChange={() => { setLevel(option); setError(undefined); }} />
            <span>{t(`school.levelOption.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {level === 'secondary' && (
        <fieldset className="choices">
          <legend>{t('school.track')}</legend>
          {SCHOOL_TRACKS.map((option) => (
            <label key={option} className="choice">
              <input type="radio" name={`${id}-track`} checked={track === option} onChange={() => setTrack(option)} />
              <span>{t(`school.trackOption.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {atSchool && (
        <fieldset className="choices">
          <legend>{t('school.community')}</legend>
          {SCHOOL_COMMUNITIES.map((option) => (
            <label key={option} className="choice">
              <input type="radio" name={`${id}-community`} checked={community === option} onChange={() => setCommunity(option)} />
              <span>{t(`school.communityOption.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      <ContinueButton />
    </form>
  );
}
