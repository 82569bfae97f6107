// One right in the list: what it is, how much, automatic or to ask, and where it stands.
import { Link } from 'wouter';
import type { RightCard as Card } from '../../domain/rights/overview';
import { formatDay } from '../../i18n';
import { useRightsText } from './use-reason-text';

export function RightCard({ card, questionsLeft }: { card: Card; questionsLeft: number }) {
  const { t, language, moneyText } = useRightsText();
  const { result, claim } = card;
  const details: string[] = [];
  if (result.estimate) details.push(t('rights:overview.about', { amount: moneyText(result.estimate) }));
  if (card.group === 'eligible') details.push(result.automatic ? t('rights:overview.automatic') : t('rights:overview.toAsk'));
  if (card.group === 'maybe') {
    details.push(
      result.toConfirm || questionsLeft === 0
        ? t('rights:overview.askOffice')
        : t('rights:overview.questionsLeft', { count: questionsLeft }),
    );
  }
  if (card.group === 'asked' && claim?.since) details.push(t('rights:overview.askedOn', { date: formatDay(claim.since, language) }));
  if (card.group === 'receiving' && claim?.since) details.push(t('rights:overview.receivingSince', { date: formatDay(claim.since, language) }));
  if (result.after.length > 0 && card.group === 'eligible') {
    details.push(t('rights:overview.askFirst', { right: t(`rights:right.${result.after[0]}.name`) }));
  }
  return (
    <li className="right-card">
      <h3 className="right-card__title">
        <Link href={`/rights/${result.id}`}>{t(`rights:right.${result.id}.name`)}</Link>
      </h3>
      {details.map((detail) => (
        <p key={detail} className="right-card__detail">
          {detail}
        </p>
      ))}
    </li>
  );
}
