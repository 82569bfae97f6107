// "Delete everything": one place, one confirmation, then Carnet starts again as on a new phone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEverything } from '../../storage';
import { Button } from '../../ui/button';

export function EraseSection() {
  const { t } = useTranslation('settings');
  const [confirming, setConfirming] = useState(false);
  const erase = async () => {
    await deleteEverything();
    window.location.assign('/');
  };
  return (
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.explain')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="erase-confirm-title" aria-describedby="erase-confirm-body" className="card">
          <h3 id="erase-confirm-title">{t('erase.confirmTitle')}</h3>
          <p id="erase-confirm-body">{t('erase.confirmBody')}</p>
          <div className="button-row">
            <Button variant="danger" onClick={() => void erase()}>
              {t('erase.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('erase.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('erase.start')}
        </Button>
      )}
    </section>
  );
}
