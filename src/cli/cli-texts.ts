// Texts for the command line: the same locale files as the app, read from disk, with French
// as the fallback for a language whose files are not written yet.
import { readFileSync, existsSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';

// The locale files sit at the project's root; a bundled copy of this module (the benchmark)
// passes their folder explicitly.
const DEFAULT_LOCALES = new URL('../../locales/', import.meta.url);
const NAMESPACES = ['rights', 'errors'] as const;

export const CLI_LANGUAGES = ['fr', 'nl', 'de', 'en', 'ar', 'tr', 'uk'] as const;
export type CliLanguage = (typeof CLI_LANGUAGES)[number];

function load(locales: URL, language: string, namespace: string): Record<string, unknown> {
  const file = new URL(`${language}/${namespace}.json`, locales);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
}

export async function cliTexts(language: CliLanguage, locales: URL = DEFAULT_LOCALES): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const code of new Set([language, 'fr'])) {
    resources[code] = Object.fromEntries(NAMESPACES.map((namespace) => [namespace, load(locales, code, namespace)]));
  }
  await instance.init({
    lng: language,
    fallbackLng: 'fr',
    ns: [...NAMESPACES],
    defaultNS: 'rights',
    resources,
    interpolation: { escapeValue: false },
  });
  return instance;
}
