// Offre internet sociale / sociaal internetaanbod — research §18. A maximum price that
// operators must offer to some households, since 1 March 2024.
import { parameter } from './parameter';

/**
 * Fixed internet (at least 30 Mbps, 150 GB) for at most this price. A price, not a payment.
 * Its first day is also the first day of the offer: before it, the old social telecom tariff.
 */
export const SOCIAL_INTERNET_MAX_PRICE = parameter({
  id: 'be-social-internet-offer.max-price',
  unit: 'EUR',
  per: 'month',
  checkedOn: '2026-11-22',
  values: [
    {
      validFrom: '2024-03-01',
      value: 19,
      verified: true,
      source: 'https://ibpt.be/consommateurs/tarif-social',
      note: 'Law of 13/06/2005, annex 1 art. 22/2. Bundles with TV or mobile: at most 40 € (businessam.be says 20/41 €).',
    },
  ],
});
