// Reasons and amounts in the reader's language, with the rights namespace's own words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money, Reason } from '../../domain/rights';
import { formatMoney } from '../../i18n';
import { renderReason, type Translate } from '../../i18n/render-reason';

export function useRightsText() {
  const { t, i18n } = useTranslation('rights');
  const translate = t as unknown as Translate;
  const reasonText = useCallback((reason: Reason) => renderReason(reason, translate, i18n.language), [translate, i18n.language]);
  const moneyText = useCallback(
    (money: Money) => translate(`rights:money.${money.per}`, { amount: formatMoney(money.amount, i18n.language) }),
    [translate, i18n.language],
  );
  return { t: translate, language: i18n.language, reasonText, moneyText };
}
