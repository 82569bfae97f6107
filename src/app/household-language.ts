// Opening a household (on start or from the switcher) opens it in its own language.
import { useEffect, useRef } from 'react';
import { changeLanguage, findLanguage } from '../i18n';
import { householdInUse, useActiveHousehold } from '../storage/shell';

export function useLanguageOfActiveHousehold(): void {
  const { active } = useActiveHousehold();
  const opened = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Only when another household is opened: a language picked meanwhile must not be undone.
    if (!active || active.id === opened.current) return;
    opened.current = active.id;
    if (active.language && findLanguage(active.language)) void changeLanguage(active.language);
  }, [active]);
}

/** The language to start in: the household in use's, else the device's, else none. */
export function startLanguage(
  settings: { language?: string; activeHouseholdId?: string },
  households: ReadonlyArray<{ id: string; language?: string }>,
): string | undefined {
  const candidates = [householdInUse(households, settings.activeHouseholdId)?.language, settings.language];
  return candidates.find((code) => code !== undefined && findLanguage(code) !== undefined);
}
