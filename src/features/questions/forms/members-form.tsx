// Who lives in the household: each change is saved at once; "That's everyone" goes on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, removeMember, type Relation } from '../../../domain/profile';
import { Button } from '../../../ui/button';
import type { FormProps } from '../form-props';
import { personLabel } from '../person';

const ADDABLE: readonly Exclude<Relation, 'self'>[] = ['partner', 'child', 'parent', 'other'];

export function MembersForm({ profile, edit, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const [confirming, setConfirming] = useState<string>();
  const members = profile.household.members;
  return (
    <div>
      <ul className="list-plain members-list">
        {members.map((member) => (
          <li key={member.id} className="member-row">
            <span>{personLabel(t, profile, member.id)}</span>
            {member.relation !== 'self' &&
              (confirming === member.id ? (
                <span className="button-row">
                  <Button variant="danger" onClick={() => void edit((p) => removeMember(p, member.id)).then(() => setConfirming(undefined))}>
                    {t('members.removeYes')}
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(undefined)}>
                    {t('members.removeNo')}
                  </Button>
                </span>
              ) : (
                <Button variant="secondary" onClick={() => setConfirming(member.id)}>
                  {t('members.remove', { person: personLabel(t, profile, member.id) })}
                </Button>
              ))}
          </li>
        ))}
      </ul>
      <div className="button-row">
        {ADDABLE.filter((relation) => relation !== 'partner' || !members.some((m) => m.relation === 'partner')).map((relation) => (
          <Button key={relation} variant="secondary" onClick={() => void edit((p) => addMember(p, relation).profile)}>
            {t(`members.add.${relation}`)}
          </Button>
        ))}
      </div>
      <Button block onClick={() => submit({ kind: 'members' })}>
        {t('members.done')}
      </Button>
    </div>
  );
}
