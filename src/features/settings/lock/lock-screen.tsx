// The lock screen: the PIN or passphrase, the wait after wrong tries said in words (and the
// button off until it is over), and an honest answer to "I forgot my code".
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWait } from '../../../i18n/format-wait';
import { unlockCarnet, waitBeforeNextTry, type DeviceSettings } from '../../../storage';
import { Button } from '../../../ui/button';
import { Field } from '../../../ui/field';
import { Screen } from '../../../ui/screen';
import { EraseSection } from '../erase-section';

export interface LockScreenProps {
  kind: 'pin' | 'passphrase';
  /** Wrong tries recorded before this screen opened (a reload does not reset the wait). */
  failures: DeviceSettings['lockFailures'];
  onUnlocked: () => void;
}

/** The time left to wait, counting down each second, and a way to start a new wait. */
function useWait(initialMs: number): [number, (ms: number) => void] {
  const [clock, setClock] = useState(() => ({ until: Date.now() + initialMs, now: Date.now() }));
  useEffect(() => {
    if (clock.now >= clock.until) return undefined;
    const timer = setTimeout(() => setClock((current) => ({ ...current, now: Date.now() })), 1000);
    return () => clearTimeout(timer);
  }, [clock]);
  const start = (ms: number) => {
    const now = Date.now();
    setClock({ until: now + ms, now });
  };
  return [Math.max(0, clock.until - clock.now), start];
}

export function LockScreen({ kind, failures, onUnlocked }: LockScreenProps) {
  const { t, i18n } = useTranslation('settings');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [wait, startWait] = useWait(waitBeforeNextTry(failures));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0 || secret === '') return;
    setBusy(true);
    const result = await unlockCarnet(secret).finally(() => setBusy(false));
    if (result.ok) return onUnlocked();
    setWrong(result.reason === 'wrong');
    setSecret('');
    startWait(result.waitMs);
  };

  const label = kind === 'pin' ? t('lock.screen.pin') : t('lock.screen.passphrase');
  return (
    <Screen title={t('lock.screen.title')}>
      <p>{kind === 'pin' ? t('lock.screen.pinBody') : t('lock.screen.passphraseBody')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <Field
          label={label}
          type="password"
          autoComplete="current-password"
          inputMode={kind === 'pin' ? 'numeric' : undefined}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          error={wrong ? t('lock.screen.wrong') : undefined}
        />
        {wait > 0 && <p role="status">{t('lock.screen.wait', { time: formatWait(wait, i18n.language) })}</p>}
        {busy && <p role="status">{t('lock.screen.opening')}</p>}
        <Button type="submit" disabled={busy || wait > 0}>
          {t('lock.screen.open')}
        </Button>
      </form>
      <details className="card">
        <summary>{t('lock.screen.forgotten')}</summary>
        <p>{t('lock.screen.forgottenBody')}</p>
        <p>{t('lock.screen.forgottenBackup')}</p>
        <p>{t('lock.screen.forgottenHelp')}</p>
        <EraseSection />
      </details>
    </Screen>
  );
}
