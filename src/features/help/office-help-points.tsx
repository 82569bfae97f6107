// Help points of the neighbourhood, added by an office on its devices and shared to others as
// a QR code or a small file. They come first: they are nearest and speak the person's language.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { directionsHref, smsHref, type HelpPointIssue } from '../../domain/help/office-help-point';
import { telHref } from '../../domain/help/helplines';
import { seal } from '../../domain/handover';
import { findLanguage, formatList } from '../../i18n';
import { deleteHelpPoint, helpPointToShare, saveHelpPoint, useHelpPoints, type HelpPointRow } from '../../storage';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Field } from '../../ui/field';
import { QrCode } from '../../ui/qr-code';
import { downloadFile } from '../../ui/download-file';

type Errors = Partial<Record<string, string>>;

function HelpPointForm({ point, onDone }: { point?: HelpPointRow; onDone: () => void }) {
  const { t } = useTranslation('handover');
  const [name, setName] = useState(point?.name ?? '');
  const [address, setAddress] = useState(point?.address ?? '');
  const [hours, setHours] = useState(point?.hours ?? '');
  const [phone, setPhone] = useState(point?.phone ?? '');
  const [languages, setLanguages] = useState(point?.languages.join(', ') ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const saved = await saveHelpPoint({
      ...(point ? { id: point.id } : {}),
      name,
      ...(optional(address) ? { address: optional(address)! } : {}),
      ...(optional(hours) ? { hours: optional(hours)! } : {}),
      ...(optional(phone) ? { phone: optional(phone)! } : {}),
      ...(point?.region ? { region: point.region } : {}),
      languages: languages
        .split(/[\s,;]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean),
    });
    if (saved.ok) return onDone();
    const next: Errors = {};
    for (const issue of saved.issues as HelpPointIssue[]) next[issue.field.split('.')[0]!] ??= t(`helpPoint.error.${issue.code as 'invalid'}`);
    setErrors(next);
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="card">
      <Field label={t('helpPoint.name')} value={name} onChange={(event) => setName(event.target.value)} error={errors.name} required />
      <Field label={t('helpPoint.address')} value={address} onChange={(event) => setAddress(event.target.value)} error={errors.address} autoComplete="street-address" />
      <Field label={t('helpPoint.hours')} value={hours} onChange={(event) => setHours(event.target.value)} error={errors.hours} />
      <Field label={t('helpPoint.phone')} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} error={errors.phone} />
      <Field label={t('helpPoint.languages')} hint={t('helpPoint.languagesHint')} value={languages} onChange={(event) => setLanguages(event.target.value)} error={errors.languages} />
      <div className="button-row">
        <Button type="submit">{t('helpPoint.save')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('volunteer.cancel')}
        </Button>
      </div>
    </form>
  );
}

function languageNames(codes: readonly string[], language: string): string {
  return formatList(codes.map((code) => findLanguage(code)?.nativeName ?? code), language);
}

function SharePoint({ point }: { point: HelpPointRow }) {
  const { t } = useTranslation('handover');
  const [text, setText] = useState<string>();
  const show = async () => setText(await seal('help-point', helpPointToShare(point)));
  const download = async () => {
    const envelope = text ?? (await seal('help-point', helpPointToShare(point)));
    downloadFile(envelope, `${point.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.carnet`, 'text/plain');
  };
  return (
    <>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void show()}>
          {t('helpPoint.share')}
        </Button>
        <Button variant="secondary" onClick={() => void download()}>
          {t('helpPoint.file')}
        </Button>
      </div>
      {text && <QrCode text={text} label={t('helpPoint.share')} />}
    </>
  );
}

function PointCard({ point, onEdit }: { point: HelpPointRow; onEdit: () => void }) {
  const { t, i18n } = useTranslation(['handover', 'help']);
  return (
    <Card>
      <h3>{point.name}</h3>
      {point.origin === 'received' && <p className="muted">{t('helpPoint.received')}</p>}
      {point.address && <p>{point.address}</p>}
      {point.hours && <p>{point.hours}</p>}
      {point.languages.length > 0 && <p>{t('helpPoint.speaks', { languages: languageNames(point.languages, i18n.language) })}</p>}
      <div className="button-row">
        {point.phone && (
          <a className={buttonClass()} href={telHref(point.phone)}>
            {t('helpPoint.call')} {point.phone}
          </a>
        )}
        {point.phone && (
          <a className={buttonClass('secondary')} href={smsHref(point.phone)}>
            {t('helpPoint.sms')}
          </a>
        )}
        {point.address && (
          <a className={buttonClass('secondary')} href={directionsHref(point.address)}>
            {t('helpPoint.directions')}
          </a>
        )}
      </div>
      <details className="why">
        <summary>{t('helpPoint.edit')}</summary>
        <SharePoint point={point} />
        <div className="button-row">
          <Button variant="secondary" onClick={onEdit}>
            {t('helpPoint.edit')}
          </Button>
          <Button variant="danger" onClick={() => void deleteHelpPoint(point.id)}>
            {t('helpPoint.delete')}
          </Button>
        </div>
      </details>
    </Card>
  );
}

export function OfficeHelpPoints() {
  const { t } = useTranslation('handover');
  const points = useHelpPoints();
  const [editing, setEditing] = useState<HelpPointRow | 'new'>();
  return (
    <section aria-labelledby="office-points-title">
      <h2 id="office-points-title">{t('helpPoint.title')}</h2>
      <ul className="list-plain">
        {points?.map((point) => (
          <li key={point.id}>{editing !== 'new' && editing?.id === point.id ? <HelpPointForm point={point} onDone={() => setEditing(undefined)} /> : <PointCard point={point} onEdit={() => setEditing(point)} />}</li>
        ))}
      </ul>
      {editing === 'new' ? (
        <HelpPointForm onDone={() => setEditing(undefined)} />
      ) : (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setEditing('new')}>
            {t('helpPoint.add')}
          </Button>
          <Link href="/receive" className={buttonClass('secondary')}>
            {t('helpPoint.receive')}
          </Link>
        </div>
      )}
    </section>
  );
}
