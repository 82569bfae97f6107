// One right: what it is in two sentences, how much, why the app thinks so, what it cannot
// check, how to claim it, what to bring, where it stands — and a human to talk to.
import { Link, useParams } from 'wouter';
import { CATALOGUE, isRightId, type RightId } from '../../domain/rights';
import { telHref } from '../../domain/help/helplines';
import { regionOf } from '../../domain/profile/region';
import { useActiveHousehold, useHouseholdEvaluation } from '../../storage';
import { Screen } from '../../ui/screen';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { GlossedList, GlossedText } from '../../ui/glossed-text';
import { ReadAloud } from '../../ui/read-aloud';
import { ClaimStatusForm } from './claim-status-form';
import { DeliveryField } from './delivery-field';
import { DocumentsChecklist } from './documents-checklist';
import { useRightsText } from './use-reason-text';

const OFFICE_LANGUAGES = { brussels: ['fr', 'nl'], wallonia: ['fr'], flanders: ['nl'], 'german-speaking': ['de', 'fr'] } as const;

export function RightScreen() {
  const params = useParams<{ id: string }>();
  const { t, language, reasonText, moneyText } = useRightsText();
  const { active } = useActiveHousehold();
  const data = useHouseholdEvaluation(active?.id);
  const id = params.id ?? '';
  if (!isRightId(id)) {
    return (
      <Screen title={t('rights:detail.unknown')}>
        <Link href="/rights">{t('rights:title')}</Link>
      </Screen>
    );
  }
  const definition = CATALOGUE.rights.find((right) => right.id === id);
  const name = t(`rights:right.${id}.name`);
  if (!definition || !data) {
    return (
      <Screen title={name}>
        <p role="status">{t('rights:computing')}</p>
      </Screen>
    );
  }
  const result = data.questionnaire.evaluation.results.find((r) => r.id === id);
  const claim = data.claims.find((c) => c.rightId === id);
  const region = regionOf(data.household.profile.household);
  // A Dutch speaker in Liège asks at the CPAS in French: give the name the office uses.
  const officeNames = (region ? OFFICE_LANGUAGES[region] : (['fr', 'nl', 'de'] as const))
    .filter((code) => code !== language)
    .flatMap((code) => {
      const official = definition.officialNames[code];
      return official ? [{ code, official }] : [];
    });
  const questions = data.questionnaire.questions.filter((q) => q.rights.includes(id));
  const steps = Array.from({ length: definition.claim.steps }, (_, i) => t(`rights:right.${id}.steps.${i + 1}`));

  return (
    <Screen title={name}>
      <p className="right-summary">
        <GlossedText text={t(`rights:right.${id}.summary`)} />
      </p>
      <ReadAloud text={[name, t(`rights:right.${id}.summary`), t('rights:detail.howToClaim'), ...steps].join('. ')} />
      {officeNames.length > 0 && (
        <p className="muted">
          {t('rights:detail.officialName')}{' '}
          {officeNames.map(({ code, official }) => (
            <span key={code}>
              <q lang={code} className="official-name">
                {official}
              </q>{' '}
            </span>
          ))}
        </p>
      )}
      {result && (
        <Card>
          <p className={`verdict verdict--${result.status}`}>
            <strong>{t(`rights:detail.status.${result.receiving ? 'receiving' : result.status}`)}</strong>
          </p>
          {result.estimate && <p>{t('rights:overview.about', { amount: moneyText(result.estimate) })}</p>}
          <p>{result.automatic ? t('rights:overview.automatic') : t('rights:overview.toAsk')}</p>
          {result.toConfirm && <p>{t('rights:detail.toConfirm')}</p>}
        </Card>
      )}
      {result && result.after.length > 0 && (
        <section aria-labelledby="after-title" className="card card--highlight">
          <h2 id="after-title">{t('rights:detail.askFirstTitle')}</h2>
          <ul className="link-list">
            {result.after.map((first: RightId) => (
              <li key={first}>
                <Link href={`/rights/${first}`}>{t(`rights:right.${first}.name`)}</Link>
              </li>
            ))}
          </ul>
          <p>{t('rights:detail.askFirstBody')}</p>
        </section>
      )}
      {result && result.reasons.length > 0 && (
        <section aria-labelledby="why-title">
          <h2 id="why-title">{t('rights:detail.why')}</h2>
          <ul>
            {result.reasons.map((reason, index) => (
              <li key={`${reason.key}-${index}`}>{reasonText(reason)}</li>
            ))}
          </ul>
        </section>
      )}
      {questions.length > 0 && (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t('rights:detail.questions', { count: questions.length })}</h2>
          <Link href={`/questions/${questions[0]!.id}`} className={buttonClass('primary')}>
            {t('rights:detail.answer')}
          </Link>
        </section>
      )}
      {definition.worthAsking.length > 0 && (
        <section aria-labelledby="worth-title">
          <h2 id="worth-title">{t('rights:detail.worthAsking')}</h2>
          <GlossedList texts={definition.worthAsking.map((key) => t(`rights:worthAsking.${key}`))} />
        </section>
      )}
      <section aria-labelledby="claim-title">
        <h2 id="claim-title">{t('rights:detail.howToClaim')}</h2>
        <p>
          {t('rights:detail.provider')} {t(`rights:provider.${definition.provider}`)}
        </p>
        <GlossedList texts={steps} ordered />
        <div className="button-row">
          {definition.claim.phone && (
            <a className={buttonClass('secondary')} href={telHref(definition.claim.phone)}>
              {t('rights:detail.call', { number: definition.claim.phone })}
            </a>
          )}
          {definition.claim.website && (
            <a className={buttonClass('secondary')} href={definition.claim.website} target="_blank" rel="noopener noreferrer">
              {t('rights:detail.website', { site: new URL(definition.claim.website).hostname })}
            </a>
          )}
        </div>
        {definition.claim.documents.length > 0 && (
          <DocumentsChecklist householdId={data.household.id} rightId={id} documents={definition.claim.documents} gathered={claim?.documents ?? []} />
        )}
      </section>
      {id === 'be-heating-allowance' && <DeliveryField householdId={data.household.id} rightId={id} saved={claim?.delivery} today={data.today} />}
      <ClaimStatusForm key={`${claim?.status}-${claim?.since}`} householdId={data.household.id} rightId={id} claim={claim} today={data.today} />
      <p>
        <Link href={`/help?right=${id}`} className={buttonClass('secondary', true)}>
          {t('rights:detail.talkToHuman')}
        </Link>
      </p>
    </Screen>
  );
}
