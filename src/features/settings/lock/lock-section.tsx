// Settings → the PIN or passphrase lock: put one on (after saying plainly that a forgotten PIN
// means lost data without a backup), lock now, change it, or take it off.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAcceptableSecret } from '../../../domain/lock/lock';
import { formatWait } from '../../../i18n/format-wait';
import { changeLock, removeLock, setLock, useSettings } from '../../../storage';
import { Button } from '../../../ui/button';
import { Field } from '../../../ui/field';
import { SaidMessage, type Said } from '../../../ui/said';
import { AUTO_LOCK_MINUTES, lockAndReload } from './auto-lock';

type Form = 'set' | 'change' | 'remove';

/** One form for the three changes: which fields it asks depends on the change. */
function LockForm({ form, onDone, onCancel }: { form: Form; onDone: (said: Said) => void; onCancel?: () => void }) {
  const { t } = useTranslation('settings');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>();
  const asksNew = form !== 'remove';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (asksNew && !isAcceptableSecret(next)) return setSaid({ tone: 'error', text: t('lock.errors.tooShort') });
    if (asksNew && next !== again) return setSaid({ tone: 'error', text: t('lock.errors.mismatch') });
    setBusy(true);
    setSaid(undefined);
    try {
      const change = { set: () => setLock(next).then(() => true), change: () => changeLock(current, next), remove: () => removeLock(current) }[form];
      const accepted = await change();
      if (!accepted) return setSaid({ tone: 'error', text: t('lock.errors.wrongCurrent') });
      onDone({ tone: 'ok', text: { set: t('lock.done'), change: t('lock.changed'), remove: t('lock.removed') }[form] });
    } catch {
      setSaid({ tone: 'error', text: t('lock.errors.failed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      {form !== 'set' && <Field label={t('lock.current')} type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} />}
      {asksNew && (
        <>
          <Field label={t('lock.new')} hint={t('lock.newHint')} type="password" autoComplete="new-password" value={next} onChange={(event) => setNext(event.target.value)} />
          <Field label={t('lock.repeat')} type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} />
        </>
      )}
      {busy && <p role="status">{t('lock.working')}</p>}
      <div className="button-row">
        <Button type="submit" variant={form === 'remove' ? 'danger' : 'primary'} disabled={busy}>
          {t(`lock.submit.${form}`)}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('lock.cancel')}
          </Button>
        )}
      </div>
      <SaidMessage said={said} />
    </form>
  );
}

export function LockSection() {
  const { t, i18n } = useTranslation('settings');
  const settings = useSettings();
  const [form, setForm] = useState<Form>();
  const [said, setSaid] = useState<Said>();
  if (!settings) return null;
  const done = (next: Said) => {
    setForm(undefined);
    setSaid(next);
  };
  const after = formatWait(AUTO_LOCK_MINUTES * 60_000, i18n.language);
  return (
    <section aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      <SaidMessage said={said} />
      {settings.lock ? (
        <>
          <p>{t('lock.isOn', { time: after })}</p>
          {form ? (
            <LockForm key={form} form={form} onDone={done} onCancel={() => setForm(undefined)} />
          ) : (
            <div className="button-row">
              <Button onClick={() => void lockAndReload()}>{t('lock.lockNow')}</Button>
              <Button variant="secondary" onClick={() => setForm('change')}>
                {t('lock.change')}
              </Button>
              <Button variant="secondary" onClick={() => setForm('remove')}>
                {t('lock.remove')}
              </Button>
            </div>
          )}
        </>
      ) : (
        <>
          <p>{t('lock.explain', { time: after })}</p>
          <p>
            <strong>{t('lock.forgetWarning')}</strong>
          </p>
          <LockForm form="set" onDone={done} />
        </>
      )}
    </section>
  );
}
