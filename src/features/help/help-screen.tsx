// Talk to a human: free phone lines for the household's region, one tap to call, and where to
// go in person. Every number here was read in a source; none is guessed.
import { useTranslation } from 'react-i18next';
import { helplinesFor, telHref, type Helpline } from '../../domain/help/helplines';
import { directionsHref, socialWelfareCentreSearch } from '../../domain/help/office-help-point';
import { regionOf } from '../../domain/profile';
import { useActiveHousehold, useHousehold } from '../../storage';
import { Screen } from '../../ui/screen';
import { Card } from '../../ui/card';
import { buttonClass } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { GLOSSARY_TERMS } from '../../i18n/glossary';
import { Link, useSearch } from 'wouter';
import { OfficeHelpPoints } from './office-help-points';

function HelplineCard({ line }: { line: Helpline }) {
  const { t } = useTranslation('help');
  return (
    <Card>
      <div className="helpline">
        <div>
          <h3>{t(`line.${line.id}`)}</h3>
          <p className="muted">
            {[line.free ? t('free') : undefined, line.hours ? t(`hours.${line.hours}`) : undefined].filter(Boolean).join(' · ')}
          </p>
        </div>
        <a className={buttonClass()} href={telHref(line.number)}>
          <Icon name="phone" />
          <span className="helpline__number">{line.number}</span>
          <span className="visually-hidden">{t('call')}</span>
        </a>
      </div>
    </Card>
  );
}

/** Every explained word in one place, for whoever prefers reading them all at once. */
function Glossary() {
  const { t } = useTranslation('glossary');
  return (
    <section aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('title')}</h2>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`term.${term}.name`)}</dt>
            <dd>{t(`term.${term}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function HelpScreen() {
  const { t } = useTranslation('help');
  const { active } = useActiveHousehold();
  const household = useHousehold(active?.id);
  const region = household ? regionOf(household.profile.household) : undefined;
  const postalCode = household?.profile.household.postalCode;
  const right = new URLSearchParams(useSearch()).get('right');
  const { t: th } = useTranslation('handover');
  return (
    <Screen title={t('title')}>
      <p>{t('intro')}</p>
      {household && (
        <p>
          <Link href={right ? `/share?right=${encodeURIComponent(right)}` : '/share'} className={buttonClass('primary', true)}>
            {th('share.title')}
          </Link>
        </p>
      )}
      <OfficeHelpPoints />
      <Card>
        <h2>{t('cpas.title')}</h2>
        <p>{t('cpas.body')}</p>
        {postalCode && (
          // The phone's own map app searches; Carnet asks no map service anything.
          <a className={buttonClass('secondary')} href={directionsHref(socialWelfareCentreSearch(region, postalCode))}>
            {t('cpas.find')}
          </a>
        )}
      </Card>
      <Card>
        <h2>{t('debts.title')}</h2>
        <p>{t('debts.body')}</p>
      </Card>
      <Card>
        <h2>{t('legal.title')}</h2>
        <p>{t('legal.body')}</p>
      </Card>
      <h2>{t('lines')}</h2>
      {!region && <p className="muted">{t('allRegions')}</p>}
      <ul className="list-plain">
        {helplinesFor(region, right ?? undefined).map((line) => (
          <li key={line.id}>
            <HelplineCard line={line} />
          </li>
        ))}
      </ul>
      <Glossary />
    </Screen>
  );
}
