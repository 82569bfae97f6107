// Which region's rules apply to a household. The contract derives it from the postal code
// unless the profile overrides it (someone living on a border who knows better).
import type { Household } from './profile-schema';
import type { Region } from './vocabulary';

/**
 * Belgian postal code ranges (bpost). 4700–4799 are the nine municipalities of the
 * German-speaking Community (Eupen, Kelmis, Lontzen, Raeren, Amel, Büllingen, Burg-Reuland,
 * Bütgenbach, Sankt Vith).
 */
export function regionFromPostalCode(postalCode: string): Region | undefined {
  if (!/^[1-9]\d{3}$/.test(postalCode)) return undefined;
  const code = Number(postalCode);
  if (code < 1300) return 'brussels';
  if (code < 1500) return 'wallonia'; // Brabant wallon
  if (code < 4000) return 'flanders'; // Vlaams-Brabant, Antwerpen, Limburg
  if (code >= 4700 && code < 4800) return 'german-speaking';
  if (code < 8000) return 'wallonia'; // Liège, Namur, Hainaut, Luxembourg
  return 'flanders'; // West- and Oost-Vlaanderen
}

export function regionOf(household: Pick<Household, 'region' | 'postalCode'>): Region | undefined {
  if (household.region) return household.region;
  return household.postalCode ? regionFromPostalCode(household.postalCode) : undefined;
}
