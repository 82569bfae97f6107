import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { applyUpdate, reloadNow, useUpdateState } from './app-update';

export function UpdateBanner() {
  const { t } = useTranslation();
  const { waiting, reloadPending } = useUpdateState();
  if (reloadPending) {
    return (
      <Banner actions={<Button onClick={() => void reloadNow()}>{t('update.reload')}</Button>}>
        {t('update.reloadWhenReady')}
      </Banner>
    );
  }
  if (!waiting) return null;
  return (
    <Banner actions={<Button onClick={() => void applyUpdate()}>{t('update.apply')}</Button>}>
      {t('update.available')}
    </Banner>
  );
}
