// Ticket Article 27 (Wallonia and Brussels) — research §22.
import type { IsoDate } from '../../calendar/iso-date';
import { parameter } from './parameter';

const ARTICLE_27 = 'https://article27.be/Article-27-est-toujours-active';

/**
 * What the person pays for a show, a film, a museum or a festival. The research reads it in
 * sources describing the scheme as it goes on from January 2026; since when this price
 * applies was not researched, so earlier days have no price.
 */
export const ARTICLE_27_TICKET_PRICE = parameter({
  id: 'fwb-article-27.ticket-price',
  unit: 'EUR',
  per: 'once',
  checkedOn: '2026-11-22',
  values: [{ validFrom: '2026-01-01', value: 1.25, verified: true, source: ARTICLE_27 }],
});

/**
 * From this day the federal envelope for social participation (PAS), which many CPAS used to
 * co-finance the tickets, is abolished: CPAS pay for tickets from their own resources. The
 * scheme itself continues.
 */
export const FEDERAL_PAS_ENVELOPE_ENDS: { date: IsoDate; source: string; verified: boolean } = {
  date: '2026-01-01',
  source: 'https://1001infos.net/?p=474700',
  verified: true,
};
