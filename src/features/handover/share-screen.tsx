// Showing one's summary to an office: the person ticks what to show (what the chosen right
// needs is ticked already), then shows a QR code, prints a bilingual page or sends a message.
// Each time is written in the household's own log, which the person can read below.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { SECTIONS, newCode, sealProfile, sectionsNeededBy, type Section } from '../../domain/handover';
import { CATALOGUE } from '../../domain/rights/catalogue/catalogue';
import { formatDay, formatList } from '../../i18n';
import { logShare, useActiveHousehold, useHouseholdEvaluation, useShares, type HouseholdEvaluation, type ShareRow } from '../../storage';
import { Screen } from '../../ui/screen';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Field } from '../../ui/field';
import { QrCode } from '../../ui/qr-code';
import { PrintSummary } from './print-summary';
import { summaryLines } from './summary-lines';
import type { Translate } from '../../i18n/render-reason';

/** A QR code holds at most 3 391 alphanumeric characters at the error correction we use. */
const QR_CAPACITY = 3391;

type Shown = { text: string; code?: string } | 'too-big';

function initialSections(data: HouseholdEvaluation, right: string | null, all: boolean): Set<Section> {
  if (all) return new Set(SECTIONS);
  if (!right) return new Set();
  return new Set(sectionsNeededBy(data.household.profile, right, data.today, CATALOGUE));
}

function ShareLog({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation('handover');
  const shares = useShares(householdId);
  return (
    <section aria-labelledby="share-log-title">
      <h2 id="share-log-title">{t('share.log.title')}</h2>
      {shares && shares.length === 0 && <p className="muted">{t('share.log.empty')}</p>}
      <ul className="list-plain share-log">
        {shares?.map((share: ShareRow) => (
          <li key={share.id ?? share.at}>
            {t('share.log.entry', {
              date: formatDay(share.at.slice(0, 10), i18n.language),
              to: share.to || t('share.log.nobody'),
              channel: t(`share.log.channel.${share.channel}`),
            })}
            {share.what.length > 0 && <span className="muted"> · {share.what.map((section) => t(`share.section.${section as Section}`)).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ShareForm({ data }: { data: HouseholdEvaluation }) {
  const { t: typed, i18n } = useTranslation(['handover', 'questions', 'rights']);
  // Keys built from data (a right's id, a section) are checked by the i18n check, not the types.
  const t = typed as unknown as Translate;
  const params = new URLSearchParams(useSearch());
  const right = params.get('right');
  const [sections, setSections] = useState(() => initialSections(data, right, params.get('all') === '1'));
  const [to, setTo] = useState('');
  const [protect, setProtect] = useState(false);
  const [shown, setShown] = useState<Shown>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const chosen = SECTIONS.filter((section) => sections.has(section));
  const householdId = data.household.id;
  const log = (channel: ShareRow['channel']) => logShare({ householdId, what: chosen, to: to.trim(), channel }).then(() => setNote(t('share.sent')));

  const toggle = (section: Section) => {
    const next = new Set(sections);
    if (next.has(section)) next.delete(section);
    else next.add(section);
    setSections(next);
    setShown(undefined);
  };

  const showQr = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const code = protect ? newCode() : undefined;
    const text = await sealProfile(data.household.profile, chosen, code);
    setBusy(false);
    if (text.length > QR_CAPACITY) return setShown('too-big');
    setShown({ text, ...(code ? { code } : {}) });
    await log('qr');
  };

  const message = useMemo(() => {
    const lines = summaryLines(t, i18n.language, data.household.profile, chosen);
    const rights = [...data.overview.groups.eligible, ...data.overview.groups.maybe].map((card) => t(`rights:right.${card.result.id}.name`));
    return [t('share.sendTitle'), ...lines.map((line) => `${line.label} ${line.value}`), rights.length > 0 ? t('share.rightsLine', { rights: formatList(rights, i18n.language) }) : '']
      .filter(Boolean)
      .join('\n');
  }, [t, i18n.language, data, chosen]);

  // The phone's share sheet where there is one; otherwise its SMS app. Nothing leaves unless the person sends it.
  const send = async () => {
    if (navigator.share) {
      try {
        await navigator.share({ title: t('share.sendTitle'), text: message });
      } catch {
        return; // The person closed the share sheet: nothing was shared.
      }
      return log('share');
    }
    window.location.href = `sms:?body=${encodeURIComponent(message)}`;
    await log('sms');
  };

  const email = async () => {
    window.location.href = `mailto:?subject=${encodeURIComponent(t('share.sendTitle'))}&body=${encodeURIComponent(message)}`;
    await log('email');
  };

  const print = async () => {
    window.print();
    await log('print');
  };

  return (
    <>
      <p>{t('share.intro')}</p>
      <form onSubmit={(event) => void showQr(event)}>
        <fieldset className="choices">
          <legend>{t('share.sectionsLegend')}</legend>
          <p className="muted">{t('share.always')}</p>
          {right && sections.size > 0 && <p>{t('share.neededFor', { right: t(`rights:right.${right}.name`) })}</p>}
          {SECTIONS.map((section) => (
            <label key={section} className="choice">
              <input type="checkbox" checked={sections.has(section)} onChange={() => toggle(section)} />
              <span>{t(`share.section.${section}`)}</span>
            </label>
          ))}
        </fieldset>
        <Field label={t('share.to')} hint={t('share.toHint')} value={to} maxLength={200} onChange={(event) => setTo(event.target.value)} />
        <label className="choice">
          <input
            type="checkbox"
            checked={protect}
            onChange={(event) => {
              setProtect(event.target.checked);
              setShown(undefined);
            }}
          />
          <span>
            {t('share.protect')}
            <span className="choice__hint">{t('share.protectHint')}</span>
          </span>
        </label>
        <div className="button-row">
          <Button type="submit" disabled={busy}>
            {busy ? t('share.preparing') : t('share.showQr')}
          </Button>
          <Button variant="secondary" onClick={() => void print()}>
            {t('share.print')}
          </Button>
          <Button variant="secondary" onClick={() => void send()}>
            {t('share.send')}
          </Button>
          <Button variant="secondary" onClick={() => void email()}>
            {t('share.email')}
          </Button>
        </div>
      </form>
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
      {shown === 'too-big' && (
        <p role="alert" className="field__error">
          {t('share.tooBig')}
        </p>
      )}
      {shown && shown !== 'too-big' && (
        <Card className="qr-card">
          <h2>{t('share.qrTitle')}</h2>
          <QrCode text={shown.text} label={t('share.qrLabel')} />
          <p>{t('share.qrHint')}</p>
          {shown.code && <p className="qr-card__code">{t('share.code', { code: shown.code.replace(/(\d{3})(\d{3})/, '$1 $2') })}</p>}
        </Card>
      )}
      <PrintSummary data={data} sections={chosen} />
      <ShareLog householdId={householdId} />
    </>
  );
}

export function ShareScreen() {
  const { t } = useTranslation('handover');
  const { active } = useActiveHousehold();
  const data = useHouseholdEvaluation(active?.id);
  return <Screen title={t('share.title')}>{data ? <ShareForm data={data} /> : <p>{t('share.noHousehold')}</p>}</Screen>;
}
