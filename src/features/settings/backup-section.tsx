// Backups: every household to one passphrase-locked file, and back. Restoring says what went
// wrong in words and changes nothing unless the whole backup is read and written.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openBackup, sealBackup } from '../../domain/backup';
import { MIN_PASSPHRASE } from '../../domain/handover/envelope';
import { todayIso } from '../../domain/calendar/iso-date';
import { exportBackup, importBackup, type ImportMode } from '../../storage';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { downloadFile } from '../../ui/download-file';
import { SaidMessage, type Said } from '../../ui/said';


function SaveBackup() {
  const { t } = useTranslation('settings');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) return setSaid({ tone: 'error', text: t('backup.tooShort') });
    if (passphrase !== again) return setSaid({ tone: 'error', text: t('backup.mismatch') });
    setBusy(true);
    const backup = await exportBackup();
    const text = await sealBackup(backup, passphrase);
    downloadFile(text, `carnet-${todayIso()}.carnet`, 'text/plain');
    setBusy(false);
    setSaid({ tone: 'ok', text: t('backup.saved', { count: backup.households.length }) });
  };
  return (
    <form onSubmit={(event) => void save(event)}>
      <Field label={t('backup.passphrase')} hint={t('backup.passphraseHint')} type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      <Field label={t('backup.confirm')} type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} />
      <Button type="submit" disabled={busy}>
        {busy ? t('backup.saving') : t('backup.save')}
      </Button>
      <SaidMessage said={said} />
    </form>
  );
}

function RestoreBackup() {
  const { t } = useTranslation('settings');
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<ImportMode>('add');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>();
  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setSaid({ tone: 'error', text: t('backup.noFile') });
    setBusy(true);
    const read = await openBackup(await file.text(), passphrase);
    if (!read.ok) {
      setBusy(false);
      return setSaid({ tone: 'error', text: t(`backup.error.${read.error}`) });
    }
    try {
      const ids = await importBackup(read.backup, mode);
      setSaid({ tone: 'ok', text: t('backup.restored', { count: ids.length }) });
    } catch {
      setSaid({ tone: 'error', text: t('backup.error.failed') });
    }
    setBusy(false);
  };
  return (
    <form onSubmit={(event) => void restore(event)}>
      <h3>{t('backup.restoreTitle')}</h3>
      <div className="field">
        <label htmlFor="backup-file">{t('backup.file')}</label>
        <input id="backup-file" type="file" accept=".carnet,text/plain" onChange={(event) => setFile(event.target.files?.[0])} />
      </div>
      <Field label={t('backup.restorePassphrase')} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      <fieldset className="choices">
        <legend>{t('backup.modeLegend')}</legend>
        {(['add', 'replace'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name="backup-mode" checked={mode === choice} onChange={() => setMode(choice)} />
            <span>{t(`backup.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={busy}>
        {t('backup.restore')}
      </Button>
      <SaidMessage said={said} />
    </form>
  );
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <SaveBackup />
      <RestoreBackup />
    </section>
  );
}
