// A volunteer's session with one citizen on an office's shared device: consent first, then the
// citizen's household from their QR code or from nothing, the questions together, and at the
// end the result handed back (QR code or print) and everything of the citizen wiped.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { SECTIONS, sealProfile } from '../../domain/handover';
import { emptyProfile, type Profile } from '../../domain/profile';
import { endSessions, startSession, useActiveHousehold, useHousehold, useHouseholdEvaluation, useSettings } from '../../storage';
import { Screen } from '../../ui/screen';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { QrCode } from '../../ui/qr-code';
import { PrintSummary } from './print-summary';
import { QrReceiver } from './qr-receiver';
import { IDLE_MINUTES, startIdleWipe, stopIdleWipe } from './volunteer-guard';

type Step = 'consent' | 'how' | 'scan';

function useWipedNotice(): [string | undefined, (kind: 'ended' | 'idle') => void] {
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const { t } = useTranslation('handover');
  const wiped = params.get('wiped');
  const message = wiped === 'idle' ? t('volunteer.wipedIdle', { minutes: IDLE_MINUTES }) : wiped ? t('volunteer.wiped') : undefined;
  const show = useCallback((kind: 'ended' | 'idle') => navigate(`/volunteer?wiped=${kind}`), [navigate]);
  return [message, show];
}

function StartSession() {
  const { t } = useTranslation('handover');
  const [step, setStep] = useState<Step>('consent');
  const [, navigate] = useLocation();
  const start = async (profile: Profile) => {
    await startSession(profile, t('volunteer.citizen'));
    navigate('/questions');
  };
  if (step === 'consent') {
    return (
      <Card>
        <h2>{t('volunteer.consentTitle')}</h2>
        <p>{t('volunteer.consentBody', { minutes: IDLE_MINUTES })}</p>
        <Button block onClick={() => setStep('how')}>
          {t('volunteer.consent')}
        </Button>
      </Card>
    );
  }
  if (step === 'scan') {
    return (
      <>
        <QrReceiver onProfile={(profile) => void start(profile)} />
        <Button variant="secondary" onClick={() => setStep('how')}>
          {t('volunteer.cancel')}
        </Button>
      </>
    );
  }
  return (
    <Card>
      <h2>{t('volunteer.startTitle')}</h2>
      <Button block onClick={() => setStep('scan')}>
        {t('volunteer.fromQr')}
      </Button>
      <Button block variant="secondary" onClick={() => void start(emptyProfile())}>
        {t('volunteer.fromScratch')}
      </Button>
    </Card>
  );
}

function HandBack({ householdId }: { householdId: string }) {
  const { t } = useTranslation('handover');
  const data = useHouseholdEvaluation(householdId);
  const [text, setText] = useState<string>();
  useEffect(() => {
    if (data) void sealProfile(data.household.profile, SECTIONS).then(setText);
  }, [data]);
  if (!data) return null;
  return (
    <>
      {text && (
        <Card className="qr-card">
          <h2>{t('volunteer.handBack')}</h2>
          <QrCode text={text} label={t('share.qrLabel')} />
          <p>{t('share.qrHint')}</p>
        </Card>
      )}
      <Button variant="secondary" onClick={() => window.print()}>
        {t('volunteer.print')}
      </Button>
      <PrintSummary data={data} sections={SECTIONS} />
    </>
  );
}

function InSession({ householdId, onEnd }: { householdId: string; onEnd: () => void }) {
  const { t } = useTranslation('handover');
  const [ending, setEnding] = useState(false);
  return (
    <>
      <p role="status">{t('volunteer.inSession')}</p>
      <div className="button-row">
        <Link href="/questions" className={buttonClass()}>
          {t('volunteer.continue')}
        </Link>
        {!ending && (
          <Button variant="secondary" onClick={() => setEnding(true)}>
            {t('volunteer.end')}
          </Button>
        )}
      </div>
      {ending && (
        <section aria-labelledby="end-title">
          <h2 id="end-title">{t('volunteer.endTitle')}</h2>
          <HandBack householdId={householdId} />
          <Button variant="danger" block onClick={onEnd}>
            {t('volunteer.discard')}
          </Button>
        </section>
      )}
    </>
  );
}

export function VolunteerScreen() {
  const { t } = useTranslation('handover');
  const settings = useSettings();
  const { active } = useActiveHousehold();
  const household = useHousehold(active?.id);
  const [message, showWiped] = useWipedNotice();
  const session = household?.session ? household : undefined;
  const sessionId = session?.id;
  useEffect(() => {
    if (sessionId) startIdleWipe(() => showWiped('idle'));
  }, [sessionId, showWiped]);
  const end = async () => {
    stopIdleWipe();
    await endSessions();
    showWiped('ended');
  };
  return (
    <Screen title={t('volunteer.title')}>
      {message && <p role="status">{message}</p>}
      {settings && !settings.volunteerMode ? (
        <>
          <p>{t('volunteer.notOn')}</p>
          <Link href="/settings" className={buttonClass('secondary')}>
            {t('volunteer.setting')}
          </Link>
        </>
      ) : session ? (
        <InSession householdId={session.id} onEnd={() => void end()} />
      ) : (
        settings && <StartSession />
      )}
    </Screen>
  );
}
