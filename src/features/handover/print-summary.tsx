// The one-page summary an office keeps: the household's language and the office's side by
// side (Arabic and French, Turkish and Dutch…), with the rights to ask for under their official
// names. On screen it is a preview; printed, it is the only thing on the page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../domain/handover';
import { regionOf } from '../../domain/profile';
import { findLanguage, formatDay, LANGUAGES } from '../../i18n';
import { textsIn } from '../../i18n/other-language';
import type { Translate } from '../../i18n/render-reason';
import type { HouseholdEvaluation } from '../../storage';
import { summaryLines } from './summary-lines';

const OFFICE_LANGUAGE_BY_REGION: Record<string, string> = { flanders: 'nl', 'german-speaking': 'de' };

type Texts = Translate;

function Column({ t, language, data, sections }: { t: Texts; language: string; data: HouseholdEvaluation; sections: readonly Section[] }) {
  const lines = summaryLines(t, language, data.household.profile, sections);
  const cards = [...data.overview.groups.eligible, ...data.overview.groups.maybe];
  return (
    <div className="print-summary__column" lang={language} dir={findLanguage(language)?.dir ?? 'ltr'}>
      <h3>{t('handover:summary.title')}</h3>
      <dl>
        {lines.map((line, index) => (
          <div key={index}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('handover:summary.rights')}</h4>
      {cards.length === 0 ? (
        <p>{t('handover:summary.noRights')}</p>
      ) : (
        <ul>
          {cards.map((card) => (
            <li key={card.result.id}>
              {t(`rights:right.${card.result.id}.name`)}
              {card.group === 'maybe' && ` (${t('handover:summary.toConfirm')})`}
            </li>
          ))}
        </ul>
      )}
      <p className="print-summary__note">{t('handover:summary.madeOn', { date: formatDay(data.today, language) })}</p>
    </div>
  );
}

export function PrintSummary({ data, sections }: { data: HouseholdEvaluation; sections: readonly Section[] }) {
  const { t, i18n } = useTranslation(['handover', 'questions', 'rights']);
  const region = regionOf(data.household.profile.household);
  const [office, setOffice] = useState(OFFICE_LANGUAGE_BY_REGION[region ?? ''] ?? 'fr');
  const [officeTexts, setOfficeTexts] = useState<{ language: string; t: Texts }>();
  useEffect(() => {
    let current = true;
    void textsIn(office, ['handover', 'questions', 'rights']).then((texts) => {
      if (current) setOfficeTexts({ language: office, t: texts as unknown as Texts });
    });
    return () => {
      current = false;
    };
  }, [office]);
  const second = office !== i18n.language && officeTexts?.language === office ? officeTexts : undefined;
  return (
    <section className="print-summary" aria-labelledby="print-summary-title">
      <h2 id="print-summary-title">{t('summary.title')}</h2>
      <div className="field print-summary__controls">
        <label htmlFor="office-language">{t('summary.officeLanguage')}</label>
        <select id="office-language" value={office} onChange={(event) => setOffice(event.target.value)}>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.nativeName}
            </option>
          ))}
        </select>
      </div>
      <div className="print-summary__columns">
        <Column t={t as unknown as Texts} language={i18n.language} data={data} sections={sections} />
        {second && <Column t={second.t} language={second.language} data={data} sections={sections} />}
      </div>
    </section>
  );
}
