// Who lives in the household: add, change or remove people. Each change is saved at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMember,
  removeMember,
  RELATIONS,
  setMemberField,
  type Member,
  type Profile,
  type Relation,
} from '../../domain/profile';
import { isIsoDate } from '../../domain/calendar';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';

interface Props {
  profile: Profile;
  /** Applies an edit to the stored profile (never to a possibly stale copy). */
  edit: (change: (profile: Profile) => Profile) => Promise<void>;
  today: string;
}

function MemberCard({ member, index, edit, today }: Props & { member: Member; index: number }) {
  const { t } = useTranslation('household');
  const [confirming, setConfirming] = useState(false);
  const [dateError, setDateError] = useState<string>();
  const isSelf = member.relation === 'self';
  const headingId = `member-${member.id}`;
  return (
    <Card>
      <h3 id={headingId}>{isSelf ? t('members.you') : t('members.person', { number: index + 1 })}</h3>
      {!isSelf && (
        <div className="field">
          <label htmlFor={`${member.id}-relation`}>{t('members.relation')}</label>
          <select
            id={`${member.id}-relation`}
            value={member.relation}
            onChange={(event) => void edit((p) => setMemberField(p, member.id, 'relation', event.target.value as Relation))}
          >
            {RELATIONS.filter((r) => r !== 'self').map((relation) => (
              <option key={relation} value={relation}>
                {t(`relation.${relation}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${member.id}-birth`}>{t('members.birthDate')}</label>
        <input
          id={`${member.id}-birth`}
          type="date"
          min="1900-01-01"
          max={today}
          defaultValue={member.birthDate ?? ''}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? `${member.id}-birth-error` : undefined}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '') {
              setDateError(undefined);
              void edit((p) => setMemberField(p, member.id, 'birthDate', undefined));
            } else if (!isIsoDate(value) || value > today || value < '1900-01-01') {
              setDateError(t('members.birthDateInvalid'));
            } else {
              setDateError(undefined);
              void edit((p) => setMemberField(p, member.id, 'birthDate', value));
            }
          }}
        />
        {dateError && (
          <span id={`${member.id}-birth-error`} className="field__error" role="alert">
            {dateError}
          </span>
        )}
      </div>
      {!isSelf &&
        (confirming ? (
          <div className="button-row" role="group" aria-labelledby={headingId}>
            <p>{t('members.removeConfirm')}</p>
            <Button variant="danger" onClick={() => void edit((p) => removeMember(p, member.id))}>
              {t('members.removeYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('members.removeNo')}
            </Button>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('members.remove')}
          </Button>
        ))}
    </Card>
  );
}

export function MembersEditor({ profile, edit, today }: Props) {
  const { t } = useTranslation('household');
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      {profile.household.members.map((member, index) => (
        <MemberCard key={member.id} member={member} index={index} profile={profile} edit={edit} today={today} />
      ))}
      <div className="button-row">
        <Button variant="secondary" onClick={() => void edit((p) => addMember(p, 'child').profile)}>
          {t('members.addChild')}
        </Button>
        <Button variant="secondary" onClick={() => void edit((p) => addMember(p, 'partner').profile)}>
          {t('members.addAdult')}
        </Button>
      </div>
    </section>
  );
}
