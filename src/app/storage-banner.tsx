// Storage problems reach the person as a message with what to do, never as a silent failure.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageEvent, flushUnsavedEdits, type StorageEvent } from '../storage/shell';
import { Banner } from '../ui/banner';
import { Button } from '../ui/button';

export function StorageBanner() {
  const { t } = useTranslation();
  const [event, setEvent] = useState<StorageEvent>();
  useEffect(() => onStorageEvent(setEvent), []);
  if (!event) return null;
  const reload = async () => {
    await flushUnsavedEdits().catch(() => undefined);
    window.location.reload();
  };
  switch (event) {
    case 'version-change':
      return (
        <Banner tone="warn" role="alert" actions={<Button onClick={() => void reload()}>{t('update.reload')}</Button>}>
          {t('storage.versionChange')}
        </Banner>
      );
    case 'blocked':
      return (
        <Banner tone="warn" role="alert">
          {t('storage.blocked')}
        </Banner>
      );
    case 'quota':
      return (
        <Banner tone="danger" role="alert" actions={<Button variant="secondary" onClick={() => setEvent(undefined)}>{t('actions.close')}</Button>}>
          {t('storage.quota')}
        </Banner>
      );
  }
}
