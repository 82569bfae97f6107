// i18next set-up: French source, other languages loaded on demand from locales/ (each file is
// its own chunk, and the service worker precaches them all for offline use).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { SOURCE_LANGUAGE, findLanguage } from './languages';

export const NAMESPACES = ['common', 'errors', 'household', 'settings', 'help', 'notices', 'rights', 'questions', 'glossary', 'handover'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** What every screen needs: the shell's words and the error messages. The rest comes with each screen. */
const SHELL_NAMESPACES: Namespace[] = ['common', 'errors'];

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`../../locales/${language}/${namespace}.json`];
  if (!load) return {};
  return (await load()).default;
}

function applyDocumentLanguage(code: string): void {
  if (typeof document === 'undefined') return;
  const language = findLanguage(code);
  document.documentElement.lang = code;
  document.documentElement.dir = language?.dir ?? 'ltr';
}

/** Sets i18next up in `language`; once set up (the lock screen came first), only changes the language. */
export async function initI18n(language: string): Promise<typeof i18next> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: false,
      ns: [...SHELL_NAMESPACES],
      defaultNS: 'common',
      // React escapes what it renders; escaping here too would show "&amp;" to people.
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18next.language);
  return i18next;
}

/** Loads the texts a screen needs (in the current language and French, its fallback). */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  if (namespaces.length > 0) await i18next.loadNamespaces([...namespaces]);
}

export function changeLanguage(code: string): Promise<unknown> {
  return i18next.changeLanguage(code);
}
