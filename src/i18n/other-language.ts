// Texts in a second language next to the current one (a summary for an office that reads
// French while the household reads Arabic), without switching the app's language.
import i18next, { type TFunction } from 'i18next';
import type { Namespace } from './i18n';

export async function textsIn(language: string, namespaces: readonly Namespace[]): Promise<TFunction<Namespace[]>> {
  await i18next.loadNamespaces([...namespaces]);
  await i18next.loadLanguages(language);
  return i18next.getFixedT(language, [...namespaces]) as unknown as TFunction<Namespace[]>;
}
