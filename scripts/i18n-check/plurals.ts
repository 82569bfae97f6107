// Plural forms are key suffixes chosen by Intl.PluralRules, as i18next does: French needs
// `_one` and `_other`, Arabic six forms, Ukrainian four, Turkish two.
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function pluralBase(key: string): { base: string; category?: string } {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1] } : { base: key };
}

/**
 * The forms a translation must have: those whole numbers up to 1,000 reach, plus `_other`
 * (i18next's last resort). French "many" only starts at a million: Carnet never counts that far.
 */
export function pluralCategories(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const reached = new Set<string>(['other']);
  for (let n = 0; n <= 1000; n += 1) reached.add(rules.select(n));
  return (rules.resolvedOptions().pluralCategories as string[]).filter((category) => reached.has(category));
}
